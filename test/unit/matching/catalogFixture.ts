import type { Catalog, CatalogEntry, PackageRef, ReplacementRule } from '../../../src/catalog/model';

/** "npm:@acme/http" -> { ecosystem: "npm", name: "@acme/http" } */
function pkg(ref: string): PackageRef {
  const i = ref.indexOf(':');
  return { ecosystem: ref.slice(0, i) as PackageRef['ecosystem'], name: ref.slice(i + 1) };
}

/** A library entry with sensible defaults; `packages`/`deps` as "ecosystem:name" strings. */
export function lib(name: string, fields: Partial<Omit<CatalogEntry, 'packages' | 'dependencies'>> & { packages?: string[]; deps?: string[] } = {}): CatalogEntry {
  const { packages, deps, ...rest } = fields;
  return {
    id: `acme/${name}`, name, repo: `acme/${name}`, host: 'github.com', packages: (packages ?? []).map(pkg), description: '',
    keywords: [], dependencies: (deps ?? []).map(pkg), owners: [], lifecycle: 'production', kind: 'library',
    hasContributing: false, links: {}, sources: ['test'], ...rest,
  };
}

export function catalogOf(entries: CatalogEntry[], replacements: ReplacementRule[] = []): Catalog {
  return { schemaVersion: 1, generatedAt: '2026-01-01T00:00:00.000Z', entries, replacements };
}
