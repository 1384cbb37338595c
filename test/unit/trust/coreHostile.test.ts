import * as assert from 'node:assert';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import { decodeCatalog, encodeCatalog } from '../../../src/catalog/cacheCodec';
import { parseCatalogFile } from '../../../src/catalog/catalogFiles';
import { loadCatalogSources } from '../../../src/catalog/loadSources';
import { addMavenDependency, addPyprojectDependency, addRequirement } from '../../../src/catalog/manifestEdits';
import { planAddDependency } from '../../../src/catalog/addDependency';
import { CATALOG_SCHEMA_VERSION, type Catalog, type CatalogEntry } from '../../../src/catalog/model';
import { fromOutside } from '../../../src/contribute/externalArgs';
import { isSafeRepoPath } from '../../../src/github/contribute';
import { createOctokit } from '../../../src/github/octokit';
import { readRepoDismissals } from '../../../src/matching/dismissals';
import { formatSarif } from '../../../src/matching/report';
import { pushAll, maxOf } from '../../../src/util/arrays';

const entry = (over: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id: 'acme/http', name: 'http', repo: 'acme/http', packages: [{ ecosystem: 'npm', name: '@acme/http' }], description: 'HTTP client', keywords: [],
  dependencies: [], owners: [], lifecycle: 'production', kind: 'library', hasContributing: false, links: {}, sources: ['test'], ...over,
});
const catalogOf = (entries: CatalogEntry[]): Catalog => ({ schemaVersion: CATALOG_SCHEMA_VERSION, generatedAt: '2026-01-01T00:00:00Z', entries, replacements: [] });

