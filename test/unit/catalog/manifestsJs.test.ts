import * as assert from 'node:assert/strict';
import { ManifestError, parsePackageJson } from '../../../src/catalog/manifests/index';

describe('parsePackageJson', () => {
  it('reads name, description, keywords, runtime and peer dependencies, links', () => {
    const info = parsePackageJson(JSON.stringify({
      name: '@acme/http-client', description: 'HTTP for Acme', keywords: ['http', 'client'],
      dependencies: { axios: '^1.7.0', '@acme/retry': '^2.0.0' }, peerDependencies: { react: '>=18' },
      devDependencies: { mocha: '^10' }, homepage: 'https://docs.acme/http', bugs: { url: 'https://ghe/acme/http/issues' },
      repository: { type: 'git', url: 'https://ghe/acme/http' },
    }), 'package.json');
    assert.deepEqual(info.packages, [{ ecosystem: 'npm', name: '@acme/http-client' }]);
    assert.deepEqual(info.dependencies.map((d) => d.name), ['axios', '@acme/retry', 'react']);
    assert.deepEqual(info.keywords, ['http', 'client']);
    assert.equal(info.description, 'HTTP for Acme');
    assert.deepEqual(info.links, { docs: 'https://docs.acme/http', issues: 'https://ghe/acme/http/issues', repo: 'https://ghe/acme/http' });
    assert.equal(info.lifecycle, undefined);
  });

  it('publishes nothing for a private package and hints an application', () => {
    const info = parsePackageJson('{"name":"checkout-web","private":true,"dependencies":{"@acme/ui-kit":"1"}}', 'package.json');
    assert.deepEqual(info.packages, []);
    assert.equal(info.kind, 'application');
    assert.deepEqual(info.dependencies, [{ ecosystem: 'npm', name: '@acme/ui-kit' }]);
  });

  it('reads a deprecation message and the replacement it names, and the reuseRadar block', () => {
    const info = parsePackageJson('{"name":"@acme/legacy-http","deprecated":"Use @acme/http-client instead.","reuseRadar":{"replaces":["request"],"dropInFor":"request-promise"}}', 'package.json');
    assert.equal(info.lifecycle, 'deprecated');
    assert.equal(info.replacement, '@acme/http-client');
    assert.deepEqual(info.replaces, ['request']);
    assert.deepEqual(info.dropInFor, ['request-promise']);
  });

  it('rejects malformed JSON, non-objects, bad names and bad dependency blocks, naming the file', () => {
    assert.throws(() => parsePackageJson('{"name": ', 'libs/a/package.json'), (e: Error) => e instanceof ManifestError && /^libs\/a\/package\.json: invalid JSON/.test(e.message));
    assert.throws(() => parsePackageJson('[1,2]', 'package.json'), /package\.json: expected a JSON object/);
    assert.throws(() => parsePackageJson('{"name":"Bad Name!"}', 'package.json'), /not a valid npm package name/);
    assert.throws(() => parsePackageJson('{"name":"ok","dependencies":["axios"]}', 'package.json'), /"dependencies" must be an object/);
  });
});
