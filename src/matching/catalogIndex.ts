import type { Catalog, CatalogEntry, Ecosystem, PackageRef } from '../catalog/model';
import { javaPackageSegments, isKnownMavenArtifact, mavenArtifactOf } from '../imports/mavenArtifacts';
import { canonicalPackageName, importLookupKeys, packageIndexKeys } from './packageKeys';

/** A library that should be used instead of a public package, and why. */
export interface ReplacementTarget {
  entry: CatalogEntry;
  from: string;
  via: 'rule' | 'replaces' | 'dropInFor';
  message?: string;
  source?: string;
  /** A rule scoped to named imports (ESLint `importNames`): only these names are replaced. */
  importNames?: string[];
  /** From replacementsFor, on a scoped rule: the covered names the import uses (all of them for a namespace import). */
  usedNames?: string[];
}

const ANY = '*';

/** Services, apps, docs, templates and forks are never suggested. */
export function isExcluded(entry: CatalogEntry): boolean {
  return entry.kind !== 'library' || entry.fork === true;
}

/** Deprecated or archived: named only to point at a replacement. */
export function isRetired(entry: CatalogEntry): boolean {
  return entry.archived === true || entry.lifecycle === 'archived' || entry.lifecycle === 'deprecated';
}

export function isSuggestible(entry: CatalogEntry): boolean {
  return !isExcluded(entry) && !isRetired(entry);
}

/** Ecosystems an entry publishes to (from its packages, else its primary language). */
export function entryEcosystems(entry: CatalogEntry): Ecosystem[] {
  if (entry.packages.length > 0) return [...new Set(entry.packages.map((p) => p.ecosystem))];
  const eco = ecosystemOfLanguage(entry.language ?? '');
  return eco ? [eco] : [];
}

/** "TypeScript" / "typescript" -> "npm"; "Python" -> "pypi"; unknown -> undefined */
export function ecosystemOfLanguage(language: string): Ecosystem | undefined {
  const map: Record<string, Ecosystem> = {
    typescript: 'npm', javascript: 'npm', python: 'pypi', go: 'go', java: 'maven', kotlin: 'maven', scala: 'maven',
    csharp: 'nuget', 'c#': 'nuget', 'f#': 'nuget', rust: 'cargo',
  };
  return map[language.toLowerCase()];
}

/**
 * The exact-lookup side of the matcher, built once per catalog: packages, references, replacement map and the
 * dependency → libraries map.
 */
export class CatalogIndex {
  private readonly byRef = new Map<string, CatalogEntry>();
  private readonly packages = new Map<string, CatalogEntry>();
  private readonly replacements = new Map<string, ReplacementTarget[]>();
  /** Dependency key → the libraries depending on it, each with the dependency as it declares it. */
  private readonly dependents = new Map<string, Map<CatalogEntry, PackageRef>>();
  /**
   * The guessed (package-prefix) keys of Maven dependencies the curated table does not know: the only guesses an
   * import of a known artifact may still meet, since the table says exactly which artifact a known package is in.
   */
  private readonly looseDependents = new Map<string, Map<CatalogEntry, PackageRef>>();
  /** Java/Kotlin package root (lower-case) → the library whose sources live under it; a root two libraries claim is dropped. */
  private readonly jvmRoots = new Map<string, CatalogEntry>();
  /** Python import root → the library whose distribution declares it (entry.pythonModules); a root two libraries claim is dropped. */
  private readonly pythonRoots = new Map<string, CatalogEntry>();
  /** Libraries that can depend on something (the N of the IDF). */
  readonly libraryCount: number;

