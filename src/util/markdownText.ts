import { cap } from './inertText';

/**
 * Escapes untrusted text for Markdown (hovers, tooltips, SARIF help): markdown punctuation is backslash-escaped (no
 * links, autolinks, emphasis, HTML or code spans), line breaks — a lone "\r" too — become spaces, control characters
 * go, and the result is capped at `max` characters (default 500).
 *
 * @example escapeMarkdown("<img src=x> [a](command:x) https://e.com") // → "\\<img src=x\\> \\[a\\]\\(command:x\\) https\\://e\\.com"
 */
export function escapeMarkdown(text: string, max = 500): string {
  const plain = cap(String(text).slice(0, max * 2 + 16)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ''), max);
  // Markdown's punctuation, plus the ":" of "scheme://" so no autolink survives ("." is escaped, so "www." and
  // e-mail autolinks cannot match either).
  return plain.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`).replace(/:(?=\/\/)/g, '\\:');
}
