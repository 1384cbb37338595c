const GITHUB_TOKEN_SHAPES = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g;
const AUTHORIZATION = /(authorization:?\s*(?:token|bearer|basic)\s+)[^\s"',;]+/gi;
// "scheme://user:secret@", the password possibly holding "/" or ":" (a port followed by a path is not a password);
// "scheme://token@" (user only).
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)(?:[^\s/@:?#]*:(?!\d+(?:[/?#\s]|$))[^\s@]*|[^\s/@:?#]+)@/gi;
const SECRET_PARAMS = /([?&;](?:access_token|token|private_token|client_secret|password|passwd|pwd|api_key|apikey|key|sig|signature|auth|code)=)[^&#\s"'<>]*/gi;

/**
 * Removes secrets from text headed for logs, messages, terminals or pull request bodies: each literal secret given
 * (whatever its shape), anything shaped like a GitHub token, `Authorization:` values, credentials in URLs
 * (`https://user:pa/ss@host`, `https://token@host`) and credential query parameters (`?access_token=…`).
 *
 * @example redact("GET https://x:s3cr/et@ghe.local/a?access_token=abc failed for hunter22", ["hunter22"])
 *   // → "GET https://ghe.local/a?access_token=*** failed for ***"
 */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let s = text;
  for (const secret of secrets) {
    const value = secret?.trim();
    // Very short "secrets" would blank ordinary words; GitHub tokens are far longer.
    if (!value || value.length < 6) continue;
    for (const form of new Set([value, encodeURIComponent(value)])) s = s.split(form).join('***');
  }
  return s
    .replace(GITHUB_TOKEN_SHAPES, '***')
    .replace(AUTHORIZATION, '$1***')
    .replace(URL_USERINFO, '$1')
    .replace(SECRET_PARAMS, '$1***');
}

/** A redact function bound to the secrets in use, e.g. `const clean = redactor([token])`. */
export function redactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  return (text) => redact(text, secrets);
}
