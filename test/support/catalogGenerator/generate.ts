import { DOMAINS, LANGUAGE, SERVICE_KINDS, SERVICE_WORDS, SUFFIXES, TEAMS, type Domain } from './generateData';
import { CATALOG_SCHEMA_VERSION, type Catalog, type CatalogEntry, type Ecosystem, type Lifecycle, type PackageRef, type RepoSnapshot } from '../../../src/catalog/model';

/** mulberry32: a small deterministic PRNG, so the same seed always yields the same catalog. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LibrarySpec {
  name: string;
  ecosystem: Ecosystem;
  pkg: PackageRef;
  domain: Domain;
  deps: PackageRef[];
  description: string;
  keywords: string[];
  team: string;
  lifecycle: Lifecycle;
  replacement?: string;
  stars: number;
  lastPush: string;
  openIssues: number;
  hasContributing: boolean;
  replaces?: string[];
}

export interface GenerateOptions {
  org?: string;
  host?: string;
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

/** k distinct items, in draw order (no copy of xs: it is called per entry on pools of thousands). */
function sample<T>(r: () => number, xs: readonly T[], k: number): T[] {
  const picked = new Set<number>();
  const want = Math.min(k, xs.length);
  while (picked.size < want) picked.add(Math.floor(r() * xs.length));
  return [...picked].map((i) => xs[i]);
}

function packageFor(eco: Ecosystem, name: string, org: string): PackageRef {
  const scope = org.replace(/-demo$/, '');
  switch (eco) {
    case 'npm': return { ecosystem: eco, name: `@${scope}/${name}` };
    case 'pypi': return { ecosystem: eco, name: `${scope}-${name}` };
    case 'go': return { ecosystem: eco, name: `github.com/${org}/${name}` };
    default: return { ecosystem: 'maven', name: `com.${scope}:${scope}-${name}` };
  }
}

function librarySpecs(n: number, r: () => number, org: string): LibrarySpec[] {
  const used = new Map<string, number>();
  const specs: LibrarySpec[] = [];
  const byEcosystem = new Map<Ecosystem, LibrarySpec[]>();
  const production = new Map<string, LibrarySpec>();
  const base = Date.UTC(2026, 10, 1);
  for (let i = 0; i < n; i++) {
    const x = r();
    const ecosystem: Ecosystem = x < 0.4 ? 'npm' : x < 0.65 ? 'pypi' : x < 0.85 ? 'go' : 'maven';
    const domain = pick(r, DOMAINS);
    const stem = `${pick(r, domain.words)}-${pick(r, SUFFIXES)}${ecosystem === 'go' ? '-go' : ecosystem === 'maven' ? '-java' : ''}`;
    const count = (used.get(stem) ?? 0) + 1;
    used.set(stem, count);
    const name = count === 1 ? stem : `${stem}-${count}`;
    const publicDeps = domain.deps[ecosystem] ?? [];
    const wrapped = sample(r, publicDeps, 1 + Math.floor(r() * Math.min(2, publicDeps.length)));
    const deps: PackageRef[] = wrapped.map((d) => ({ ecosystem, name: d }));
    const sameEco = byEcosystem.get(ecosystem) ?? [];
    if (sameEco.length && r() < 0.25) deps.push(pick(r, sameEco).pkg);
    const features = sample(r, domain.features, 3);
    const y = r();
    const lifecycle: Lifecycle = y < 0.05 ? 'deprecated' : y < 0.13 ? 'experimental' : y < 0.15 ? 'unknown' : 'production';
    const successor = lifecycle === 'deprecated' ? production.get(`${DOMAINS.indexOf(domain)}:${ecosystem}`) : undefined;
    const spec: LibrarySpec = {
      name, ecosystem, pkg: packageFor(ecosystem, name, org), domain, deps,
      description: `${domain.phrase} for ${LANGUAGE[ecosystem]} services with ${features[0]}, ${features[1]} and ${features[2]}. Wraps ${wrapped.join(' and ')}.`,
      keywords: [...new Set([...domain.words, ...features.map((f) => f.toLowerCase().replace(/[^a-z0-9]+/g, '-')), ...wrapped.map((w) => w.split('/').pop()!)])],
      team: pick(r, TEAMS), lifecycle, ...(successor ? { replacement: `${org}/${successor.name}` } : {}),
      stars: Math.floor(r() ** 3 * 300), lastPush: new Date(base - Math.floor(r() * 900) * 86_400_000).toISOString().replace('.000', ''),
      openIssues: Math.floor(r() ** 2 * 40), hasContributing: r() < 0.7,
      ...(r() < 0.15 ? { replaces: wrapped.slice(0, 1) } : {}),
    };
    specs.push(spec);
    if (!byEcosystem.has(ecosystem)) byEcosystem.set(ecosystem, sameEco);
    sameEco.push(spec);
    const key = `${DOMAINS.indexOf(domain)}:${ecosystem}`;
    if (lifecycle === 'production' && !production.has(key)) production.set(key, spec);
  }
  return specs;
}

