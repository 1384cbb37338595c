import assert from 'node:assert/strict';
import type { CatalogEntry } from '../../../src/catalog/model';
import { escapeHtml, parseDetailsMessage, renderLibraryDetailsHtml, renderReadme } from '../../../src/views/libraryDetailsHtml';

const OPTIONS = { cspSource: 'https://file+.vscode-resource.test', nonce: 'N0nce123', scriptUri: 'https://res.test/details.js', styleUri: 'https://res.test/details.css', now: new Date('2026-11-26T00:00:00Z') };

function hostile(): CatalogEntry {
  return {
    id: 'evil/lib', name: 'lib"><script>alert(1)</script>', repo: 'evil/lib', host: 'github.com',
    packages: [{ ecosystem: 'npm', name: '@evil/lib"onmouseover="x' }, { ecosystem: 'maven', name: 'com.evil:lib' }],
    description: '<img src=x onerror=alert(1)> **bold**', keywords: ["it's"], dependencies: [], owners: ['@evil/<b>team</b>'],
    lifecycle: 'deprecated', replacement: '<i>other</i>', kind: 'library', stars: 3, openIssues: 1, lastPush: '2026-11-20T00:00:00Z',
    hasContributing: true, usedBy: ['a/b', 'a/c"'],
    links: { repo: 'https://github.com/evil/lib', docs: 'javascript:alert(1)', issues: 'https://github.com/evil/lib/issues?q="x"', contributing: 'data:text/html,<script>x</script>' },
    sources: ['test'], defaultBranch: 'main',
    readme: '# Title\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1)) [rel](docs/guide.md) [abs](https://example.com/x) [anchor](#usage)\n\n![img](logo.png) ![evil](javascript:alert(1)) ![http](http://insecure.test/a.png)\n\n<img src=x onerror=alert(1)>',
  };
}

describe('renderLibraryDetailsHtml', () => {
  const html = renderLibraryDetailsHtml(hostile(), OPTIONS);

  it('has a strict CSP with the nonce, and exactly one script: the nonce\'d one', () => {
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${OPTIONS.cspSource}; script-src 'nonce-N0nce123'; img-src ${OPTIONS.cspSource} https://github.com https://raw.githubusercontent.com;">`.replace(/'/g, '&#39;')), html.slice(0, 400));
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script nonce="N0nce123" src="https://res.test/details.js">']);
  });

  it('escapes catalog text in content and attributes', () => {
    assert.ok(!/<img\b/.test(html.replace(/<img src="https:\/\/github.com\/evil\/lib\/raw\/main\/logo.png" alt="img">/, '')), 'no live <img> except the resolved README image');
    assert.ok(html.includes('<p class="description">&lt;img src=x onerror=alert(1)&gt; **bold**</p>'));
    assert.ok(html.includes('lib&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('@evil/&lt;b&gt;team&lt;/b&gt;'));
    assert.ok(html.includes('npm install &#39;@evil/lib&quot;onmouseover=&quot;x&#39;'), 'install command escaped');
    assert.ok(html.includes('title="a/b, a/c&quot;"'), 'quotes in attributes escaped');
    assert.ok(html.includes('it&#39;s'));
    assert.ok(html.includes('use &lt;i&gt;other&lt;/i&gt; instead'));
  });

  it('links only http(s) targets', () => {
    assert.ok(!/href="(javascript|data):/i.test(html), 'no javascript:/data: href');
    assert.ok(!html.includes('>Documentation<'), 'a javascript: docs link is dropped');
    assert.ok(!html.includes('>Contributing guide<'), 'a data: contributing link is dropped');
    assert.ok(html.includes('<a href="https://github.com/evil/lib">Repository</a>'));
    assert.ok(html.includes('href="https://github.com/evil/lib/issues?q=%22x%22"'));
  });

  it('shows facts, install commands with copy buttons and the actions', () => {
    assert.ok(html.includes('<dt>Stars</dt><dd>3</dd>'));
    assert.ok(html.includes('<dt>Last push</dt><dd><time datetime="2026-11-20T00:00:00Z">6 days ago</time></dd>'));
    assert.ok(html.includes('used by 2 internal repos'));
    assert.ok(html.includes('data-action="copyInstall" data-index="1"'));
    assert.ok(html.includes('&lt;groupId&gt;com.evil&lt;/groupId&gt;'));
    for (const action of ['addToProject', 'contribute', 'openRepository']) assert.ok(html.includes(`data-action="${action}"`), action);
    assert.ok(html.includes('This library is deprecated'));
  });

  it('omits Open Repository without an http(s) repository link', () => {
    const entry = { ...hostile(), links: { repo: 'javascript:alert(1)' } };
    assert.ok(!renderLibraryDetailsHtml(entry, OPTIONS).includes('data-action="openRepository"'));
  });
});

describe('renderReadme', () => {
  const out = renderReadme(hostile().readme!, 'https://github.com/evil/lib', 'main');
  it('shows raw HTML as text', () => {
    assert.ok(out.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!out.includes('<script'));
    assert.ok(out.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });
  it('keeps http(s) links, resolves relative ones against the repository and drops the rest', () => {
    assert.ok(!/javascript:/i.test(out.replace(/\[bad\]\(javascript:alert\(1\)\)|!\[evil\]\(javascript:alert\(1\)\)/g, '')), out);
    assert.ok(!/href="javascript/i.test(out) && !/src="javascript/i.test(out));
    assert.ok(out.includes('<a href="https://github.com/evil/lib/blob/main/docs/guide.md">rel</a>'));
    assert.ok(out.includes('<a href="https://example.com/x">abs</a>'));
    assert.ok(out.includes('<a>anchor</a>'));
    assert.ok(out.includes('<img src="https://github.com/evil/lib/raw/main/logo.png" alt="img">'));
    assert.ok(!out.includes('insecure.test/a.png"'), 'http images are dropped (CSP allows https only)');
  });
  it('loads images only from the repository\'s own host; others become links opened on a click', () => {
    const html = renderReadme('![track](https://tracker.example/pixel.png?who=me) ![logo](https://raw.githubusercontent.com/evil/lib/main/l.png)', 'https://github.com/evil/lib');
    assert.ok(!/<img[^>]*tracker\.example/.test(html), html);
    assert.ok(html.includes('<a href="https://tracker.example/pixel.png?who=me" title="Image from another host: click to open it">[image: track]</a>'), html);
    assert.ok(html.includes('<img src="https://raw.githubusercontent.com/evil/lib/main/l.png" alt="logo">'), html);
    assert.ok(!renderReadme('![x](https://ghe.acme.dev/a.png)', undefined).includes('<img'), 'no repository: no image host');
  });
  it('drops relative links when the repository is unknown', () => {
    assert.equal(renderReadme('[x](a.md)', undefined), '<p><a>x</a></p>\n');
  });
});

describe('details helpers', () => {
  it('escapes the five HTML specials', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('accepts only known messages from the webview', () => {
    assert.deepEqual(parseDetailsMessage({ type: 'copyInstall', index: 1 }), { type: 'copyInstall', index: 1 });
    assert.deepEqual(parseDetailsMessage({ type: 'contribute', libraryId: 'other' }), { type: 'contribute' });
    assert.equal(parseDetailsMessage({ type: 'runCommand', command: 'workbench.action.terminal.new' }), undefined);
    assert.equal(parseDetailsMessage({ type: 'copyInstall', index: -1 }), undefined);
    assert.equal(parseDetailsMessage('addToProject'), undefined);
  });
});
