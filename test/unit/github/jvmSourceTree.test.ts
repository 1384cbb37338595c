import assert from 'node:assert/strict';
import { startGitHubStandIn, type GitHubStandIn } from '../../support/githubStandIn';
import { createOctokit } from '../../../src/github/octokit';
import { crawlOrgs } from '../../../src/github/crawlOrg';
import { refreshCatalog } from '../../../src/github/catalogRefresh';
import { jvmPackageRoots, type SourceTreeNode } from '../../../src/github/jvmSourceTree';
import { Matcher } from '../../../src/matching/matcher';
import { TOKEN } from './fixtureOrg';

/** Paths → the nested tree the crawl query returns, cut at `depth` levels like the real query. */
function treeOf(paths: string[], depth = 4): SourceTreeNode {
  const build = (files: string[][], level: number): SourceTreeNode => {
    const names = [...new Set(files.map((f) => f[0]))];
    return {
      entries: names.map((name) => {
        const below = files.filter((f) => f[0] === name && f.length > 1).map((f) => f.slice(1));
        if (below.length === 0) return { name, type: 'blob' };
        return level < depth ? { name, type: 'tree', object: build(below, level + 1) } : { name, type: 'tree' };
      }),
    };
  };
  return build(paths.map((p) => p.split('/')), 1);
}

const pom = (group: string, artifact: string) =>
  `<project><modelVersion>4.0.0</modelVersion><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>1.0.0</version></project>`;

describe('jvmPackageRoots', () => {
  it('stops at the first directories holding sources', () => {
    assert.deepEqual(jvmPackageRoots([treeOf(['com/acme/http/Client.java', 'com/acme/http/internal/Pool.java'])]), ['com.acme.http']);
  });

  it('splits where directories branch without sources, and reads Kotlin too', () => {
    assert.deepEqual(jvmPackageRoots([
      treeOf(['com/acme/http/client/Client.java', 'com/acme/http/server/Server.java']),
      treeOf(['com/acme/http/ktx/Extensions.kt']),
    ]), ['com.acme.http.client', 'com.acme.http.ktx', 'com.acme.http.server']);
  });

  it('takes the deepest directory read when sources lie deeper than the query reaches', () => {
    assert.deepEqual(jvmPackageRoots([treeOf(['com/acme/platform/metrics/core/Registry.java'])]), ['com.acme.platform.metrics']);
  });

  it('ignores one-segment roots, flat Kotlin layouts, non-package directories and missing trees', () => {
    assert.deepEqual(jvmPackageRoots([treeOf(['com/Main.java'])]), []);
    assert.deepEqual(jvmPackageRoots([treeOf(['Main.kt', 'com/acme/x/Y.kt'])]), []);
    assert.deepEqual(jvmPackageRoots([treeOf(['META-INF/x/y/Z.java', 'com/acme/ok/A.java']), null, undefined, {}]), ['com.acme.ok']);
  });

  it('folds many roots into their parents', () => {
    const paths = Array.from({ length: 30 }, (_, i) => `com/acme/big/p${i}/A.java`);
    assert.deepEqual(jvmPackageRoots([treeOf([...paths, 'com/acme/small/B.java'])]), ['com.acme.big', 'com.acme.small']);
  });
});

describe('crawl: Java/Kotlin package roots from the stand-in', () => {
  let gh: GitHubStandIn;
  before(async () => {
    gh = await startGitHubStandIn();
    gh.state.addToken(TOKEN, 'alice');
    gh.state.addOrg('acme');
    const add = (name: string, files: Record<string, string>) => gh.state.addRepo({ owner: 'acme', name, files, language: 'Java' });
    add('java-http', {
      'pom.xml': pom('com.acme', 'acme-http-client'),
      'src/main/java/com/acme/http/Client.java': 'package com.acme.http;\nclass Client {}\n',
      'src/main/java/com/acme/http/internal/Pool.java': 'package com.acme.http.internal;\nclass Pool {}\n',
      'src/main/resources/app.properties': 'a=b\n',
    });
    add('kotlin-metrics', {
      'pom.xml': pom('com.acme', 'metrics'),
      'src/main/kotlin/com/acme/platform/metrics/core/Registry.kt': 'package com.acme.platform.metrics.core\n',
    });
    add('payments', { 'pom.xml': pom('com.acme.payments', 'payments-sdk') });
    add('shared-group', { 'pom.xml': pom('com.acme', 'toolbox') });
  });
  after(() => gh.close());

  it('reads the source layout in the same single request and records the roots on snapshots and entries', async () => {
    const octokit = createOctokit({ token: TOKEN, apiUrl: gh.url, msPerSecond: 1, minWriteIntervalMs: 0 });
    const before = gh.requests.length;
    const crawl = await crawlOrgs(octokit, { orgs: ['acme'], apiUrl: gh.url, pageSize: 10 });
    assert.equal(gh.requests.length - before, 1, 'one GraphQL page, no extra requests for trees');
    const byName = new Map(crawl.snapshots.map((s) => [s.name, s]));
    assert.deepEqual(byName.get('java-http')!.jvmPackages, ['com.acme.http']);
    assert.deepEqual(byName.get('kotlin-metrics')!.jvmPackages, ['com.acme.platform.metrics']);
    assert.equal(byName.get('payments')!.jvmPackages, undefined);

    const result = await refreshCatalog(undefined, {
      orgs: ['acme'], apiUrl: gh.url, octokit, catalogFiles: [], fetch: globalThis.fetch, readFile: async () => '', baseDir: '/', pageSize: 10, retryBaseMs: 1,
    });
    const entry = (name: string) => result.catalog.entries.find((e) => e.name === name)!;
    assert.deepEqual(entry('java-http').jvmPackages, ['com.acme.http']);
    assert.deepEqual(entry('payments').jvmPackages, ['com.acme.payments'], 'a specific groupId stands in for missing sources');
    assert.equal(entry('shared-group').jvmPackages, undefined, 'an org-wide groupId is no package root');

    const m = new Matcher(result.catalog);
    const java = (specifier: string) => m.match({ kind: 'import', specifier, importKind: 'package', ecosystem: 'maven', language: 'java' });
    assert.deepEqual(java('com.acme.http.internal.Pool').map((s) => [s.entry.name, s.match]), [['java-http', 'exact']]);
    assert.deepEqual(java('com.acme.platform.metrics.core.Registry').map((s) => [s.entry.name, s.match]), [['kotlin-metrics', 'exact']]);
    assert.deepEqual(java('com.acme.payments.Charge').map((s) => [s.entry.name, s.match]), [['payments', 'exact']]);
  });
});