/**
 * A deterministic synthetic catalog of n libraries (benches, tests): realistic names, descriptions, keywords and
 * dependencies on real public packages across npm, PyPI, Go and Maven, ~5% deprecated naming a successor.
 *
 * @example generateCatalog(3, 7).entries.map((e) => e.id) // -> the same three "acme/<name>" ids on every call
 */
export function generateCatalog(n: number, seed = 1, opts: GenerateOptions = {}): Catalog {
  const org = opts.org ?? 'acme';
  const r = rng(seed);
  const specs = librarySpecs(n, r, org);
  const services = Array.from({ length: Math.max(10, Math.ceil(n / 2)) }, (_, i) => `${org}/${SERVICE_WORDS[i % SERVICE_WORDS.length]}-${SERVICE_KINDS[Math.floor(i / SERVICE_WORDS.length) % SERVICE_KINDS.length]}${i >= SERVICE_WORDS.length * SERVICE_KINDS.length ? `-${Math.floor(i / (SERVICE_WORDS.length * SERVICE_KINDS.length)) + 1}` : ''}`);
  const entries = specs.map((s): CatalogEntry => {
    const repo = `${org}/${s.name}`;
    const url = `https://${opts.host ?? 'github.com'}/${repo}`;
    return {
      id: repo, name: s.name, repo, host: opts.host ?? 'github.com', packages: [s.pkg], description: s.description,
      keywords: s.keywords, language: LANGUAGE[s.ecosystem], dependencies: s.deps, owners: [`@${org}/${s.team}`],
      lifecycle: s.lifecycle, ...(s.replacement ? { replacement: s.replacement } : {}), kind: 'library', fork: false, archived: false,
      stars: s.stars, lastPush: s.lastPush, openIssues: s.openIssues, hasContributing: s.hasContributing,
      links: { repo: url, issues: `${url}/issues`, ...(s.hasContributing ? { contributing: `${url}/blob/main/CONTRIBUTING.md` } : {}) },
      ...(s.replaces ? { replaces: s.replaces } : {}),
      usedBy: sample(r, services, Math.floor(r() ** 2 * 12)).sort(),
      sources: [`github:${org}`], defaultBranch: 'main',
    };
  }).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: '2026-11-01T00:00:00.000Z', entries, replacements: [], origin: `github:${org}` };
}

function manifestFiles(s: LibrarySpec, org: string, r: () => number): Record<string, string> {
  const files: Record<string, string> = {};
  const deps = s.deps;
  switch (s.ecosystem) {
    case 'npm':
      files['package.json'] = JSON.stringify({ name: s.pkg.name, version: '1.4.0', description: s.description, keywords: s.keywords,
        dependencies: Object.fromEntries(deps.map((d) => [d.name, '^1.0.0'])), devDependencies: { typescript: '^5.6.0', mocha: '^10.0.0' } }, null, 2);
      break;
    case 'pypi':
      files['pyproject.toml'] = `[project]\nname = "${s.pkg.name}"\nversion = "0.9.0"\ndescription = "${s.description}"\nkeywords = [${s.keywords.map((k) => `"${k}"`).join(', ')}]\ndependencies = [\n${deps.map((d) => `  "${d.name}>=1.0",\n`).join('')}]\n\n[project.optional-dependencies]\ntest = ["pytest>=8"]\n`;
      break;
    case 'go':
      files['go.mod'] = `module ${s.pkg.name}\n\ngo 1.22\n\nrequire (\n${deps.map((d) => `\t${d.name} v1.2.3\n`).join('')}\tgithub.com/stretchr/testify v1.9.0 // indirect\n)\n`;
      break;
    default: {
      const [g, a] = s.pkg.name.split(':');
      files['pom.xml'] = `<?xml version="1.0"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>${g}</groupId>\n  <artifactId>${a}</artifactId>\n  <version>2.1.0</version>\n  <description>${s.description}</description>\n  <dependencies>\n${deps.map((d) => { const [dg, da] = d.name.split(':'); return `    <dependency><groupId>${dg}</groupId><artifactId>${da}</artifactId><version>1.0</version></dependency>\n`; }).join('')}    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope></dependency>\n  </dependencies>\n</project>\n`;
    }
  }
  files['.github/CODEOWNERS'] = `* @${org}/${s.team}\n`;
  if (s.lifecycle === 'deprecated' || r() < 0.3) {
    files['catalog-info.yaml'] = `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${s.name}\n  annotations:\n    github.com/project-slug: ${org}/${s.name}\n${s.replacement ? `    reuse-radar/replacement: ${s.replacement}\n` : ''}spec:\n  type: library\n  lifecycle: ${s.lifecycle}\n  owner: group:${s.team}\n`;
  }
  if (r() < 0.2) files['innersource.json'] = JSON.stringify({ title: s.name, motivation: `Shared ${s.domain.phrase.toLowerCase()} so teams stop re-implementing it.`, contributions: ['Bug fixes', 'Docs'], skills: [LANGUAGE[s.ecosystem]] });
  return files;
}

