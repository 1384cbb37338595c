import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('Extension package', () => {
  it('the manifest has the contract fields', () => {
    assert.strictEqual(manifest.name, 'reuse-radar');
    assert.strictEqual(manifest.displayName, 'Reuse Radar');
    assert.strictEqual(manifest.main, './dist/extension.js');
    assert.deepStrictEqual(manifest.bin, { 'reuse-radar': './dist/cli.js' });
    assert.match(manifest.engines.vscode, /^\^1\.(9\d|1\d\d)\./);
    assert.ok(manifest.scripts.cli && manifest.scripts.demo && manifest.scripts.package && manifest.scripts.bench);
    assert.ok(!(manifest.activationEvents ?? []).some((e: string) => e.startsWith('onView:') || e.startsWith('onCommand:')), 'no hand-written onView/onCommand events');
  });

  it('every command has the "Reuse Radar" category, a title and a codicon; settings have markdownDescription', () => {
    for (const c of manifest.contributes.commands) {
      assert.strictEqual(c.category, 'Reuse Radar', c.command);
      assert.ok(c.title, c.command);
      assert.match(c.icon ?? '', /^\$\([a-z-]+\)$/, `${c.command} icon`);
      assert.match(c.command, /^reuseRadar\./);
    }
    const sections = manifest.contributes.configuration as { properties: Record<string, { markdownDescription?: string }> }[];
    for (const section of sections) {
      for (const [key, value] of Object.entries(section.properties)) {
        assert.match(key, /^reuseRadar\./);
        assert.ok(value.markdownDescription, `${key} has a markdownDescription`);
      }
    }
  });

  it('the activity-bar icon exists in media/ and the .vsix would hold only the bundles, media, README, CHANGELOG and LICENSE', function () {
    this.timeout(60_000);
    const container = manifest.contributes.viewsContainers.activitybar[0];
    assert.ok(fs.existsSync(path.join(root, container.icon)), container.icon);
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], { cwd: root });
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .split('\n').map((l) => l.trim()).filter(Boolean).sort();
    const allowed = /^(dist\/(extension|cli)\.js|media\/.+|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/;
    const unexpected = listed.filter((f) => !allowed.test(f));
    assert.deepStrictEqual(unexpected, [], `unexpected files in the package: ${unexpected.join(', ')}`);
    for (const required of ['dist/extension.js', 'dist/cli.js', 'README.md', 'CHANGELOG.md', 'LICENSE', 'media/radar.svg']) {
      assert.ok(listed.includes(required), `${required} is packaged`);
    }
  });
});