  constructor(catalog: Catalog) {
    const libraries = catalog.entries.filter((e) => !isExcluded(e));
    this.libraryCount = libraries.length;
    for (const entry of catalog.entries) {
      for (const ref of [entry.id, entry.repo, entry.name]) if (ref) this.addRef(ref.toLowerCase(), entry);
      for (const pkg of entry.packages) {
        this.addRef(pkg.name.toLowerCase(), entry);
        for (const key of packageIndexKeys(pkg)) claim(this.packages, `${pkg.ecosystem}|${key}`, entry);
      }
    }
    const sharedRoots = new Set<string>();
    for (const entry of catalog.entries) {
      for (const root of new Set((entry.jvmPackages ?? []).map((r) => r.trim().toLowerCase()).filter((r) => r.includes('.')))) {
        const prev = this.jvmRoots.get(root);
        if (prev && isSuggestible(prev) && isSuggestible(entry)) sharedRoots.add(root);
        claim(this.jvmRoots, root, entry);
      }
    }
    for (const root of sharedRoots) this.jvmRoots.delete(root);
    const sharedModules = new Set<string>();
    for (const entry of catalog.entries) {
      for (const module of new Set((entry.pythonModules ?? []).map((m) => m.trim()).filter(Boolean))) {
        const prev = this.pythonRoots.get(module);
        if (prev && prev !== entry && isSuggestible(prev) && isSuggestible(entry)) sharedModules.add(module);
        claim(this.pythonRoots, module, entry);
      }
    }
    for (const module of sharedModules) this.pythonRoots.delete(module);
    for (const entry of libraries) {
      const ecos = entryEcosystems(entry);
      for (const from of entry.replaces ?? []) this.addReplacement(ecos, from, { entry, from, via: 'replaces' });
      for (const from of entry.dropInFor ?? []) this.addReplacement(ecos, from, { entry, from, via: 'dropInFor' });
      for (const dep of entry.dependencies) {
        const loose = dep.ecosystem === 'maven' && !isKnownMavenArtifact(dep.name);
        const canonical = canonicalPackageName(dep.ecosystem, dep.name);
        for (const key of packageIndexKeys(dep, { dependency: true })) {
          addDependent(this.dependents, `${dep.ecosystem}|${key}`, entry, dep);
          if (loose && key !== canonical) addDependent(this.looseDependents, `maven|${key}`, entry, dep);
        }
      }
    }
    for (const rule of catalog.replacements) {
      const entry = this.resolve(rule.to);
      if (!entry) continue;
      const ecos = rule.ecosystem ? [rule.ecosystem] : entryEcosystems(entry);
      const scope = rule.importNames?.length ? { importNames: [...new Set(rule.importNames)] } : {};
      this.addReplacement(ecos, rule.from, { entry, from: rule.from, via: 'rule', message: rule.message, source: rule.source, ...scope });
    }
  }

  /** An entry by id, repo, name or package name (case-insensitive). */
  resolve(ref: string): CatalogEntry | undefined {
    return this.byRef.get(ref.toLowerCase());
  }

  /** The internal library publishing a package, by ecosystem and canonical name. */
  packageOwner(ecosystem: Ecosystem, name: string): CatalogEntry | undefined {
    for (const key of packageIndexKeys({ ecosystem, name })) {
      const hit = this.packages.get(`${ecosystem}|${key}`);
      if (hit) return hit;
    }
    return undefined;
  }

  /**
   * The internal library an import refers to, if any; a Java/Kotlin import first by the longest package root a
   * library's sources declare (entry.jvmPackages), a Python import first by the distribution declaring its top-level
   * module (entry.pythonModules: `import acme_auth.tokens` is the distribution "acme-auth-client" declaring "acme_auth").
   */
  importOwner(ecosystem: Ecosystem, specifier: string, packageName?: string): CatalogEntry | undefined {
    if (ecosystem === 'pypi' && this.pythonRoots.size > 0) {
      const hit = this.pythonRoots.get(specifier.split('.')[0]);
      if (hit) return hit;
    }
    if (ecosystem === 'maven' && this.jvmRoots.size > 0) {
      const segments = javaPackageSegments(specifier);
      for (let n = segments.length; n >= 2; n--) {
        const hit = this.jvmRoots.get(segments.slice(0, n).join('.'));
        if (hit) return hit;
      }
    }
    for (const key of importLookupKeys(ecosystem, specifier, packageName)) {
      const hit = this.packages.get(`${ecosystem}|${key}`);
      if (hit) return hit;
    }
    return undefined;
  }

  /**
   * Replacement targets naming this import (most specific key first, one per library). A rule scoped to named imports
   * (ESLint `importNames`) applies only when the import's names (ImportRef.names) include one of them, or it is a
   * namespace import / `export *` ("*": every name, as ESLint reports it); a bare `import "x"` takes no name and an
   * import whose names are unknown (a plain `require()`, `import()`, other languages) never meets such a rule. The
   * target then carries `usedNames`, the covered names the import uses.
   * @example index.replacementsFor("npm", "@old/ui", "@old/ui", ["Button", "Card"])
   *   // rule { from: "@old/ui", to: "acme/ui", importNames: ["Button"] } -> [{ entry: <acme/ui>, via: "rule", importNames: ["Button"], usedNames: ["Button"], … }]
   * @example index.replacementsFor("npm", "@old/ui", "@old/ui", ["Card"]) // -> [] for the same rule
   */
  replacementsFor(ecosystem: Ecosystem, specifier: string, packageName?: string, names?: readonly string[]): ReplacementTarget[] {
    const keys = [specifier.toLowerCase(), ...importLookupKeys(ecosystem, specifier, packageName)];
    const out: ReplacementTarget[] = [];
    for (const key of keys) {
      for (const target of [...(this.replacements.get(`${ecosystem}|${key}`) ?? []), ...(this.replacements.get(`${ANY}|${key}`) ?? [])]) {
        if (out.some((t) => t.entry === target.entry)) continue;
        if (!target.importNames) {
          out.push(target);
          continue;
        }
        const used = !names ? [] : names.includes('*') ? target.importNames : target.importNames.filter((n) => names.includes(n));
        if (used.length > 0) out.push({ ...target, usedNames: used });
      }
    }
    return out;
  }

