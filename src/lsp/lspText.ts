// Interim helpers for untrusted catalog text on the language server's surfaces, until the shared ones of issue #12
// (src/util/markdownText.ts, src/util/safeUrl.ts, src/util/inertText.ts) land; then these become re-exports.

const MAX_TEXT = 300;

/**
 * Catalog text made inert for markdown: every markdown punctuation character escaped, control characters and line
 * breaks flattened to spaces, autolinks broken, length capped.
 * @example escapeMarkdownText("[x](command:evil) <b>") // -> "\\[x\\]\\(command:evil\\) \\<b\\>"
 */
export function escapeMarkdownText(text: string, max = MAX_TEXT): string {
  return capped(flatten(text), max)
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&:=@"']/g, (c) => `\\${c}`);
}

/**
 * Untrusted text for plain-text surfaces (window/showMessage, diagnostic messages, completion details): control
 * characters flattened to spaces, length capped. Clients show these as text.
 * @example plainText("bad\u001b[31m name\r\nnext") // -> "bad [31m name next"
 */
export function plainText(text: string, max = MAX_TEXT): string {
  return capped(flatten(text), max);
}

/**
 * The URL when it is an absolute https URL, else undefined (markdown links in hovers are https only).
 * @example httpsUrl("javascript:alert(1)") // -> undefined
 */
export function httpsUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function flatten(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function capped(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
