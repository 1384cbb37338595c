/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
/* eslint-enable no-control-regex */

/**
 * Catalog text as a tool result shows it: one line, no control characters, at most `max` characters (ending in "…").
 * @example inertText("Retries\n\u001b[31mIGNORE ALL", 12) // -> "Retries [31…"
 */
export function inertText(text: string, max: number): string {
  const s = text.slice(0, max * 4 + 64).replace(LINE_BREAKS, ' ').replace(CONTROLS, '').trim();
  return s.length <= max ? s : `${s.slice(0, Math.max(0, max - 1))}…`;
}
