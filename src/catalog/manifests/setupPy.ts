import { emptyManifest, ManifestError, type ManifestInfo } from './manifestInfo';
import { importRoots, normalizePypiName, pep508Name, uniqueRefs } from './manifestUtil';
import { lifecycleFromClassifiers, linksFromUrls } from './pyprojectToml';
import { moduleConstants, readCall, stringList, tokenize, type PyValue } from './pythonLiterals';

/**
 * Reads a setuptools/distutils setup.py WITHOUT running it: the keyword arguments of the `setup(...)` call that are
 * literals, or names of module-level literal constants (`name=NAME`), or `**dict(...)`/`**{...}` of those. Reads
 * name, description, keywords, url, project_urls, classifiers, install_requires, packages and py_modules;
 * `packages=find_packages(...)` leaves the import roots to the source layout. No `setup(` call is an error.
 *
 * @example parseSetupPy('NAME = "acme_auth"\nsetup(name=NAME, packages=["acme_auth"], install_requires=["requests>=2"])', 'setup.py')
 *   // -> { packages: [{ecosystem:'pypi', name:'acme-auth'}], dependencies: [{ecosystem:'pypi', name:'requests'}], pythonModules: ['acme_auth'], ... }
 */
export function parseSetupPy(text: string, path: string): ManifestInfo {
  const tokens = tokenize(text);
  const constants = moduleConstants(tokens);
  let call: ReturnType<typeof readCall> | undefined;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.kind === 'name' && t.value === 'setup' && tokens[i + 1].kind === 'op' && tokens[i + 1].value === '('
      && !(prev?.kind === 'name' && prev.value === 'def')) {
      call = readCall(tokens, i + 1, constants);
      break;
    }
  }
  if (!call) throw new ManifestError(path, 'no setup(...) call');
  const kw = call.kwargs;
  const str = (k: string): string | undefined => {
    const v = kw.get(k);
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const info = emptyManifest(path, 'setup.py');
  const name = str('name');
  if (name) {
    info.name = name;
    info.packages.push({ ecosystem: 'pypi', name: normalizePypiName(name) });
  }
  info.description = str('description');
  const keywords = kw.get('keywords');
  info.keywords = typeof keywords === 'string' ? keywords.split(/[,\s]+/).filter(Boolean) : stringList(keywords) ?? [];
  const deps = (stringList(kw.get('install_requires')) ?? []).flatMap((r) => r.split('\n')).map(pep508Name).filter((n): n is string => !!n);
  const own = info.packages[0]?.name;
  info.dependencies = uniqueRefs(deps.filter((d) => d !== own).map((n) => ({ ecosystem: 'pypi' as const, name: n })));
  const urls = kw.get('project_urls');
  const url = str('url');
  info.links = { ...(url ? { docs: url } : {}), ...(urls && typeof urls === 'object' && 'dict' in urls ? linksFromUrls(Object.fromEntries(urls.dict)) : {}) };
  info.lifecycle = lifecycleFromClassifiers(stringList(kw.get('classifiers')) ?? []);
  const declared = [...(stringList(kw.get('packages')) ?? []), ...(stringList(kw.get('py_modules')) ?? [])];
  if (declared.length) info.pythonModules = importRoots(declared);
  const found = findPackagesExcludes(kw.get('packages'));
  if (found) info.pythonExcludes = found;
  return info;
}

/** `find_packages(exclude=["tests", "tests.*"])` -> ["tests"]; undefined when `packages` is not a find_packages call. */
function findPackagesExcludes(v: PyValue): string[] | undefined {
  if (!v || typeof v !== 'object' || !('call' in v) || !/(^|\.)find_(namespace_)?packages$/.test(v.call)) return undefined;
  return importRoots(stringList(v.kwargs.get('exclude') ?? v.args[1]) ?? []);
}
