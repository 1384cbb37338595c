import assert from 'node:assert/strict';
import { Matcher } from '../../../src/matching/matcher';
import { newFileTrigger } from '../../../src/matching/triggers';
import type { ImportTrigger, NewFileMatchTrigger, Suggestion } from '../../../src/matching/types';
import { catalogOf, lib } from './catalogFixture';

const npm = (specifier: string, packageName = specifier): ImportTrigger =>
  ({ kind: 'import', specifier, importKind: 'package', packageName, ecosystem: 'npm', language: 'typescript' });
const newFile = (path: string, tokens: string[], language: NewFileMatchTrigger['language']): NewFileMatchTrigger => ({ kind: 'new-file', path, tokens, language });
const ids = (s: Suggestion[]) => s.map((x) => x.entry.id);

const utilities = Array.from({ length: 8 }, (_, i) => lib(`util-${i}`, { packages: [`npm:@acme/util-${i}`], deps: ['npm:lodash'], description: 'misc helpers' }));
const catalog = catalogOf([
  lib('http-client', { packages: ['npm:@acme/http-client'], deps: ['npm:axios', 'npm:lodash'], keywords: ['http', 'client'], description: 'HTTP client with retries' }),
  lib('events', { packages: ['npm:@acme/events'], deps: ['npm:kafkajs', 'npm:lodash'], keywords: ['kafka'], description: 'Kafka producer and consumer' }),
  lib('old-http', { packages: ['npm:@acme/old-http'], deps: ['npm:request'], lifecycle: 'deprecated', replacement: '@acme/http-client' }),
  lib('mailer', { packages: ['npm:@acme/mailer'], archived: true, lifecycle: 'archived', replacement: 'acme/notify' }),
  lib('notify', { packages: ['npm:@acme/notify'], deps: ['npm:nodemailer'], description: 'Email and SMS notifications' }),
  lib('gone', { packages: ['npm:@acme/gone'], archived: true, lifecycle: 'archived' }),
  lib('axios-fork', { packages: ['npm:@acme/axios'], deps: ['npm:axios'], fork: true, description: 'axios fork' }),
  lib('billing-service', { packages: ['npm:@acme/billing-service'], deps: ['npm:stripe'], kind: 'service', keywords: ['billing'], description: 'Billing service' }),
  lib('py-http', { packages: ['pypi:acme-http'], deps: ['pypi:requests'], keywords: ['http', 'client'], description: 'HTTP client for Python' }),
  lib('retry', { packages: ['npm:@acme/retry'], keywords: ['retry', 'backoff'], description: 'Retry with exponential backoff' }),
  lib('py-retry', { packages: ['pypi:acme-retry'], keywords: ['retry', 'backoff'], description: 'Retry with exponential backoff' }),
  lib('dates', { packages: ['npm:@acme/dates'], replaces: ['moment-timezone'], dropInFor: ['dayjs'], description: 'Dates and time zones' }),
  lib('go-kafka', { packages: ['go:github.com/acme/go-kafka'], deps: ['go:github.com/segmentio/kafka-go'], keywords: ['kafka'] }),
  lib('java-kafka', { packages: ['maven:com.acme:kafka-kit'], deps: ['maven:org.apache.kafka:kafka-clients'], keywords: ['kafka'] }),
  ...utilities,
], [{ from: 'request', ecosystem: 'npm', to: '@acme/http-client', message: 'request is unmaintained', source: 'eslint' }]);