describe('hostile input to the core', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(nodePath.join(tmpdir(), 'rr-hostile-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('cache decoder', () => {
    it('never lets extras overwrite a decoded field or reach the prototype', () => {
      const encoded = JSON.parse(JSON.stringify(encodeCatalog(catalogOf([entry()])))) as { extras: Record<string, unknown> };
      for (const extra of ['{"__proto__": {"isTrusted": true}}', '{"name": "[x](command:evil)"}', '{"packages": [{"ecosystem": "npm", "name": "--registry=https://evil"}]}', '[1]']) {
        const raw = { ...encoded, extras: { 0: JSON.parse(extra) } };
        assert.throws(() => decodeCatalog(raw), /extras of entry 0/, extra);
      }
      assert.strictEqual(({} as Record<string, unknown>).isTrusted, undefined, 'no prototype was polluted');
    });

    it('refuses numbers that are not non-negative integers and unknown lifecycles; drops invalid package names', () => {
      const good = encodeCatalog(catalogOf([entry()]));
      assert.throws(() => decodeCatalog({ ...good, data: good.data.map((v, i) => (i === 11 ? -1 : v)) }), /not a non-negative integer/);
      assert.throws(() => decodeCatalog({ ...good, count: 1e9 }), /entry count/);
      const badLifecycle = encodeCatalog(catalogOf([entry({ lifecycle: 'pwned' as never })]));
      assert.throws(() => decodeCatalog(badLifecycle), /unknown lifecycle or kind/);
      const hostile = encodeCatalog(catalogOf([entry({ packages: [{ ecosystem: 'pypi', name: 'ok\n--index-url https://evil/' }, { ecosystem: 'npm', name: '@acme/http' }] })]));
      assert.deepStrictEqual(decodeCatalog(hostile).entries[0].packages, [{ ecosystem: 'npm', name: '@acme/http' }]);
    });
  });

  describe('manifest edits check the package name themselves', () => {
    it('refuses names that would inject lines or options', async () => {
      assert.throws(() => addRequirement('requests\n', 'acme\n--index-url https://evil.example/simple'), /Refusing to add .* not a valid pypi package name/);
      assert.throws(() => addPyprojectDependency('[project]\ndependencies = []\n', 'x", "evil @ https://evil/x.whl'), /not a valid pypi package name/);
      assert.throws(() => addMavenDependency('<project></project>', 'com.acme:x</artifactId><scope>system'), /not a valid maven package name/);
      await assert.rejects(planAddDependency({ ecosystem: 'npm', name: '--registry=https://evil' }, [], { readFile: async () => undefined }), /Refusing to add/);
    });
  });

  describe('catalog files', () => {
    it('cuts over-long fields with a warning naming the field, and refuses a huge file with one sentence', () => {
      const text = JSON.stringify({ schemaVersion: 1, entries: [entry({ name: 'n'.repeat(100_000), description: 'd'.repeat(1_000_000), keywords: Array.from({ length: 100_000 }, (_, i) => `k${i}`) })] });
      const { catalog, warnings } = parseCatalogFile(text, 'c.json');
      const [e] = catalog.entries;
      assert.deepStrictEqual([e.name.length, e.description.length, e.keywords.length], [200, 2000, 200]);
      assert.ok(warnings.some((w) => w === 'c.json: acme/http: "description" is 1000000 characters; cut to 2000'), warnings.join('\n'));
      assert.throws(() => parseCatalogFile(' '.repeat(40 * 1024 * 1024), 'big.json'), /^Error: big\.json: the catalog file is 40 MB; Reuse Radar reads catalog files up to 32 MB$/);
    });

    it('does not follow a Location target that is a symlink pointing outside the catalog folder', async () => {
      const root = nodePath.join(dir, 'catalog');
      const outside = nodePath.join(dir, 'outside');
      await mkdir(root, { recursive: true });
      await mkdir(outside, { recursive: true });
      await writeFile(nodePath.join(outside, 'secret.yaml'), 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: secret\nspec:\n  type: library\n');
      await symlink(nodePath.join(outside, 'secret.yaml'), nodePath.join(root, 'team.yaml'));
      await writeFile(nodePath.join(root, 'all.yaml'), 'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  targets:\n    - ./team.yaml\n');
      const read: string[] = [];
      const r = await loadCatalogSources(['catalog/all.yaml'], { readFile: (p) => (read.push(p), readFile(p, 'utf8')), fetch: globalThis.fetch, baseDir: dir });
      assert.deepStrictEqual(read, [nodePath.join(root, 'all.yaml')], 'the linked file was never read');
      assert.ok(r.warnings.some((w) => /Location target \.\/team\.yaml not followed: it links outside the directory of the catalog file given/.test(w)), r.warnings.join('\n'));
    });
  });

  it('.reuse-radar.json that is a symlink is not followed', async () => {
    const repo = nodePath.join(dir, 'repo');
    await mkdir(repo, { recursive: true });
    await writeFile(nodePath.join(dir, 'elsewhere.json'), '{"dismissed":[{"library":"acme/http"}]}');
    await symlink(nodePath.join(dir, 'elsewhere.json'), nodePath.join(repo, '.reuse-radar.json'));
    await assert.rejects(readRepoDismissals(repo), /\.reuse-radar\.json: cannot be read \(it is a symbolic link, which Reuse Radar does not follow for this file\)/);
  });

  it('contribution paths: no .git in any case form, no NUL or control characters', () => {
    for (const bad of ['a/.GIT/hooks/pre-commit', '.git/config', '.Git./hooks/x', 'GIT~1/config', 'a/.git /x', 'a\u0000b', 'a/\u001b[2Jb', 'C:evil', '../x', 'a//b', '/abs', 'a\\b']) {
      assert.strictEqual(isSafeRepoPath(bad), false, JSON.stringify(bad));
    }
    for (const good of ['src/retry.ts', '.github/workflows/ci.yml', 'docs/.gitkeep', 'a/.gitignore']) assert.strictEqual(isSafeRepoPath(good), true, good);
  });

  it('command arguments from outside lose confirm, ui and client', () => {
    const ui = { info: () => undefined };
    assert.deepStrictEqual(fromOutside([{ repo: 'acme/a', files: [{ uri: '/etc/passwd', path: 'x' }], confirm: true, ui, client: {} }, 'acme/a']),
      [{ repo: 'acme/a', files: [{ uri: '/etc/passwd', path: 'x' }] }, 'acme/a']);
  });

  it('createOctokit refuses a token for plain http to another machine', () => {
    assert.throws(() => createOctokit({ token: 't0ken-value', apiUrl: 'http://ghe.example.com/api/v3' }), /only over https/);
    assert.doesNotThrow(() => createOctokit({ apiUrl: 'http://ghe.example.com/api/v3' }), 'anonymous is fine');
  });

  it('SARIF: helpUri only https, help.markdown escaped (no HTML, no command: links)', () => {
    const hostile = entry({ description: '<img src=x onerror=alert(1)> [Run](command:workbench.action.terminal.new) https://evil.example', links: { repo: 'javascript:alert(1)' } });
    const sarif = JSON.parse(formatSarif([{ file: 'a.ts', line: 1, trigger: { kind: 'import', specifier: '@acme/http' }, suggestions: [{ name: 'http', repo: 'acme/http', package: '@acme/http', score: 1, reason: 'internal library', match: 'exact' }] }], { catalog: catalogOf([hostile]) }));
    const [rule] = sarif.runs[0].tool.driver.rules;
    assert.strictEqual(rule.helpUri, 'https://github.com/acme/http', 'the javascript: link is replaced by the repository page');
    const markdown: string = rule.help.markdown;
    const unescaped = markdown.replace(/\\./g, '');
    assert.ok(!/<|\]\(|https?:\/\//.test(unescaped), markdown);
    assert.match(markdown, /\\\[Run\\\]\\\(command:workbench/);
    const http = JSON.parse(formatSarif([{ file: 'a.ts', line: 1, trigger: { kind: 'import', specifier: 'x' }, suggestions: [{ name: 'h', repo: '', package: 'h', score: 1, reason: 'r', match: 'exact' }] }], { catalog: catalogOf([entry({ id: 'h', name: 'h', repo: '', links: { repo: 'http://plain.example/h' } })]) }));
    assert.strictEqual(http.runs[0].tool.driver.rules[0].helpUri, undefined);
  });

  it('arrays far larger than the argument limit are appended and maximised without a stack overflow', () => {
    const huge = Array.from({ length: 2_000_000 }, (_, i) => i);
    assert.throws(() => [].push(...(huge as never[])), RangeError, 'what the spread would do');
    assert.strictEqual(pushAll([-1], huge).length, 2_000_001);
    assert.strictEqual(maxOf(huge), 1_999_999);
  });
});
