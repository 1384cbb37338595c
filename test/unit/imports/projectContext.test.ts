import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeProjectContext, detectProjectContext } from '../../../src/imports/projectContext';
import { readPythonDistributions } from '../../../src/imports/pythonDistributions';

describe('detectProjectContext / readPythonDistributions', () => {
  let root: string;
  const write = (rel: string, content = '') => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'ctx-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads every manifest kind', async () => {
    write('package.json', JSON.stringify({ name: '@acme/web' }));
    write('go.mod', '// comment\nmodule github.com/acme/svc\n\ngo 1.22\n');
    write('pyproject.toml', '[project]\nname = "acme-orders"\n');
    write('src/orders/__init__.py');
    write('tests/__init__.py');
    write('src/main/java/com/acme/orders/api/Order.java', 'package com.acme.orders.api;');
    write('src/main/java/com/acme/orders/Main.java', 'package com.acme.orders;');
    write('src/main/kotlin/org/acme/tools/Tool.kt', 'package org.acme.tools');
    write('Cargo.toml', '[package]\nname = "order-service"\nversion = "0.1.0"\n');
    write('src/main.rs', 'mod config;\npub(crate) mod db {\n}\n// mod no;\nfn main() {}\n');
    write('src/cli.py', 'import orders\n');
    write('setup.py', '');
    write('Api/Acme.Api.csproj', '<Project><PropertyGroup><RootNamespace>Acme.Orders.Api</RootNamespace></PropertyGroup></Project>');
    write('Tool.csproj', '<Project></Project>');
    write('.venv/lib/python3.11/site-packages/PyYAML-6.0.1.dist-info/METADATA', 'Metadata-Version: 2.1\nName: PyYAML\nVersion: 6.0.1\n');
    write('.venv/lib/python3.11/site-packages/PyYAML-6.0.1.dist-info/top_level.txt', '_yaml\nyaml\n');
    write('.venv/lib/python3.11/site-packages/scikit_learn-1.4.0.dist-info/RECORD',
      'sklearn/__init__.py,sha256=x,10\nsklearn/base.py,,\nscikit_learn-1.4.0.dist-info/METADATA,,\nsix.py,,\n../../bin/tool,,\n');
    const { checkoutNames, ...ctx } = await detectProjectContext(root);
    assert.deepEqual(checkoutNames, [path.basename(root).toLowerCase()], 'no git remote: known by its folder name');
    assert.deepEqual(ctx, {
      packages: [
        { ecosystem: 'npm', name: '@acme/web' }, { ecosystem: 'pypi', name: 'acme-orders' },
        { ecosystem: 'go', name: 'github.com/acme/svc' }, { ecosystem: 'cargo', name: 'order-service' },
      ],
      npmName: '@acme/web',
      goModule: 'github.com/acme/svc',
      pythonPackages: ['cli', 'orders'],
      javaPackageRoots: ['com.acme.orders', 'org.acme.tools'],
      crateName: 'order-service',
      rustModules: ['config', 'db'],
      dotnetNamespaces: ['Tool', 'Acme.Orders.Api'],
      pythonDistributions: { _yaml: 'PyYAML', yaml: 'PyYAML', sklearn: 'scikit_learn', six: 'scikit_learn' },
    });
  });

  it('falls back to the pyproject name when there is no package dir, and skips malformed manifests', async () => {
    write('pyproject.toml', '[project]\nname = "Acme-Tools"\n');
    write('package.json', '{ not json');
    write('Cargo.toml', '[package\nname = ');
    assert.deepEqual(await detectProjectContext(root), { packages: [{ ecosystem: 'pypi', name: 'acme-tools' }], pythonPackages: ['acme_tools'], checkoutNames: [path.basename(root).toLowerCase()] });
  });

  it('knows its git remotes (origin and a fork), from a checkout or a worktree, without running git', async () => {
    write('.git/config', '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:Acme/ui-kit.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[remote "mine"]\n\turl = https://github.com/me/ui-kit\n[branch "main"]\n\tremote = origin\n');
    write('packages/button/package.json', JSON.stringify({ name: '@acme/button' }));
    const ctx = await detectProjectContext(path.join(root, 'packages/button'));
    assert.deepEqual(ctx.repositories, ['acme/ui-kit', 'me/ui-kit']);
    assert.deepEqual(ctx.packages, [{ ecosystem: 'npm', name: '@acme/button' }]);
    write('wt/.git', `gitdir: ${path.join(root, '.git/worktrees/wt')}\n`);
    write('.git/worktrees/wt/commondir', '../..\n');
    assert.deepEqual((await detectProjectContext(path.join(root, 'wt'))).repositories, ['acme/ui-kit', 'me/ui-kit']);
  });

  it('returns an empty context for an empty or missing dir', async () => {
    assert.deepEqual(await detectProjectContext(root), { checkoutNames: [path.basename(root).toLowerCase()] });
    assert.deepEqual(await detectProjectContext(path.join(root, 'nope')), { checkoutNames: ['nope'] });
    assert.deepEqual(await readPythonDistributions(path.join(root, 'nope')), {});
  });

  it('reads a site-packages dir directly', async () => {
    write('site/requests-2.31.0.dist-info/top_level.txt', 'requests\n');
    assert.deepEqual(await readPythonDistributions(path.join(root, 'site')), { requests: 'requests' });
  });
});

describe('describeProjectContext (the log line of a project\'s context)', () => {
  it('names each part the manifests gave, or says there is no manifest', () => {
    assert.equal(describeProjectContext({ npmName: '@acme/web', goModule: 'github.com/acme/web', pythonPackages: ['web', 'api'], crateName: 'web' }),
      'npm @acme/web; go module github.com/acme/web; python packages web, api; crate web');
    assert.equal(describeProjectContext({ pythonPackages: [] }), 'no manifest');
  });
});