/**
 * n deterministic RepoSnapshots of a synthetic org (the GitHub stand-in serves them): ~60% libraries with real
 * manifests (package.json, pyproject.toml, go.mod, pom.xml) + CODEOWNERS, sometimes catalog-info.yaml and
 * innersource.json; ~30% services whose manifests depend on those libraries (so used-by inversion has work);
 * the rest are docs repos without a manifest, archived libraries and forks. Sorted by pushedAt, newest first.
 *
 * @example generateSnapshots(100, 1).filter((s) => s.files['go.mod']).length // -> the same count on every call
 */
export function generateSnapshots(n: number, seed = 1, opts: GenerateOptions = {}): RepoSnapshot[] {
  const org = opts.org ?? 'acme';
  const host = opts.host ?? 'github.com';
  const r = rng(seed);
  const libCount = Math.round(n * 0.6);
  const specs = librarySpecs(libCount, r, org);
  const snapshot = (name: string, extra: Partial<RepoSnapshot>): RepoSnapshot => ({
    owner: org, name, host, url: `https://${host}/${org}/${name}`, description: null, topics: [], primaryLanguage: null,
    isArchived: false, isFork: false, isTemplate: false, stars: 0, pushedAt: null, openIssues: 0, defaultBranch: 'main',
    homepageUrl: null, files: {}, hasContributing: false, ...extra,
  });
  const libsByEcosystem = new Map<Ecosystem, LibrarySpec[]>();
  for (const s of specs) {
    if (!libsByEcosystem.has(s.ecosystem)) libsByEcosystem.set(s.ecosystem, []);
    libsByEcosystem.get(s.ecosystem)!.push(s);
  }
  const successors = new Set(specs.map((s) => s.replacement?.split('/')[1]));
  const out: RepoSnapshot[] = specs.map((s) => snapshot(s.name, {
    description: s.description, topics: r() < 0.5 ? ['inner-source', ...s.domain.words] : s.domain.words,
    primaryLanguage: LANGUAGE[s.ecosystem], stars: s.stars, pushedAt: s.lastPush, openIssues: s.openIssues,
    hasContributing: s.hasContributing, files: manifestFiles(s, org, r), ...(successors.has(s.name) ? {} : { isArchived: r() < 0.03, isFork: r() < 0.02 }),
  }));
  for (let i = out.length; i < n; i++) {
    const kind = r();
    const pushedAt = new Date(Date.UTC(2026, 10, 20) - Math.floor(r() * 400) * 86_400_000).toISOString().replace('.000', '');
    const name = `${pick(r, SERVICE_WORDS)}-${pick(r, SERVICE_KINDS)}-${i}`;
    if (kind < 0.8 && specs.length) {
      const eco = pick(r, ['npm', 'pypi', 'go', 'maven'] as const);
      const libs = sample(r, libsByEcosystem.get(eco) ?? [], 1 + Math.floor(r() * 5)).map((s) => s.pkg.name);
      const files: Record<string, string> = { '.github/CODEOWNERS': `* @${org}/${pick(r, TEAMS)}\n` };
      const svcInfo = `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: group:${pick(r, TEAMS)}\n`;
      if (eco === 'npm') files['package.json'] = JSON.stringify({ name, private: true, dependencies: Object.fromEntries(libs.map((l) => [l, '^1.0.0'])) });
      if (eco === 'pypi') files['pyproject.toml'] = `[project]\nname = "${name}"\nversion = "1.0.0"\ndependencies = [${libs.map((l) => `"${l}"`).join(', ')}]\n`;
      if (eco === 'go') files['go.mod'] = `module github.com/${org}/${name}\n\ngo 1.22\n\nrequire (\n${libs.map((l) => `\t${l} v1.0.0\n`).join('')})\n`;
      if (eco === 'maven') files['pom.xml'] = `<project><groupId>com.${org}.services</groupId><artifactId>${name}</artifactId><dependencies>${libs.map((l) => `<dependency><groupId>${l.split(':')[0]}</groupId><artifactId>${l.split(':')[1]}</artifactId></dependency>`).join('')}</dependencies></project>\n`;
      if (eco !== 'npm') files['catalog-info.yaml'] = svcInfo;
      out.push(snapshot(name, { description: `The ${name.replace(/-\d+$/, '').replace('-', ' ')}.`, primaryLanguage: LANGUAGE[eco], pushedAt, files }));
    } else {
      out.push(snapshot(`${pick(r, SERVICE_WORDS)}-docs-${i}`, { description: 'Runbooks and architecture notes.', primaryLanguage: null, pushedAt, files: { 'CODEOWNERS': `* @${org}/${pick(r, TEAMS)}\n` } }));
    }
  }
  return out.sort((a, b) => ((b.pushedAt ?? '') < (a.pushedAt ?? '') ? -1 : (b.pushedAt ?? '') > (a.pushedAt ?? '') ? 1 : a.name < b.name ? -1 : 1));
}
