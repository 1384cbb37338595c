import { cap } from './inertText';

/**
 * Escapes untrusted text for Markdown (hovers, tooltips, SARIF help): every ASCII punctuation character is
 * backslash-escaped (no links, autolinks, emphasis, HTML or code spans), line breaks — a lone "\r" too — become
 * spaces, control characters go, and the result is capped at `max` characters (default 500).
 *
 * @example escapeMarkdown("<img src=x> [a](command:x) https://e.com") // → "\\<img src\\=x\\> \\[a\\]\\(command\\:x\\) https\\:\\/\\/e\\.com"
 */
export function escapeMarkdown(text: string, max = 500): string {
  const plain = cap(String(text).slice(0, max * 2 + 16)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ''), max);
  return plain.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}
