import assert from 'node:assert/strict';
import { splitWords } from '../../../src/imports/splitWords';
import { normalizeTokens, normalizeWord } from '../../../src/matching/normalize';

describe('matching/normalize', () => {
  it('splits camelCase, PascalCase acronyms, snake_case, kebab-case, dots and slashes', () => {
    assert.deepEqual(splitWords('src/HTTPClient_cfg-v2.ts'), ['src', 'http', 'client', 'cfg', 'v2', 'ts']);
    assert.deepEqual(splitWords('retryWithBackoff'), ['retry', 'with', 'backoff']);
    assert.deepEqual(splitWords('kafka_consumer.group-id'), ['kafka', 'consumer', 'group', 'id']);
  });

  it('folds abbreviations to one spelling', () => {
    assert.equal(normalizeWord('cfg'), 'config');
    assert.equal(normalizeWord('configuration'), 'config');
    assert.equal(normalizeWord('https'), 'http');
    assert.equal(normalizeWord('authn'), 'auth');
    assert.equal(normalizeWord('authentication'), 'auth');
    assert.equal(normalizeWord('k8s'), 'kubernetes');
    assert.equal(normalizeWord('kube'), 'kubernetes');
  });

  it('reduces plurals without mangling words that merely end in s', () => {
    assert.equal(normalizeWord('clients'), 'client');
    assert.equal(normalizeWord('libraries'), 'library');
    assert.equal(normalizeWord('boxes'), 'box');
    assert.equal(normalizeWord('status'), 'status');
    assert.equal(normalizeWord('redis'), 'redis');
    assert.equal(normalizeWord('axios'), 'axios');
    assert.equal(normalizeWord('retries'), 'retry');
  });

  it('drops stopwords and de-duplicates, so different spellings meet', () => {
    assert.deepEqual(normalizeTokens('src/utils/retryWithBackoff.ts'), ['retry', 'backoff']);
    assert.deepEqual(normalizeTokens('HTTPSClientConfigs'), normalizeTokens('http_client_cfg'));
    assert.deepEqual(normalizeTokens(['@acme/http-client', 'HTTPS cfg']), ['acme', 'http', 'client', 'config']);
  });
});
