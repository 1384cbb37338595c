/**
 * Splits an identifier or path into lower-case words.
 * @example splitWords("src/HTTPClient_cfg-v2.ts") // -> ["src", "http", "client", "cfg", "v2", "ts"]
 */
export function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
