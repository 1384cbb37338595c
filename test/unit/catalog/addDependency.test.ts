import assert from 'node:assert/strict';
import path from 'node:path';
import { detectJsPackageManager, installArgv, installCommandText, planAddDependency, rewriteSpecifier, type ProjectDir } from '../../../src/catalog/addDependency';
import { applyManifestEdit } from '../../../src/catalog/manifestEdits';

/** A fake project: file path -> text; directories derived from the paths. */
function project(files: Record<string, string>, fileDir: string): { dirs: ProjectDir[]; readFile: (f: string) => Promise<string | undefined> } {
  const dirs: ProjectDir[] = [];
  for (let dir = fileDir; ; dir = path.dirname(dir)) {
    dirs.push({ path: dir, files: Object.keys(files).filter((f) => path.dirname(f) === dir).map((f) => path.basename(f)) });
    if (dir === '/ws') break;
  }
  return { dirs, readFile: async (f) => files[f] };
}

describe('addDependency', () => {
  it('detects the JS package manager from packageManager, then the nearest lockfile, else npm', () => {
    assert.equal(detectJsPackageManager([{ path: '/a', files: ['package.json'] }, { path: '/', files: ['pnpm-lock.yaml'] }]), 'pnpm');
    assert.equal(detectJsPackageManager([{ path: '/a', files: ['yarn.lock'] }, { path: '/', files: ['pnpm-lock.yaml'] }]), 'yarn');
    assert.equal(detectJsPackageManager([{ path: '/a', files: ['bun.lockb'] }]), 'bun');
    assert.equal(detectJsPackageManager([{ path: '/a', files: ['package-lock.json'] }], '{"packageManager": "yarn@4.1.0"}'), 'yarn');
    assert.equal(detectJsPackageManager([{ path: '/a', files: ['package.json'] }]), 'npm');
  });

  it('builds argv arrays per ecosystem and tool (Windows runs the .cmd shims)', () => {
    assert.deepEqual(installArgv({ ecosystem: 'npm', name: '@acme/retry' }), ['npm', 'install', '@acme/retry']);
    assert.deepEqual(installArgv({ ecosystem: 'npm', name: '@acme/retry' }, 'yarn', 'win32'), ['yarn.cmd', 'add', '@acme/retry']);
    assert.deepEqual(installArgv({ ecosystem: 'pypi', name: 'acme-http' }, 'pip', 'linux'), ['python3', '-m', 'pip', 'install', 'acme-http']);
    assert.deepEqual(installArgv({ ecosystem: 'pypi', name: 'acme-http' }, 'poetry'), ['poetry', 'add', 'acme-http']);
    assert.deepEqual(installArgv({ ecosystem: 'go', name: 'github.com/acme-demo/go-retry' }), ['go', 'get', 'github.com/acme-demo/go-retry']);
    assert.deepEqual(installArgv({ ecosystem: 'nuget', name: 'Acme.Http' }, 'Api.csproj'), ['dotnet', 'add', 'Api.csproj', 'package', 'Acme.Http']);
    assert.throws(() => installArgv({ ecosystem: 'maven', name: 'a:b' }), /editing pom.xml/);
  });

  it('renders what a person would type, or the pom snippet for Maven', () => {
    assert.equal(installCommandText({ ecosystem: 'npm', name: '@acme/http-client' }), 'npm install @acme/http-client');
    assert.equal(installCommandText({ ecosystem: 'npm', name: '@acme/http-client' }, 'pnpm'), 'pnpm add @acme/http-client');
    assert.equal(installCommandText({ ecosystem: 'pypi', name: 'acme-http' }), 'pip install acme-http');
    assert.equal(installCommandText({ ecosystem: 'cargo', name: 'acme-x' }), 'cargo add acme-x');
    assert.equal(installCommandText({ ecosystem: 'npm', name: "bad name'; rm -rf /" }), `npm install 'bad name'\\''; rm -rf /'`);
    assert.equal(installCommandText({ ecosystem: 'maven', name: 'com.acme:acme-json' }), '<dependency>\n  <groupId>com.acme</groupId>\n  <artifactId>acme-json</artifactId>\n</dependency>');
  });

  it('rewrites a drop-in import specifier and its sub-paths only', () => {
    assert.equal(rewriteSpecifier('async-retry', 'async-retry', '@acme/retry'), '@acme/retry');
    assert.equal(rewriteSpecifier('async-retry/lib/x', 'async-retry', '@acme/retry'), '@acme/retry/lib/x');
    assert.equal(rewriteSpecifier('async-retry-extra', 'async-retry', '@acme/retry'), undefined);
  });

  describe('planAddDependency', () => {
    it('runs the monorepo\'s package manager in the nearest package.json directory', async () => {
      const p = project({ '/ws/pnpm-lock.yaml': '', '/ws/package.json': '{}', '/ws/apps/web/package.json': '{"dependencies":{"react":"18"}}' }, '/ws/apps/web/src');
      const plan = await planAddDependency({ ecosystem: 'npm', name: '@acme/retry' }, p.dirs, { readFile: p.readFile, platform: 'linux' });
      assert.deepEqual(plan, { kind: 'run', argv: ['pnpm', 'add', '@acme/retry'], cwd: '/ws/apps/web', summary: 'pnpm add @acme/retry' });
    });

    it('says when the dependency is already there, and when there is no manifest', async () => {
      const p = project({ '/ws/package.json': '{"devDependencies":{"@acme/retry":"1"}}' }, '/ws/src');
      assert.equal((await planAddDependency({ ecosystem: 'npm', name: '@acme/retry' }, p.dirs, { readFile: p.readFile })).kind, 'present');
      const none = await planAddDependency({ ecosystem: 'npm', name: '@acme/retry' }, project({}, '/ws').dirs, { readFile: async () => undefined });
      assert.equal(none.kind, 'none');
      assert.match(none.summary, /No package.json/);
    });

    it('edits pom.xml for Maven', async () => {
      const pom = '<project>\n  <dependencies>\n  </dependencies>\n</project>\n';
      const p = project({ '/ws/svc/pom.xml': pom }, '/ws/svc/src/main/java/com/x');
      const plan = await planAddDependency({ ecosystem: 'maven', name: 'com.acme:acme-json' }, p.dirs, { readFile: p.readFile });
      assert.equal(plan.kind, 'edit');
      assert.ok(plan.kind === 'edit' && plan.file === '/ws/svc/pom.xml');
      assert.ok(plan.kind === 'edit' && applyManifestEdit(pom, plan.edit).includes('<artifactId>acme-json</artifactId>'));
    });

    it('follows how a Python project declares dependencies', async () => {
      const req = project({ '/ws/requirements.txt': 'requests\n' }, '/ws/app');
      const edit = await planAddDependency({ ecosystem: 'pypi', name: 'acme-http' }, req.dirs, { readFile: req.readFile });
      assert.ok(edit.kind === 'edit' && edit.file === '/ws/requirements.txt' && applyManifestEdit('requests\n', edit.edit) === 'requests\nacme-http\n');

      const pep621 = project({ '/ws/pyproject.toml': '[project]\ndependencies = ["httpx"]\n', '/ws/requirements.txt': '' }, '/ws');
      const p2 = await planAddDependency({ ecosystem: 'pypi', name: 'acme-http' }, pep621.dirs, { readFile: pep621.readFile });
      assert.ok(p2.kind === 'edit' && p2.file === '/ws/pyproject.toml');

      const poetry = project({ '/ws/pyproject.toml': '[tool.poetry]\nname = "x"\n' }, '/ws');
      const p3 = await planAddDependency({ ecosystem: 'pypi', name: 'acme-http' }, poetry.dirs, { readFile: poetry.readFile });
      assert.ok(p3.kind === 'run' && p3.argv.join(' ') === 'poetry add acme-http');

      const uv = project({ '/ws/pyproject.toml': '[project]\nname = "x"\n', '/ws/uv.lock': '' }, '/ws');
      const p4 = await planAddDependency({ ecosystem: 'pypi', name: 'acme-http' }, uv.dirs, { readFile: uv.readFile });
      assert.ok(p4.kind === 'run' && p4.argv.join(' ') === 'uv add acme-http');

      const bare = project({}, '/ws/scripts');
      const p5 = await planAddDependency({ ecosystem: 'pypi', name: 'acme-http' }, bare.dirs, { readFile: bare.readFile, platform: 'linux' });
      assert.ok(p5.kind === 'run' && p5.cwd === '/ws' && p5.argv.join(' ') === 'python3 -m pip install acme-http');

      const listed = project({ '/ws/requirements.txt': 'ACME_http==1\n' }, '/ws');
      assert.equal((await planAddDependency({ ecosystem: 'pypi', name: 'acme-http' }, listed.dirs, { readFile: listed.readFile })).kind, 'present');
    });

    it('runs go get in the module, and knows a required module', async () => {
      const p = project({ '/ws/go.mod': 'module x\n\nrequire (\n\tgithub.com/acme-demo/go-retry v1.2.0\n)\n' }, '/ws/cmd');
      assert.equal((await planAddDependency({ ecosystem: 'go', name: 'github.com/acme-demo/go-retry' }, p.dirs, { readFile: p.readFile })).kind, 'present');
      const plan = await planAddDependency({ ecosystem: 'go', name: 'github.com/acme-demo/go-config' }, p.dirs, { readFile: p.readFile });
      assert.deepEqual(plan.kind === 'run' && [plan.argv, plan.cwd], [['go', 'get', 'github.com/acme-demo/go-config'], '/ws']);
    });
  });
});
