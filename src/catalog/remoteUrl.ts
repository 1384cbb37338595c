// Pure: git remote URLs to repositories (shared by the project's self-awareness and the contribution flow).

/** A repository a git remote URL points at. */
export interface RemoteRepo {
  /** Lower-cased web host; for http(s) with its port ("ghe.example.com", "127.0.0.1:8080"), for ssh without. */
  host: string;
  owner: string;
  name: string;
  /** ssh and scp-like URLs: their port (if any) is the ssh port, not the web server's. */
  ssh: boolean;
}

/**
 * Reads owner/name and host from a git remote URL in any of git's forms (https with or without credentials, ssh://,
 * scp-like `git@host:owner/name.git`, git://); undefined for local paths and anything else.
 *
 * @example parseRemoteUrl('git@ghe.example.com:Acme/http-client.git') // → { host: 'ghe.example.com', owner: 'Acme', name: 'http-client', ssh: true }
 * @example parseRemoteUrl('https://x-access-token:t@github.com/acme/ui/') // → { host: 'github.com', owner: 'acme', name: 'ui', ssh: false }
 */
export function parseRemoteUrl(url: string): RemoteRepo | undefined {
  const text = url.trim();
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)\/?([^\s]+)$/.exec(text);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^[a-zA-Z]:[\\/]/.test(text)) {
    return fromPath(normalizeHost(scp[1]), scp[2], true);
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  const protocol = parsed.protocol.replace(/:$/, '').toLowerCase();
  const ssh = protocol === 'ssh' || protocol === 'git+ssh' || protocol === 'ssh+git';
  if (!ssh && !['https', 'http', 'git', 'git+https', 'git+http'].includes(protocol)) return undefined;
  if (!parsed.hostname) return undefined;
  const host = ssh || protocol === 'git' ? normalizeHost(parsed.hostname) : normalizeHost(parsed.host);
  return fromPath(host, decodeURIComponent(parsed.pathname), ssh || protocol === 'git');
}

/** Lower-cased host; GitHub's ssh-over-443 endpoint is github.com. */
export function normalizeHost(host: string): string {
  const lower = host.toLowerCase();
  // GitHub's ssh-over-443 endpoint serves github.com repositories.
  return lower === 'ssh.github.com' ? 'github.com' : lower;
}

function fromPath(host: string, path: string, ssh: boolean): RemoteRepo | undefined {
  const parts = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/i, '').split('/');
  if (parts.length !== 2 || parts.some((p) => !/^[\w.-]+$/.test(p) || p === '.' || p === '..')) return undefined;
  return { host, owner: parts[0], name: parts[1], ssh };
}
