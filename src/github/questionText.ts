/* eslint-disable no-control-regex -- matching control characters is the point */
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/**
 * Untrusted text from GitHub or the catalog (issue titles, label names, URLs) as one inert line for a terminal,
 * notification or quick pick: escapes and control characters out, no markdown link, optionally no codicon, capped.
 * (To be replaced by src/util/inertText.ts once the `trust` branch lands.)
 * @example oneLineText("Fix [x](command:evil)\u001b[31m\nnow", 300, true) // -> "Fix [x] (command:evil) now"
 */
export function oneLineText(text: unknown, max = 300, icons = false): string {
  let s = String(text ?? '').slice(0, max * 4 + 64).replace(ANSI, '').replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ').replace(CONTROLS, '');
  s = s.replace(/\]\s*\(/g, '] (');
  if (icons) s = s.replace(/\$\(/g, '\\$(');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
