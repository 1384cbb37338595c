import { parse as parseToml } from 'smol-toml';
import type { Lifecycle } from '../model';
import { emptyManifest, ManifestError, type ManifestInfo } from './manifestInfo';
import { importRoots, isRecord, normalizePypiName, pep508Name, str, strings, uniqueRefs } from './manifestUtil';

/** Trove "Development Status" classifiers -> lifecycle; undefined when none is declared. */
export function lifecycleFromClassifiers(classifiers: string[]): Lifecycle | undefined {
  for (const c of classifiers) {
    const m = /^Development Status :: (\d)/.exec(c.trim());
    if (!m) continue;
    const n = Number(m[1]);
    return n === 7 ? 'deprecated' : n >= 5 ? 'production' : 'experimental';
  }
  return undefined;
}

/** project.urls / tool.poetry.urls labels -> links (labels are free text, so match loosely). */
export function linksFromUrls(urls: Record<string, unknown>): ManifestInfo['links'] {
  const links: ManifestInfo['links'] = {};
  for (const [label, value] of Object.entries(urls)) {
    const url = str(value);
    if (!url) continue;
    const l = label.toLowerCase().replace(/[\s_-]/g, '');
    if (/^(doc|documentation|docs|homepage|home)$/.test(l) && !links.docs) links.docs = url;
    else if (/^(issues|bugtracker|bugs|tracker|issuetracker)$/.test(l)) links.issues = url;
    else if (/^(source|repository|code|sourcecode|github)$/.test(l)) links.repo = url;
  }
  return links;
}

function parseTomlText(text: string, path: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (err) {
    throw new ManifestError(path, `invalid TOML (${(err as Error).message.split('\n')[0]})`);
  }
}

/**
 * Reads a pyproject.toml: PEP 621 `[project]` first, then Poetry's `[tool.poetry]`. Names are PEP 503-normalized.
 *
 * @example parsePyprojectToml('[project]\nname="Acme_Kafka"\ndependencies=["confluent-kafka>=2"]', 'pyproject.toml')
 *   // -> { packages: [{ecosystem:'pypi', name:'acme-kafka'}], dependencies: [{ecosystem:'pypi', name:'confluent-kafka'}], ... }
 */
export function parsePyprojectToml(text: string, path: string): ManifestInfo {
  const doc = parseTomlText(text, path);
  const info = emptyManifest(path, 'pyproject.toml');
  const project = isRecord(doc.project) ? doc.project : undefined;
  const tool = isRecord(doc.tool) ? doc.tool : {};
  const poetry = isRecord(tool.poetry) ? tool.poetry : undefined;
  if (project) {
    if (project.dependencies !== undefined && !Array.isArray(project.dependencies)) {
      throw new ManifestError(path, '[project].dependencies must be an array of requirement strings');
    }
    const name = str(project.name);
    if (name) info.packages.push({ ecosystem: 'pypi', name: normalizePypiName(name) });
    info.name = name;
    info.description = str(project.description);
    info.keywords = strings(project.keywords);
    info.dependencies = strings(project.dependencies).map(pep508Name).filter((n): n is string => !!n)
      .map((n) => ({ ecosystem: 'pypi' as const, name: n }));
    info.links = isRecord(project.urls) ? linksFromUrls(project.urls) : {};
    info.lifecycle = lifecycleFromClassifiers(strings(project.classifiers));
  }
  if (poetry) {
    const name = str(poetry.name);
    if (name && !info.packages.length) info.packages.push({ ecosystem: 'pypi', name: normalizePypiName(name) });
    info.name ??= name;
    info.description ??= str(poetry.description);
    if (!info.keywords.length) info.keywords = strings(poetry.keywords);
    if (poetry.dependencies !== undefined && !isRecord(poetry.dependencies)) {
      throw new ManifestError(path, '[tool.poetry.dependencies] must be a table');
    }
    const deps = Object.keys((poetry.dependencies as Record<string, unknown> | undefined) ?? {})
      .filter((d) => d.toLowerCase() !== 'python').map((d) => ({ ecosystem: 'pypi' as const, name: normalizePypiName(d) }));
    info.dependencies = uniqueRefs([...info.dependencies, ...deps]);
    info.links = {
      ...(str(poetry.homepage) ? { docs: str(poetry.homepage) } : {}),
      ...(str(poetry.documentation) ? { docs: str(poetry.documentation) } : {}),
      ...(str(poetry.repository) ? { repo: str(poetry.repository) } : {}),
      ...(isRecord(poetry.urls) ? linksFromUrls(poetry.urls) : {}),
      ...info.links,
    };
    info.lifecycle ??= lifecycleFromClassifiers(strings(poetry.classifiers));
  }
  const own = new Set(info.packages.map((p) => p.name));
  info.dependencies = uniqueRefs(info.dependencies.filter((d) => !own.has(d.name)));
  Object.assign(info, declaredModules(tool));
  return info;
}

const path = (...keys: string[]) => (v: unknown): unknown => keys.reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), v);

/**
 * Import roots the build backend is told to package: setuptools `packages` / `py-modules` (a list; `find` leaves it to
 * the layout, minus `exclude`), Poetry `packages = [{ include = "acme_auth", from = "src" }]`, Hatch wheel `packages`
 * ("src/acme_auth"), Flit `[tool.flit.module] name`.
 */
function declaredModules(tool: Record<string, unknown>): Pick<ManifestInfo, 'pythonModules' | 'pythonExcludes'> {
  const setuptools = isRecord(tool.setuptools) ? tool.setuptools : {};
  const declared = [
    ...(Array.isArray(setuptools.packages) ? strings(setuptools.packages) : []),
    ...strings(setuptools['py-modules']),
    ...(Array.isArray(path('poetry', 'packages')(tool)) ? (path('poetry', 'packages')(tool) as unknown[]).map((p) => (isRecord(p) ? str(p.include) : undefined)) : [])
      .filter((p): p is string => !!p && !/[*?[]/.test(p)),
    ...strings(path('hatch', 'build', 'targets', 'wheel', 'packages')(tool)).map((p) => p.split('/').pop() ?? p),
    ...strings(path('flit', 'module', 'name')(tool)),
  ];
  const excludes = strings(path('packages', 'find', 'exclude')(setuptools));
  return {
    ...(declared.length ? { pythonModules: importRoots(declared) } : {}),
    ...(excludes.length ? { pythonExcludes: importRoots(excludes.map((e) => e.replace(/\.\*$/, ''))) } : {}),
  };
}
