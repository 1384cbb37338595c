import * as assert from 'node:assert';
import type { CatalogEntry } from '../../../src/catalog/model';
import { entryForRemotes, forkRemoteName, freeBranchName, parseRemoteUrl, remoteIsRepo, sameFormUrl } from '../../../src/github/gitRemote';

function entry(repo: string, host?: string): CatalogEntry {
  return {
    id: repo.toLowerCase(), name: repo.split('/')[1], repo, host, packages: [], description: '', keywords: [], dependencies: [], owners: [],
    lifecycle: 'production', kind: 'library', hasContributing: false, links: {}, sources: ['test'],
  };
}

describe('git remotes', () => {
  describe('parseRemoteUrl', () => {
    const table: [string, ReturnType<typeof parseRemoteUrl>][] = [
      ['https://github.com/acme/http-client.git', { host: 'github.com', owner: 'acme', name: 'http-client', ssh: false }],
      ['https://github.com/acme/http-client', { host: 'github.com', owner: 'acme', name: 'http-client', ssh: false }],
      ['https://github.com/acme/http-client/', { host: 'github.com', owner: 'acme', name: 'http-client', ssh: false }],
      ['https://x-access-token:ghp_secret@GitHub.com/Acme/UI.git', { host: 'github.com', owner: 'Acme', name: 'UI', ssh: false }],
      ['http://127.0.0.1:41234/acme/lib.git', { host: '127.0.0.1:41234', owner: 'acme', name: 'lib', ssh: false }],
      ['https://ghe.example.com:8443/team/lib.js.git', { host: 'ghe.example.com:8443', owner: 'team', name: 'lib.js', ssh: false }],
      ['git@github.com:acme/ui.git', { host: 'github.com', owner: 'acme', name: 'ui', ssh: true }],
      ['git@ghe.example.com:acme/ui', { host: 'ghe.example.com', owner: 'acme', name: 'ui', ssh: true }],
      ['ghe.example.com:acme/ui.git', { host: 'ghe.example.com', owner: 'acme', name: 'ui', ssh: true }],
      ['ssh://git@ghe.example.com:2222/acme/ui.git', { host: 'ghe.example.com', owner: 'acme', name: 'ui', ssh: true }],
      ['ssh://git@ssh.github.com:443/acme/ui.git', { host: 'github.com', owner: 'acme', name: 'ui', ssh: true }],
      ['git://github.com/acme/ui.git', { host: 'github.com', owner: 'acme', name: 'ui', ssh: true }],
      ['git+https://github.com/acme/ui.git', { host: 'github.com', owner: 'acme', name: 'ui', ssh: false }],
    ];
    for (const [url, expected] of table) {
      it(url, () => assert.deepStrictEqual(parseRemoteUrl(url), expected));
    }
    for (const url of ['/srv/git/acme/ui.git', 'C:\\repos\\ui', 'C:/repos/ui', 'file:///srv/git/acme/ui.git', 'https://github.com/acme', 'https://github.com/acme/ui/tree/main', '', 'not a url', 'ftp://github.com/acme/ui']) {
      it(`rejects ${JSON.stringify(url)}`, () => assert.strictEqual(parseRemoteUrl(url), undefined));
    }
  });

  it('remoteIsRepo compares names case-insensitively, ssh hosts without ports, https hosts with them', () => {
    assert.ok(remoteIsRepo(parseRemoteUrl('git@github.com:acme/ui.git')!, 'Acme/UI', 'github.com'));
    assert.ok(remoteIsRepo(parseRemoteUrl('ssh://git@ghe.example.com:2222/acme/ui.git')!, 'acme/ui', 'ghe.example.com:8443'));
    assert.ok(!remoteIsRepo(parseRemoteUrl('https://ghe.example.com/acme/ui.git')!, 'acme/ui', 'ghe.example.com:8443'));
    assert.ok(!remoteIsRepo(parseRemoteUrl('https://github.com/acme/ui.git')!, 'acme/ui', 'ghe.example.com'));
    assert.ok(!remoteIsRepo(parseRemoteUrl('https://github.com/acme/ui-fork.git')!, 'acme/ui', 'github.com'));
  });

  describe('entryForRemotes', () => {
    const entries = [entry('acme/ui', 'ghe.example.com'), entry('acme/http-client')];
    it('matches origin first and ignores a remote merely called upstream', () => {
      const remotes = [
        { name: 'upstream', fetchUrl: 'git@ghe.example.com:acme/ui.git' },
        { name: 'origin', fetchUrl: 'https://github.com/acme/http-client.git' },
      ];
      const found = entryForRemotes(remotes, entries, 'github.com');
      assert.strictEqual(found?.entry.repo, 'acme/http-client');
      assert.strictEqual(found?.remote.name, 'origin');
    });
    it('entries without a host live on the default host', () => {
      assert.strictEqual(entryForRemotes([{ name: 'origin', fetchUrl: 'https://ghe.example.com/acme/http-client' }], entries, 'github.com'), undefined);
      assert.strictEqual(entryForRemotes([{ name: 'origin', fetchUrl: 'https://ghe.example.com/acme/http-client' }], entries, 'ghe.example.com')?.entry.repo, 'acme/http-client');
    });
    it('uses the push URL when the fetch URL is a mirror', () => {
      const found = entryForRemotes([{ name: 'mine', fetchUrl: '/mirror/ui.git', pushUrl: 'git@ghe.example.com:acme/ui.git' }], entries, 'github.com');
      assert.strictEqual(found?.entry.repo, 'acme/ui');
    });
    it('no match → undefined', () => {
      assert.strictEqual(entryForRemotes([{ name: 'origin', fetchUrl: 'https://github.com/someone/else.git' }], entries, 'github.com'), undefined);
      assert.strictEqual(entryForRemotes([], entries, 'github.com'), undefined);
    });
  });

  it('sameFormUrl keeps the URL form and drops credentials', () => {
    assert.strictEqual(sameFormUrl('git@github.com:acme/ui.git', 'ann/ui'), 'git@github.com:ann/ui.git');
    assert.strictEqual(sameFormUrl('https://github.com/acme/ui', 'ann/ui-fork'), 'https://github.com/ann/ui-fork.git');
    assert.strictEqual(sameFormUrl('https://u:secret@ghe.example.com:8443/acme/ui.git', 'ann/ui'), 'https://ghe.example.com:8443/ann/ui.git');
    assert.strictEqual(sameFormUrl('ssh://git@ghe.example.com:2222/acme/ui.git', 'ann/ui'), 'ssh://git@ghe.example.com:2222/ann/ui.git');
    assert.strictEqual(sameFormUrl('/srv/git/ui.git', 'ann/ui'), undefined);
  });

  it('freeBranchName slugs the title and skips taken names', () => {
    assert.strictEqual(freeBranchName('Fix: retry on 502 (HTTP client)', new Set()), 'reuse-radar/fix-retry-on-502-http-client');
    assert.strictEqual(freeBranchName('Add retry', new Set(['reuse-radar/add-retry'])), 'reuse-radar/add-retry-2');
    assert.strictEqual(freeBranchName('Add retry', new Set(['reuse-radar/add-retry', 'reuse-radar/add-retry-2'])), 'reuse-radar/add-retry-3');
    assert.strictEqual(freeBranchName('   ', new Set()), 'reuse-radar/contribution');
    const all = new Set(['reuse-radar/x', ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `reuse-radar/x-${n}`)]);
    const last = freeBranchName('x', all);
    assert.ok(last.startsWith('reuse-radar/x-') && !all.has(last), last);
  });

  it('forkRemoteName avoids existing remotes', () => {
    assert.strictEqual(forkRemoteName('ann', ['origin']), 'ann');
    assert.strictEqual(forkRemoteName('ann', ['origin', 'ann']), 'ann-fork');
    assert.strictEqual(forkRemoteName('ann', ['ann', 'ann-fork', 'fork', 'fork-2']), 'fork-3');
  });
});
