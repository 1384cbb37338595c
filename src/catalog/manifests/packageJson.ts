import { isValidPackageName } from '../packageName';
import { emptyManifest, ManifestError, type ManifestInfo } from './manifestInfo';
import { isRecord, parseJsonObject, replacementFromMessage, reuseRadarExtras, str, strings, uniqueRefs } from './manifestUtil';

function urlOf(v: unknown): string | undefined {
  return str(v) ?? (isRecord(v) ? str(v.url) : undefined);
}

/**
 * Reads a package.json. Runtime dependencies are `dependencies` + `peerDependencies` (a peer is what a wrapper wraps);
 * a `private` package publishes nothing. A `deprecated` string (or `reuseRadar.replacement`) marks it deprecated.
 *
 * @example parsePackageJson('{"name":"@acme/http","dependencies":{"axios":"^1"}}', 'package.json')
 *   // -> { packages: [{ecosystem:'npm', name:'@acme/http'}], dependencies: [{ecosystem:'npm', name:'axios'}], ... }
 */
export function parsePackageJson(text: string, path: string): ManifestInfo {
  const pkg = parseJsonObject(text, path);
  const info = emptyManifest(path, 'package.json');
  const name = str(pkg.name);
  if (pkg.name !== undefined && (!name || !isValidPackageName('npm', name))) {
    throw new ManifestError(path, `"name" is not a valid npm package name: ${JSON.stringify(pkg.name)}`);
  }
  for (const field of ['dependencies', 'peerDependencies', 'devDependencies'] as const) {
    if (pkg[field] !== undefined && !isRecord(pkg[field])) throw new ManifestError(path, `"${field}" must be an object`);
  }
  info.name = name;
  if (name && pkg.private !== true) info.packages.push({ ecosystem: 'npm', name });
  if (pkg.private === true && pkg.workspaces === undefined) info.kind = 'application';
  info.description = str(pkg.description);
  info.keywords = strings(pkg.keywords);
  const deps = { ...(pkg.dependencies as Record<string, unknown> | undefined), ...(pkg.peerDependencies as Record<string, unknown> | undefined) };
  info.dependencies = uniqueRefs(Object.keys(deps).filter((d) => d !== name).map((d) => ({ ecosystem: 'npm' as const, name: d })));
  info.links = {
    ...(str(pkg.homepage) ? { docs: str(pkg.homepage) } : {}),
    ...(urlOf(pkg.bugs) ? { issues: urlOf(pkg.bugs) } : {}),
    ...(urlOf(pkg.repository) ? { repo: urlOf(pkg.repository) } : {}),
  };
  const extras = reuseRadarExtras(pkg.reuseRadar);
  Object.assign(info, extras);
  const deprecated = typeof pkg.deprecated === 'string' ? pkg.deprecated : pkg.deprecated === true ? '' : undefined;
  if (deprecated !== undefined || extras.replacement) {
    info.lifecycle = 'deprecated';
    info.replacement = extras.replacement ?? replacementFromMessage(deprecated ?? '', { from: info.packages[0]?.name });
  }
  return info;
}
