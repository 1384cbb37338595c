import { emptyManifest, ManifestError, type ManifestInfo } from './manifestInfo';
import { importRoots, normalizePypiName, pep508Name, uniqueRefs } from './manifestUtil';
import { lifecycleFromClassifiers, linksFromUrls } from './pyprojectToml';

/** A minimal INI reader with setuptools' rules: `key = value` or `key: value`, indented continuation lines, # and ; comments. */
function parseIni(text: string, path: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let section: Map<string, string> | undefined;
  let lastKey: string | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (/^\s*([#;]|$)/.test(raw)) return;
    if (/^\s/.test(raw) && section && lastKey !== undefined) {
      section.set(lastKey, `${section.get(lastKey)}\n${raw.trim()}`);
      return;
    }
    const header = /^\[([^\]]+)\]\s*$/.exec(raw.trim());
    if (header) {
      section = sections.get(header[1].trim()) ?? new Map<string, string>();
      sections.set(header[1].trim(), section);
      lastKey = undefined;
      return;
    }
    const kv = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(raw.trim());
    if (!kv || !section) throw new ManifestError(path, `line ${i + 1} is neither a [section], a key = value nor a continuation: ${JSON.stringify(raw.trim().slice(0, 60))}`);
    lastKey = kv[1].toLowerCase();
    section.set(lastKey, kv[2]);
  });
  return sections;
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

/**
 * Reads a setuptools setup.cfg: [metadata] name/description/keywords/url/project_urls/classifiers and
 * [options] install_requires.
 *
 * @example parseSetupCfg('[metadata]\nname = acme_retry\n[options]\ninstall_requires =\n  tenacity>=8\n', 'setup.cfg')
 *   // -> { packages: [{ecosystem:'pypi', name:'acme-retry'}], dependencies: [{ecosystem:'pypi', name:'tenacity'}], ... }
 */
export function parseSetupCfg(text: string, path: string): ManifestInfo {
  const ini = parseIni(text, path);
  const meta = ini.get('metadata') ?? new Map<string, string>();
  const options = ini.get('options') ?? new Map<string, string>();
  const info = emptyManifest(path, 'setup.cfg');
  const name = meta.get('name')?.trim();
  if (name) {
    info.name = name;
    info.packages.push({ ecosystem: 'pypi', name: normalizePypiName(name) });
  }
  info.description = meta.get('description')?.trim() || undefined;
  info.keywords = list(meta.get('keywords'));
  const deps = list(options.get('install_requires')).map(pep508Name).filter((n): n is string => !!n);
  info.dependencies = uniqueRefs(deps.filter((d) => d !== info.packages[0]?.name).map((n) => ({ ecosystem: 'pypi' as const, name: n })));
  const urls: Record<string, string> = {};
  for (const line of list(meta.get('project_urls'))) {
    const m = /^([^=]+)=\s*(\S+)$/.exec(line);
    if (m) urls[m[1].trim()] = m[2];
  }
  const url = meta.get('url')?.trim();
  info.links = { ...(url ? { docs: url } : {}), ...linksFromUrls(urls) };
  info.lifecycle = lifecycleFromClassifiers(list(meta.get('classifiers')));
  const packages = list(options.get('packages')).filter((p) => !/^find(_namespace)?:$/.test(p));
  const declared = [...packages, ...list(options.get('py_modules'))];
  if (declared.length) info.pythonModules = importRoots(declared);
  const excludes = importRoots(list(ini.get('options.packages.find')?.get('exclude')));
  if (excludes.length) info.pythonExcludes = excludes;
  return info;
}
