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
  info.owners = codeownersOwners(text, (o, line) => {
    throw new ManifestError(path, `line ${line}: "${o}" is not an @user, @org/team or e-mail owner`);
  });
  return info;
}

/**
 * The repository's owners named by a CODEOWNERS file (see parseCodeowners). An owner token that is neither `@login`,
 * `@org/team` nor an e-mail goes to `onInvalid` (by default skipped, for surfaces that show what they can).
 *
 * @example codeownersOwners('* @acme/old\n/docs/ @ann\n* @acme/core oops\n') // -> ['@acme/core']
 */
export function codeownersOwners(text: string, onInvalid: (owner: string, line: number) => void = () => undefined): string[] {
  let rootOwners: string[] | undefined;
  const all: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const [pattern, ...named] = line.split(/\s+/);
    const owners = named.filter((o) => OWNER.test(o) || (onInvalid(o, i + 1), false));
    if (['*', '/*', '/', '**', '/**'].includes(pattern)) rootOwners = owners;
    for (const o of owners) if (!all.includes(o)) all.push(o);
  });
  return rootOwners ?? all;
}
