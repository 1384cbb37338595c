import { parse as parseToml } from 'smol-toml';
import { emptyManifest, ManifestError, type ManifestInfo } from './manifestInfo';
import { isRecord, str, strings, uniqueRefs } from './manifestUtil';

/**
 * Reads a Cargo.toml: [package] name is the crate (unless `publish = false`); [dependencies] keys (or their
 * `package = "..."` rename) are dependencies. A workspace root without [package] publishes nothing.
 *
 * @example parseCargoToml('[package]\nname="acme-http"\n[dependencies]\nreqwest = "0.12"', 'Cargo.toml')
 *   // -> { packages: [{ecosystem:'cargo', name:'acme-http'}], dependencies: [{ecosystem:'cargo', name:'reqwest'}], ... }
 */
export function parseCargoToml(text: string, path: string): ManifestInfo {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (err) {
    throw new ManifestError(path, `invalid TOML (${(err as Error).message.split('\n')[0]})`);
  }
  const info = emptyManifest(path, 'Cargo.toml');
  const pkg = isRecord(doc.package) ? doc.package : undefined;
  if (doc.package !== undefined && !pkg) throw new ManifestError(path, '[package] must be a table');
  if (pkg) {
    const name = str(pkg.name);
    if (!name) throw new ManifestError(path, '[package] has no name');
    info.name = name;
    if (pkg.publish !== false) info.packages.push({ ecosystem: 'cargo', name });
    info.description = str(pkg.description);
    info.keywords = [...strings(pkg.keywords), ...strings(pkg.categories)];
    info.links = {
      ...(str(pkg.homepage) ? { docs: str(pkg.homepage) } : {}),
      ...(str(pkg.documentation) ? { docs: str(pkg.documentation) } : {}),
      ...(str(pkg.repository) ? { repo: str(pkg.repository) } : {}),
    };
  }
  const deps = doc.dependencies;
  if (deps !== undefined && !isRecord(deps)) throw new ManifestError(path, '[dependencies] must be a table');
  for (const [key, spec] of Object.entries(deps ?? {})) {
    const renamed = isRecord(spec) ? str(spec.package) : undefined;
    if (isRecord(spec) && (spec.path !== undefined && spec.version === undefined)) continue; // local path crate
    info.dependencies.push({ ecosystem: 'cargo', name: renamed ?? key });
  }
  info.dependencies = uniqueRefs(info.dependencies);
  return info;
}