  /**
   * Libraries depending on the imported package (at its most specific matching key), each with the dependency as
   * the library declares it (for the reason).
   * @example index.dependentsOf("pypi", "PIL.Image", "pillow") // -> { key: "pillow", dependents: [{ entry: <acme/images>, dependency: { ecosystem: "pypi", name: "Pillow" } }] }
   */
  dependentsOf(ecosystem: Ecosystem, specifier: string, packageName?: string): { key: string; dependents: { entry: CatalogEntry; dependency: PackageRef }[] } | undefined {
    const artifact = ecosystem === 'maven' ? (packageName?.includes(':') ? packageName : mavenArtifactOf(specifier)) : undefined;
    // A known artifact meets its own dependents (and bundles bringing it), else only guesses of unknown dependencies.
    const lookups: [string, Map<string, Map<CatalogEntry, PackageRef>>][] = artifact
      ? [[canonicalPackageName('maven', artifact), this.dependents], ...importLookupKeys(ecosystem, specifier).map((k) => [k, this.looseDependents] as [string, Map<string, Map<CatalogEntry, PackageRef>>])]
      : importLookupKeys(ecosystem, specifier, packageName).map((k) => [k, this.dependents]);
    for (const [key, index] of lookups) {
      const map = index.get(`${ecosystem}|${key}`);
      if (map && map.size > 0) return { key, dependents: [...map].map(([entry, dependency]) => ({ entry, dependency })) };
    }
    return undefined;
  }

  /**
   * Follows `replacement` links from a retired entry to the first suggestible library (at most 4 hops).
   * @example index.successor(oldHttp) // -> the "@acme/http-client" entry
   */
  successor(entry: CatalogEntry): CatalogEntry | undefined {
    let current: CatalogEntry | undefined = entry;
    for (let hop = 0; hop < 4 && current; hop++) {
      if (!current.replacement) return undefined;
      current = this.resolve(current.replacement);
      if (current && isSuggestible(current)) return current;
    }
    return undefined;
  }

  private addRef(ref: string, entry: CatalogEntry): void {
    claim(this.byRef, ref, entry);
  }

  private addReplacement(ecosystems: readonly Ecosystem[], from: string, target: ReplacementTarget): void {
    const cleaned = from.trim().replace(/\/\*\*?$/, '');
    if (!cleaned) return;
    const keys = ecosystems.length > 0
      ? ecosystems.flatMap((eco) => packageIndexKeys({ ecosystem: eco, name: cleaned }).map((k) => `${eco}|${k}`))
      : [`${ANY}|${cleaned.toLowerCase()}`];
    for (const key of keys) {
      const list = this.replacements.get(key) ?? [];
      // Rules scoped to different names of one module are different rules.
      if (!list.some((t) => t.entry === target.entry && sameScope(t.importNames, target.importNames))) list.push(target);
      this.replacements.set(key, list);
    }
  }
}

function sameScope(a?: readonly string[], b?: readonly string[]): boolean {
  return (a ?? []).join('\u0000') === (b ?? []).join('\u0000');
}

function addDependent(index: Map<string, Map<CatalogEntry, PackageRef>>, key: string, entry: CatalogEntry, dep: PackageRef): void {
  const map = index.get(key) ?? new Map<CatalogEntry, PackageRef>();
  if (!map.has(entry)) map.set(entry, dep);
  index.set(key, map);
}

/**
 * Sets `map[key]` to `entry` unless an entry already holds it; a suggestible entry takes the key from a
 * non-suggestible one (fork, deprecated, archived, non-library), so catalog order never lets those shadow the live
 * library publishing the same name.
 */
function claim(map: Map<string, CatalogEntry>, key: string, entry: CatalogEntry): void {
  const prev = map.get(key);
  if (!prev || (!isSuggestible(prev) && isSuggestible(entry))) map.set(key, entry);
}
