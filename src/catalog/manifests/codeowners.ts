import { emptyManifest, ManifestError, type ManifestInfo } from './manifestInfo';

const OWNER = /^(@[A-Za-z0-9][\w.-]*(\/[\w.-]+)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;

/**
 * Reads a CODEOWNERS file. The repository's owners are those of the last rule matching the root (`*`, `/*`, `/`,
 * `**`), as GitHub applies the last matching pattern; without such a rule, every owner named, in order.
 * An owner token that is neither `@login`, `@org/team` nor an e-mail is an error naming its line.
 *
 * @example parseCodeowners('*       @acme/platform\n/docs/  @acme/writers\n', '.github/CODEOWNERS').owners
 *   // -> ['@acme/platform']
 */
export function parseCodeowners(text: string, path: string): ManifestInfo {
  const info = emptyManifest(path, 'CODEOWNERS');
  let rootOwners: string[] | undefined;
  const all: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const [pattern, ...owners] = line.split(/\s+/);
    for (const o of owners) if (!OWNER.test(o)) throw new ManifestError(path, `line ${i + 1}: "${o}" is not an @user, @org/team or e-mail owner`);
    if (['*', '/*', '/', '**', '/**'].includes(pattern)) rootOwners = owners;
    for (const o of owners) if (!all.includes(o)) all.push(o);
  });
  info.owners = rootOwners ?? all;
  return info;
}