describe('matching/Matcher', () => {
  const matcher = new Matcher(catalog);

  it('exact: recognises an internal package (and its sub-paths) as "internal library", alone', () => {
    const s = matcher.match(npm('@acme/http-client/retry', '@acme/http-client'));
    assert.deepEqual(s.map((x) => [x.entry.id, x.match, x.reason, x.score]), [['acme/http-client', 'exact', 'internal library', 1]]);
    // @acme/events also fuzzily resembles the Kafka libraries of other ecosystems: still only itself.
    assert.deepEqual(ids(matcher.match(npm('@acme/events'))), ['acme/events']);
  });

  it('explicit replacement: a replacement-map rule names the import', () => {
    const [first] = matcher.match(npm('request'));
    assert.equal(first.entry.id, 'acme/http-client');
    assert.equal(first.match, 'replacement');
    assert.equal(first.reason, 'replaces request: request is unmaintained');
  });

  it("explicit replacement: a library's own replaces / dropInFor declaration", () => {
    assert.deepEqual(matcher.match(npm('moment-timezone')).map((s) => [s.entry.id, s.match, s.reason]), [['acme/dates', 'replacement', 'declares it replaces moment-timezone']]);
    assert.equal(matcher.match(npm('dayjs/plugin/utc', 'dayjs'))[0].reason, 'drop-in replacement for dayjs');
  });

  it('wrapper: a library depending on the imported package, with the reason users see', () => {
    const [first] = matcher.match(npm('kafkajs'));
    assert.equal(first.entry.id, 'acme/events');
    assert.equal(first.match, 'wrapper');
    assert.equal(first.reason, 'wraps kafkajs, which this file imports');
  });

  it('wrapper reasons name the dependency as the library declares it, not the import', () => {
    const images = lib('images', { packages: ['pypi:acme-images'], deps: ['pypi:Pillow'] });
    const kafka = lib('java-kafka', { packages: ['maven:com.acme:kafka-kit'], deps: ['maven:org.apache.kafka:kafka-clients'] });
    const m = new Matcher(catalogOf([images, kafka]));
    const pil: ImportTrigger = { kind: 'import', specifier: 'PIL.Image', importKind: 'package', packageName: 'PIL', ecosystem: 'pypi', language: 'python' };
    assert.deepEqual(m.match(pil).map((s) => [s.entry.id, s.reason]), [['acme/images', 'built on Pillow (its only runtime dependency), which this file imports']]);
    const java: ImportTrigger = { kind: 'import', specifier: 'org.apache.kafka.clients.producer.KafkaProducer', importKind: 'package', packageName: 'org.apache.kafka', ecosystem: 'maven', language: 'java' };
    assert.deepEqual(m.match(java).map((s) => [s.entry.id, s.reason]), [['acme/java-kafka', 'wraps org.apache.kafka:kafka-clients, which this file imports']]);
  });

  it('a package several libraries depend on is no one\'s wrapper; a library naming it is', () => {
    const everything = new Matcher(catalog, { threshold: 0 });
    assert.deepEqual(everything.match(npm('lodash')), [], 'lodash (ten dependents) is nobody\'s wrapper, whatever the threshold');
    // "Email" is inside "nodemailer": the description names what the package is.
    assert.deepEqual(matcher.match(npm('nodemailer')).map((s) => [s.entry.id, s.score, s.reason]), [['acme/notify', 0.7, 'wraps nodemailer, which this file imports']]);
  });

  it('deprecated: the deprecated library is recognised and its replacement named', () => {
    const s = matcher.match(npm('@acme/old-http'));
    assert.deepEqual(s.map((x) => [x.entry.id, x.match]), [['acme/old-http', 'exact'], ['acme/http-client', 'deprecated']]);
    assert.equal(s[0].reason, 'internal library, deprecated: use @acme/http-client');
    assert.equal(s[1].reason, '@acme/old-http is deprecated: use @acme/http-client');
  });

  it('archived: never suggested itself, only to name its replacement', () => {
    assert.deepEqual(matcher.match(npm('@acme/mailer')).map((x) => [x.entry.id, x.match, x.reason]), [['acme/notify', 'deprecated', '@acme/mailer is archived: use @acme/notify']]);
    assert.deepEqual(matcher.match(npm('@acme/gone')), []);
  });

  it('orders signals strongest first: replacement, then wrapper; name similarity never advises on an import', () => {
    const ordered = new Matcher(catalogOf([
      lib('fetch-kit', { packages: ['npm:@acme/fetch-kit'] }),
      lib('http-client', { packages: ['npm:@acme/http-client'], deps: ['npm:axios'] }),
      lib('axios-tools', { packages: ['npm:@acme/axios-tools'], keywords: ['axios'], description: 'axios interceptors' }),
    ], [{ from: 'axios', to: 'acme/fetch-kit', source: 'test' }]));
    assert.deepEqual(ordered.match(npm('axios')).map((s) => [s.entry.id, s.match, s.score]), [
      ['acme/fetch-kit', 'replacement', 0.9], ['acme/http-client', 'wrapper', 0.55],
    ]);
    // axios-tools names axios in its keywords and description but does not depend on it: no advice at any threshold.
    assert.ok(!new Matcher(catalogOf([lib('axios-tools', { packages: ['npm:@acme/axios-tools'], keywords: ['axios'], description: 'axios interceptors' })]), { threshold: 0 }).match(npm('axios')).length);
  });

  it('fuzzy: a new file is matched on normalised name, keyword and description tokens', () => {
    const [first] = matcher.match(newFile('src/utils/retryWithBackoff.ts', ['retry', 'with', 'backoff'], 'typescript'));
    assert.equal(first.entry.id, 'acme/retry');
    assert.equal(first.match, 'fuzzy');
    assert.match(first.reason, /retry, backoff/);
    assert.deepEqual(matcher.match(newFile('src/pages/Home.tsx', ['home', 'pages'], 'typescript')), []);
  });

  it('prefers the trigger ecosystem: Python files and imports get Python libraries first', () => {
    assert.equal(matcher.match(newFile('app/retry_policy.py', ['retry', 'policy'], 'python'))[0].entry.id, 'acme/py-retry');
    assert.equal(matcher.match(newFile('src/retryPolicy.ts', ['retry', 'policy'], 'typescript'))[0].entry.id, 'acme/retry');
    const py: ImportTrigger = { kind: 'import', specifier: 'requests', importKind: 'package', packageName: 'requests', ecosystem: 'pypi', language: 'python' };
    assert.deepEqual(ids(matcher.match(py)), ['acme/py-http']);
  });

  it('matches Go module sub-packages and Java packages to their artifacts', () => {
    const go = (specifier: string, packageName: string): ImportTrigger => ({ kind: 'import', specifier, importKind: 'package', packageName, ecosystem: 'go', language: 'go' });
    assert.deepEqual(matcher.match(go('github.com/segmentio/kafka-go/compress', 'github.com/segmentio/kafka-go')).map((s) => [s.entry.id, s.match]), [['acme/go-kafka', 'wrapper']]);
    assert.deepEqual(matcher.match(go('github.com/acme/go-kafka/producer', 'github.com/acme/go-kafka')).map((s) => [s.entry.id, s.match]), [['acme/go-kafka', 'exact']]);
    const java: ImportTrigger = { kind: 'import', specifier: 'org.apache.kafka.clients.producer.KafkaProducer', importKind: 'package', ecosystem: 'maven', language: 'java' };
    assert.deepEqual(ids(matcher.match(java)), ['acme/java-kafka']);
    const internalJava: ImportTrigger = { kind: 'import', specifier: 'com.acme.kafka.kit.Streams', importKind: 'package', ecosystem: 'maven', language: 'java' };
    assert.equal(matcher.match(internalJava)[0].match, 'exact');
  });

  it('excludes forks, services and other non-libraries from every signal', () => {
    assert.ok(!ids(new Matcher(catalog, { threshold: 0 }).match(npm('axios'))).includes('acme/axios-fork'));
    assert.deepEqual(matcher.match(npm('stripe')), []);
    assert.deepEqual(matcher.match(npm('@acme/billing-service')), [], 'an internal non-library is not advertised');
    assert.ok(!ids(matcher.match(newFile('src/billing/billingService.ts', ['billing', 'service'], 'typescript'))).includes('acme/billing-service'));
  });

  it('a fork, deprecated or archived entry publishing the same package never hides the live library, whatever the order', () => {
    const live = lib('http-client', { packages: ['npm:@acme/http-client'], deps: ['npm:axios'] });
    const shadows = [
      lib('http-client-fork', { id: 'someone/http-client', repo: 'someone/http-client', packages: ['npm:@acme/http-client'], fork: true }),
      lib('http-client-v1', { packages: ['npm:@acme/http-client'], lifecycle: 'deprecated', replacement: 'acme/http-client' }),
      lib('http-client-old', { packages: ['npm:@acme/http-client'], archived: true, lifecycle: 'archived' }),
    ];
    for (const shadow of shadows) {
      for (const entries of [[shadow, live], [live, shadow]]) {
        const m = new Matcher(catalogOf(entries));
        assert.deepEqual(m.match(npm('@acme/http-client')).map((s) => [s.entry.id, s.match]), [['acme/http-client', 'exact']], `${shadow.name} listed ${entries[0] === shadow ? 'first' : 'last'}`);
        assert.equal(m.entryForPackage('npm', '@acme/http-client')?.id, 'acme/http-client');
      }
    }
    // A fork that republishes a public package under its own name leaves that package's wrappers and replacements alone.
    const axiosFork = lib('axios', { id: 'acme/axios', packages: ['npm:axios'], fork: true });
    const rule = { from: 'axios', ecosystem: 'npm' as const, to: 'acme/http-client', source: 'eslint' };
    assert.deepEqual(new Matcher(catalogOf([axiosFork, live], [rule])).match(npm('axios')).map((s) => [s.entry.id, s.match]), [['acme/http-client', 'replacement']]);
    assert.deepEqual(new Matcher(catalogOf([axiosFork, live])).match(npm('axios')).map((s) => [s.entry.id, s.match]), [['acme/http-client', 'wrapper']]);
  });

  it('stays silent for standard-library and project-local imports', () => {
    const std: ImportTrigger = { kind: 'import', specifier: 'http', importKind: 'stdlib', language: 'typescript', ecosystem: 'npm' };
    const local: ImportTrigger = { kind: 'import', specifier: './http-client', importKind: 'local', language: 'typescript' };
    assert.deepEqual(new Matcher(catalog, { threshold: 0 }).match(std), []);
    assert.deepEqual(new Matcher(catalog, { threshold: 0 }).match(local), []);
  });

  it('respects the threshold and keeps scores in 0..1, best first', () => {
    assert.deepEqual(new Matcher(catalog, { threshold: 0.99 }).match(npm('@acme/old-http')).map((s) => s.match), ['exact']);
    for (const t of [npm('axios'), npm('request'), npm('lodash'), newFile('src/kafkaConsumer.ts', ['kafka', 'consumer'], 'typescript')]) {
      const s = new Matcher(catalog, { threshold: 0 }).match(t);
      assert.ok(s.every((x) => x.score >= 0 && x.score <= 1));
      assert.deepEqual([...s].sort((a, b) => b.score - a.score), s);
    }
  });

  it('entryForPackage finds a library by its package in canonical form', () => {
    assert.equal(matcher.entryForPackage('npm', '@acme/http-client')?.id, 'acme/http-client');
    assert.equal(matcher.entryForPackage('pypi', 'Acme_HTTP')?.id, 'acme/py-http');
    assert.equal(matcher.entryForPackage('npm', 'axios'), undefined);
  });
});

