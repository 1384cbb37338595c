/**
 * Option keys only Reuse Radar's own code may set: `confirm` skips the review step; `ui` and `client` are no options any
 * more (prompts and clients come through constructors) but are still dropped, so no caller can smuggle them in.
 */
const TRUSTED_ONLY = ['confirm', 'ui', 'client'] as const;

/**
 * Command arguments as they may arrive from outside (a `command:` link, another extension, a keybinding): options
 * objects lose `confirm` (and `ui`, `client`), so such a call always shows the review step. Other arguments (URIs, tree
 * nodes, entry ids) pass unchanged. In-process callers that own their options (tests, through the test hook) call the
 * command object instead of the command.
 *
 * @example fromOutside([{ repo: "acme/a", confirm: true, ui: {} }]) // → [{ repo: "acme/a" }]
 */
export function fromOutside(args: readonly unknown[]): unknown[] {
  return args.map((arg) => {
    if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return arg;
    if (!TRUSTED_ONLY.some((key) => key in arg)) return arg;
    const copy: Record<string, unknown> = { ...(arg as Record<string, unknown>) };
    for (const key of TRUSTED_ONLY) delete copy[key];
    return copy;
  });
}
