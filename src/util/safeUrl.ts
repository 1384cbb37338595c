/** True for hosts that are this machine: localhost, 127.0.0.0/8, [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * The URL when it is https (no credentials in it), else undefined: for links built from untrusted text
 * (hovers, SARIF helpUri, webviews). `javascript:`, `command:`, `data:`, `file:` and plain http are refused.
 *
 * @example httpsUrl("https://github.com/acme/a") // → "https://github.com/acme/a"
 * @example httpsUrl("javascript:alert(1)")       // → undefined
 */
export function httpsUrl(text: string | undefined): string | undefined {
  if (!text || text.length > 2048) return undefined;
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'https:' || url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * Throws a one-line Error unless a token may be sent to `apiUrl`: https, or plain http only to this machine.
 *
 * @example assertTokenTransport("http://10.0.0.5/api/v3") // throws "… sends GITHUB_TOKEN only over https …"
 */
export function assertTokenTransport(apiUrl: string, what = 'the GitHub token'): void {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new Error(`"${apiUrl}" is not a URL`);
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return;
  throw new Error(`Reuse Radar sends ${what} only over https (or plain http to this machine), and ${url.origin} is not: use an https:// API URL`);
}
