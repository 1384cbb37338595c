/** Option keys only Reuse Radar's own code may set: they skip the review step, replace the UI or tune the client. */
const TRUSTED_ONLY = ['confirm', 'ui', 'client'] as const;

/**
 * Command arguments as they may arrive from outside (a `command:` link, another extension, a keybinding): options
 * objects lose `confirm`, `ui` and `client`, so such a call always shows the review step with the real UI. Other
 * arguments (URIs, tree nodes, entry ids) pass unchanged. In-process callers that own their options (tests) call the
 * API object instead of the command.
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
