import assert from 'node:assert/strict';
import { classifyImport } from '../../../src/imports/classify';
import { extractImports } from '../../../src/imports/extractImports';
import { Matcher, SCORES } from '../../../src/matching/matcher';
import { importTrigger, newFileTrigger } from '../../../src/matching/triggers';
import { isTestDouble } from '../../../src/matching/wrapperEvidence';
import { catalogOf, lib } from './catalogFixture';

/** Many unrelated libraries, so that one library depending on a package is "few". */
const filler = Array.from({ length: 20 }, (_, i) => lib(`tool-${i}`, { packages: [`pypi:acme-tool-${i}`], deps: [`pypi:dep-${i}`] }));

const catalog = catalogOf([
  lib('kafka-schemas', { packages: ['pypi:acme-kafka-schemas'], description: 'Schemas for the Kafka topics' }),
  lib('terraform-exec', { packages: ['go:github.com/acme/terraform-exec'], description: 'Run Terraform commands from Go' }),
  lib('options', { packages: ['pypi:acme-options', 'cargo:acme-options-cli'], description: 'Options and their validation' }),
  lib('taskbroker', { packages: ['pypi:taskbroker-integration-tests'], description: 'Task broker' }),
  lib('go-uuid', { packages: ['go:github.com/acme/go-uuid'], description: 'Generate UUIDs' }),
  lib('retry-http', { packages: ['npm:@acme/retry-http'], description: 'HTTP requests with retries and backoff' }),
  ...filler,
]);

/** Library names suggested for a new file, at any threshold. */
function forNewFile(path: string): string[] {
  return new Matcher(catalog, { threshold: 0 }).match({ ...newFileTrigger(path) }).map((s) => s.entry.name);
}

describe('matching: one shared ordinary word is no evidence for a new file (issue #10, real-world shapes)', () => {
  it('a file naming one word of a longer library name gets nothing', () => {
    assert.deepEqual(forNewFile('src/config/kafka.rs'), [], 'kafka -> kafka-schemas');
    assert.deepEqual(forNewFile('rust-arroyo/src/backends/kafka/mod.rs'), []);
    assert.deepEqual(forNewFile('config/exec.go'), [], 'exec -> terraform-exec');
    assert.deepEqual(forNewFile('tests/test_cli.py'), [], 'cli -> a package of options');
    assert.deepEqual(forNewFile('src/config/validate.rs'), [], 'validate -> options (description)');
    assert.deepEqual(forNewFile('src/integrations/__init__.py'), [], 'integration -> taskbroker');
  });

  it('a file naming all of a library\'s distinctive name words, or several of its words, still gets it', () => {
    assert.deepEqual(forNewFile('sdk/helper/uuid/uuid.go'), ['go-uuid']);
    assert.deepEqual(forNewFile('src/kafka/schemas.py')[0], 'kafka-schemas');
    assert.deepEqual(forNewFile('src/net/httpRetry.ts')[0], 'retry-http');
  });
});

describe('matching: a test double is not a wrapper (issue #10)', () => {
  const responses = lib('responses', { packages: ['pypi:responses'], deps: ['pypi:requests'], description: 'A utility library for mocking out the `requests` Python library.' });
  const session = lib('http-session', { packages: ['pypi:acme-http-session'], deps: ['pypi:requests'], description: 'Shared requests session with retries' });
  const advice = (entries = [responses, ...filler]): [string, string, number][] => {
    const [ref] = extractImports('import requests', 'python');
    return new Matcher(catalogOf(entries), { threshold: 0 }).match(importTrigger(classifyImport(ref, 'python', {}), 'python')).map((s) => [s.entry.name, s.match, s.score]);
  };

  it('a library that says it mocks requests is no advice on `import requests`; a real wrapper still is', () => {
    assert.deepEqual(advice(), []);
    assert.deepEqual(advice([responses, session, ...filler]), [['http-session', 'wrapper', SCORES.wrapper]]);
  });

  it('recognises mocks, stubs and fakes by their own words, not substrings', () => {
    assert.equal(isTestDouble({ name: 'responses', description: 'A utility library for mocking out requests', keywords: [] }), true);
    assert.equal(isTestDouble({ name: 'fake-s3', description: '', keywords: [] }), true);
    assert.equal(isTestDouble({ name: 'grpc-client', description: 'Typed clients', keywords: ['stubs'] }), true);
    assert.equal(isTestDouble({ name: 'hammock', description: 'A REST client', keywords: ['stubborn'] }), false);
  });
});
