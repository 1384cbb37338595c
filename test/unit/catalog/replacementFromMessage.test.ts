import * as assert from 'node:assert/strict';
import { parseGoMod, parsePackageJson } from '../../../src/catalog/manifests/index';
import { replacementFromMessage } from '../../../src/catalog/manifests/manifestUtil';

describe('replacementFromMessage (deprecations and restriction messages)', () => {
  it('names the target a message points to', () => {
    assert.equal(replacementFromMessage('Use @acme/http-client instead.'), '@acme/http-client');
    assert.equal(replacementFromMessage('Deprecated: superseded by acme-http'), 'acme-http');
    assert.equal(replacementFromMessage('Please prefer the shared client, see @acme/http-client'), '@acme/http-client');
  });

  it('does not take a filler word for a library', () => {
    assert.equal(replacementFromMessage('Deprecated: use the new client instead'), undefined);
    assert.equal(replacementFromMessage('Please use native fetch'), undefined);
  });

  it('package.json and go.mod deprecations without a target record no replacement', () => {
    const pkg = parsePackageJson('{"name":"@acme/old","deprecated":"Please use the native fetch instead"}', 'package.json');
    assert.equal(pkg.lifecycle, 'deprecated');
    assert.equal(pkg.replacement, undefined);
    const mod = parseGoMod('// Deprecated: use the v2 module.\nmodule github.com/acme/old\n\ngo 1.21\n', 'go.mod');
    assert.equal(mod.replacement, undefined);
  });
});
