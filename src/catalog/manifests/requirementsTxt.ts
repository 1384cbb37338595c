import { emptyManifest, type ManifestInfo } from './manifestInfo';
import { pep508Name, uniqueRefs } from './manifestUtil';

/**
 * Reads a pip requirements.txt: each requirement line is a runtime dependency (options such as `-r`, `-e`,
 * `--index-url` and bare URLs are skipped; `pkg @ url` and `git+…#egg=pkg` name their package). It publishes nothing:
 * a repository with only this file is an application, not a library.
 *
 * @example parseRequirementsTxt('Django>=4.2\n-r base.txt\ngit+https://x/y.git#egg=acme_auth\n', 'requirements.txt')
 *   // -> { dependencies: [{ecosystem:'pypi', name:'django'}, {ecosystem:'pypi', name:'acme-auth'}], kind: 'application', ... }
 */
export function parseRequirementsTxt(text: string, path: string): ManifestInfo {
  const info = emptyManifest(path, 'requirements.txt');
  info.kind = 'application';
  const names: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
    if (egg) {
      names.push(egg);
      continue;
    }
    if (line.startsWith('-') || /^[a-z+]+:\/\//i.test(line) || /^[./]/.test(line)) continue;
    names.push(line);
  }
  info.dependencies = uniqueRefs(names.map(pep508Name).filter((n): n is string => !!n).map((name) => ({ ecosystem: 'pypi' as const, name })));
  return info;
}
