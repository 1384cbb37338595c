import * as assert from 'node:assert/strict';
import { ManifestError, parsePyprojectToml, parseRequirementsTxt, parseSetupCfg, parseSetupPy } from '../../../src/catalog/manifests/index';
import { pythonModulesFromLayout } from '../../../src/catalog/manifests/pythonLayout';

describe('parseSetupPy (read, never run)', () => {
  it('follows module-level constants, adjacent literals, tuples and **dict(...) spreads', () => {
    const info = parseSetupPy(`
import setuptools
NAME = "Acme_Auth"
REQUIRES = [
    "requests>=2.31",  # HTTP
    'PyJWT[crypto] ; python_version >= "3.8"',
]
META = dict(description="Auth " "helpers", keywords="auth, jwt")
setuptools.setup(name=NAME, install_requires=REQUIRES, packages=("acme_auth", "acme_auth.jwt"), py_modules=["acme_cli"], **META)
`, 'setup.py');
    assert.deepEqual(info.packages, [{ ecosystem: 'pypi', name: 'acme-auth' }]);
    assert.deepEqual(info.dependencies.map((d) => d.name), ['requests', 'pyjwt']);
    assert.equal(info.description, 'Auth helpers');
    assert.deepEqual(info.keywords, ['auth', 'jwt']);
    assert.deepEqual(info.pythonModules, ['acme_auth', 'acme_cli']);
  });

  it('reads nothing it would have to execute: calls, f-strings, subscripts and later reassignment', () => {
    const info = parseSetupPy(`
from setuptools import setup
import versioneer
name = "acme-x"
name = compute()
setup(name=name, description=f"{x}", install_requires=open("requirements.txt").read().splitlines(), url=about["url"])
`, 'setup.py');
    assert.deepEqual(info.packages, []);
    assert.equal(info.description, undefined);
    assert.deepEqual(info.dependencies, []);
    assert.deepEqual(info.links, {});
  });

  it('ignores a def setup() and says so when there is no setup call at all', () => {
    assert.throws(() => parseSetupPy('def setup(app):\n    pass\n', 'setup.py'), (e: Error) => e instanceof ManifestError && /no setup\(\.\.\.\) call/.test(e.message));
    const info = parseSetupPy('def setup():\n    pass\n\nsetup(name="acme-y")\n', 'setup.py');
    assert.deepEqual(info.packages, [{ ecosystem: 'pypi', name: 'acme-y' }]);
  });
});

describe('declared Python import roots', () => {
  it('setup.cfg [options] packages / py_modules, find: excludes', () => {
    const info = parseSetupCfg('[metadata]\nname = acme-z\n[options]\npackages = find:\npy_modules = acme_z_cli\n[options.packages.find]\nexclude =\n  tests\n  tests.*\n', 'setup.cfg');
    assert.deepEqual(info.pythonModules, ['acme_z_cli']);
    assert.deepEqual(info.pythonExcludes, ['tests']);
  });

  it('pyproject: setuptools packages, Poetry packages include, Hatch wheel packages, Flit module', () => {
    assert.deepEqual(parsePyprojectToml('[project]\nname="a"\n[tool.setuptools]\npackages=["acme_a", "acme_a.sub"]\n', 'pyproject.toml').pythonModules, ['acme_a']);
    assert.deepEqual(parsePyprojectToml('[tool.poetry]\nname="acme-b"\npackages=[{include="acme_b", from="src"}, {include="*.py"}]\n', 'pyproject.toml').pythonModules, ['acme_b']);
    assert.deepEqual(parsePyprojectToml('[project]\nname="c"\n[tool.hatch.build.targets.wheel]\npackages=["src/acme_c"]\n', 'pyproject.toml').pythonModules, ['acme_c']);
    assert.deepEqual(parsePyprojectToml('[project]\nname="acme-d"\n[tool.flit.module]\nname="acme_d"\n', 'pyproject.toml').pythonModules, ['acme_d']);
    assert.equal(parsePyprojectToml('[project]\nname="e"\n[tool.setuptools.packages.find]\nwhere=["src"]\n', 'pyproject.toml').pythonModules, undefined);
  });

  it('the layout: top-level and src/ packages with __init__.py, src modules and namespace packages, never tests or docs', () => {
    const tree: Record<string, { name: string; type: string }[]> = {
      '': [{ name: 'acme_top', type: 'tree' }, { name: 'tests', type: 'tree' }, { name: 'docs', type: 'tree' }, { name: 'scripts_only', type: 'tree' }, { name: 'src', type: 'tree' }],
      acme_top: [{ name: '__init__.py', type: 'blob' }],
      tests: [{ name: '__init__.py', type: 'blob' }],
      docs: [{ name: '__init__.py', type: 'blob' }],
      scripts_only: [{ name: 'run.py', type: 'blob' }],
      src: [{ name: 'acme_src', type: 'tree' }, { name: 'acme_single.py', type: 'blob' }, { name: 'acmens', type: 'tree' }],
      'src/acme_src': [{ name: '__init__.py', type: 'blob' }],
      'src/acmens': [{ name: 'auth', type: 'tree' }],
    };
    assert.deepEqual(pythonModulesFromLayout((f) => tree[f]), ['acme_single', 'acme_src', 'acme_top', 'acmens.auth']);
  });
});

describe('parseRequirementsTxt', () => {
  it('reads requirement lines, egg fragments and PEP 508 URLs; skips options, includes and paths; publishes nothing', () => {
    const info = parseRequirementsTxt('# pinned\nDjango==4.2.7  # web\n-r base.txt\n--index-url https://pypi.example/simple\n-e .\n./local/pkg\ngit+https://github.com/acme/auth.git@v1#egg=acme_auth\nrequests[socks] @ https://x/r.whl\n\n', 'requirements.txt');
    assert.deepEqual(info.dependencies.map((d) => d.name), ['django', 'acme-auth', 'requests']);
    assert.deepEqual(info.packages, []);
    assert.equal(info.kind, 'application');
  });
});
