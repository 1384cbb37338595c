import * as assert from 'node:assert';
import { redact } from '../../../src/util/redact';
import { assertTokenTransport, httpsUrl, isLoopbackHost } from '../../../src/util/safeUrl';

describe('redact: tokens and URL credentials', () => {
  it('redacts the literal token in use whatever its shape, also URL-encoded', () => {
    const token = 'plain-secret/7d31+a9c2';
    assert.strictEqual(redact(`Bad credentials for ${token} (${encodeURIComponent(token)})`, [token]), 'Bad credentials for *** (***)');
  });

  it('redacts GitHub token shapes and Authorization headers without being told', () => {
    assert.strictEqual(redact('ghp_0123456789abcdefghij0123 and github_pat_11AAAA_bbbbbbbbbbbbbbbbbbbbbbbb'), '*** and ***');
    assert.strictEqual(redact('Authorization: token abc123 / authorization: Bearer xyz'), 'Authorization: token *** / authorization: Bearer ***');
  });

  it('strips credentials in URLs in every form', () => {
    assert.strictEqual(redact('https://user:pa/ss@ghe.example.com/acme/a.git'), 'https://ghe.example.com/acme/a.git');
    assert.strictEqual(redact('https://x-access-token:ghp_1@github.com/a'), 'https://github.com/a');
    assert.strictEqual(redact('https://abcdef0123@github.com/a'), 'https://github.com/a');
    assert.strictEqual(redact('see ssh://git:pw@host/x and https://host/y'), 'see ssh://host/x and https://host/y');
    assert.strictEqual(redact('GET https://api.example/x?access_token=abc&page=2&client_secret=s#f'), 'GET https://api.example/x?access_token=***&page=2&client_secret=***#f');
  });

  it('leaves ordinary URLs alone (scoped npm paths, ports)', () => {
    for (const text of ['https://registry.npmjs.org/@acme/ui-kit', 'http://127.0.0.1:8080/path/@scope/x', 'git@github.com:acme/a.git']) {
      assert.strictEqual(redact(text), text);
    }
  });
});

describe('safe URLs and token transport', () => {
  it('httpsUrl accepts only https links without credentials', () => {
    assert.strictEqual(httpsUrl('https://github.com/acme/a'), 'https://github.com/acme/a');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'http://github.com', 'command:reuseRadar.contribute', 'data:text/html,x', 'file:///etc/passwd', 'https://u:p@github.com', '', undefined]) {
      assert.strictEqual(httpsUrl(bad), undefined, String(bad));
    }
  });

  it('a token goes over https, or plain http only to this machine', () => {
    for (const ok of ['https://api.github.com', 'http://127.0.0.1:3000/api/v3', 'http://localhost:1', 'http://[::1]:8080', 'http://127.1.2.3']) assert.doesNotThrow(() => assertTokenTransport(ok), ok);
    for (const bad of ['http://ghe.example.com/api/v3', 'http://10.0.0.5', 'http://localhost.evil.com', 'ftp://x']) {
      assert.throws(() => assertTokenTransport(bad, 'GITHUB_TOKEN'), /sends GITHUB_TOKEN only over https/, bad);
    }
    assert.ok(isLoopbackHost('[::1]') && !isLoopbackHost('128.0.0.1'));
  });
});
