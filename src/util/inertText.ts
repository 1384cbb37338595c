// ANSI CSI / OSC sequences first (so their parameters go too), then any C0/C1 control or bidi override left.
/* eslint-disable no-control-regex -- matching control characters is the point */
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
/* eslint-enable no-control-regex */

export interface InertTextOptions {
  /** Longest result in characters (default 400); longer text ends in "…". */
  max?: number;
  /** Also escape `$(icon)` syntax: for quick picks, status bar text and tree labels, which render codicons. */
  icons?: boolean;
}

/**
 * Makes an untrusted string (catalog text, file and folder names, server messages) safe to show in a notification,
 * quick pick, tree label or status bar: one line, no control characters or ANSI escapes, no markdown link VS Code
 * would render as a clickable `command:` link, optionally no codicon, capped in length.
 *
 * @example inertText("[Run](command:workbench.action.terminal.new)\u001b[31m!") // → "[Run] (command:workbench.action.terminal.new)!"
 * @example inertText("$(alert) x", { icons: true })                            // → "\\$(alert) x"
 */
export function inertText(text: unknown, options: InertTextOptions = {}): string {
  const max = Math.max(1, options.max ?? 400);
  // Work on a bounded prefix: a 100 MB string costs no more than a short one.
  let s = String(text ?? '').slice(0, max * 4 + 64);
  s = s.replace(ANSI, '').replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
  // VS Code turns "[label](target)" in message text into a link; a space between "]" and "(" leaves it as text.
  s = s.replace(/\]\s*\(/g, '] (');
  if (options.icons) s = s.replace(/\$\(/g, '\\$(');
  return cap(s, max);
}

/**
 * Text for a terminal: ANSI escape sequences and control characters removed, line breaks and tabs kept
 * (a lone "\r" becomes "\n", so a line cannot overwrite the one before it).
 *
 * @example terminalText("ok\u001b]0;pwned\u0007 \u001b[2Jdone\r\n") // → "ok done\n"
 */
export function terminalText(text: string): string {
  return text.replace(ANSI, '').replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

/** Cuts text to `max` characters (ending in "…"), never inside a surrogate pair. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * inertText for surfaces that render codicons (quick pick items, tree labels and descriptions, status bar text).
 *
 * @example inertLabel("$(sync~spin) evil\nname") // → "\\$(sync~spin) evil name"
 */
export function inertLabel(text: unknown, max = 200): string {
  return inertText(text, { icons: true, max });
}