describe('matching/Matcher: new-file fuzzy noise', () => {
  const noisy = catalogOf([
    lib('java-http-client', { packages: ['maven:com.acme:acme-http-client'], keywords: ['http', 'client', 'okhttp'], description: 'HTTP client for Java services with retries', language: 'Java' }),
    lib('config', { packages: ['npm:@acme/config'], keywords: ['config', 'env'], description: 'Typed configuration loading from env' }),
    lib('eslint-config', { packages: ['npm:@acme/eslint-config'], keywords: ['eslint', 'config', 'lint'], description: 'Shared ESLint config' }),
    lib('acme-settings', { packages: ['pypi:acme-settings'], keywords: ['settings'], description: 'Typed settings from the environment' }),
    lib('kafka-kit', { packages: ['npm:@acme/kafka-kit'], keywords: ['kafka'], description: 'Kafka producer and consumer' }),
    lib('flow-control', { packages: ['npm:@acme/flow-control'], description: 'Backpressure and rate limiting for streams' }),
    lib('orders', { packages: ['npm:@acme/orders'], keywords: ['order'], description: 'Order domain types' }),
    lib('retry', { packages: ['npm:@acme/retry'], keywords: ['retry', 'backoff'], description: 'Retry with backoff' }),
    lib('retry-policy', { packages: ['npm:@acme/retry-policy'], keywords: ['retry', 'policy'], description: 'Retry policies' }),
    lib('service-kit', { packages: ['npm:@acme/service-kit'], keywords: ['service', 'handler'], description: 'Service handler base classes' }),
  ]);
  const m = new Matcher(noisy);
  const all = new Matcher(noisy, { threshold: 0 });
  const top = (matcher: Matcher, path: string) => matcher.match(newFileTrigger(path)).map((s) => s.entry.name);

  it('one role word (client, service, config…) or the org name alone never clears the threshold', () => {
    assert.deepEqual(top(m, 'src/main/java/com/example/orders/OrdersClient.java'), []);
    assert.deepEqual(top(m, 'src/main/java/com/acme/orders/OrdersClient.java'), [], '"acme" from the package path is no evidence');
    assert.ok(!top(all, 'src/main/java/com/acme/orders/OrdersClient.java').includes('java-http-client'));
    assert.deepEqual(top(all, 'src/services/userService.ts'), []);
    assert.deepEqual(top(all, 'src/handlers/serviceHandler.ts'), []);
  });

  it('the library named exactly like the file wins over one whose name only contains it', () => {
    assert.deepEqual(top(m, 'src/config.ts'), ['config'], 'eslint-config shares only the role word');
    assert.deepEqual(top(m, 'app/settings.py'), ['acme-settings'], 'the org prefix of a library name does not count');
    // "retry" names one of retry-policy's two name words: no evidence for it (issue #10: one shared word is not enough).
    assert.deepEqual(all.match(newFileTrigger('src/retry.ts')).map((s) => s.entry.name), ['retry']);
  });

  it("the file's own distinctive words outrank a hit on its folder's name", () => {
    assert.deepEqual(top(all, 'src/kafka/rateLimit.ts').slice(0, 2), ['flow-control', 'kafka-kit']);
    assert.deepEqual(top(m, 'src/kafka/routingTable.ts'), [], 'the folder alone is under the threshold');
    assert.deepEqual(top(m, 'src/kafka/consumer.ts'), ['kafka-kit'], 'an own word still counts when the folder matches too');
  });
});
