import assert from 'node:assert/strict';
import { classifyImport } from '../../../src/imports/classify';
import { Matcher } from '../../../src/matching/matcher';
import { importTrigger } from '../../../src/matching/triggers';
import type { ImportTrigger } from '../../../src/matching/types';
import { catalogOf, lib } from './catalogFixture';

/** An import trigger built the way the editor and CLI build it: classified first. */
function java(specifier: string): ImportTrigger {
  const classified = classifyImport({ specifier, form: 'import', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, 'java');
  return importTrigger(classified, 'java') as ImportTrigger;
}

const top = (m: Matcher, specifier: string) => m.match(java(specifier)).map((s) => [s.entry.id, s.match]);

describe('Matcher on Java/Kotlin imports', () => {
  describe('internal libraries by package root (jvmPackages)', () => {
    const catalog = catalogOf([
      lib('http-client', { packages: ['maven:com.acme:acme-http-client'], jvmPackages: ['com.acme.http'] }),
      lib('http-tracing', { packages: ['maven:com.acme:tracing'], jvmPackages: ['com.acme.http.tracing'] }),
      lib('messaging', { packages: ['maven:com.acme:messaging'], jvmPackages: ['com.acme.kafka'] }),
      lib('kafka-kit', { packages: ['maven:com.acme:kafka-kit'] }),
      lib('shared-a', { packages: ['maven:com.acme.shared:a'], jvmPackages: ['com.acme.shared'] }),
      lib('shared-b', { packages: ['maven:com.acme.shared:b'], jvmPackages: ['com.acme.shared'] }),
      lib('old-client', { packages: ['maven:com.acme:old-client'], jvmPackages: ['com.acme.legacy'], lifecycle: 'deprecated', replacement: 'acme/http-client' }),
    ]);
    const m = new Matcher(catalog);

    it('recognises an import under a library\'s package root as that library, exactly', () => {
      assert.deepEqual(m.match(java('com.acme.http.Client')).map((s) => [s.entry.id, s.match, s.reason]), [['acme/http-client', 'exact', 'internal library']]);
      assert.deepEqual(top(m, 'com.acme.http.retry.RetryPolicy'), [['acme/http-client', 'exact']]);
    });

    it('the longest root wins; a class name is not a package', () => {
      assert.deepEqual(top(m, 'com.acme.http.tracing.Span'), [['acme/http-tracing', 'exact']]);
      assert.deepEqual(top(m, 'com.acme.http.Tracing'), [['acme/http-client', 'exact']]);
    });

    it('a source root beats a package name guessed from another library\'s artifact', () => {
      // com.acme:kafka-kit alone would be guessed at com.acme.kafka.kit; messaging's sources really live in com.acme.kafka.
      assert.deepEqual(top(m, 'com.acme.kafka.Producer'), [['acme/messaging', 'exact']]);
      assert.deepEqual(top(m, 'com.acme.kafka.kit.Streams'), [['acme/messaging', 'exact']]);
    });

    it('a root two live libraries claim proves nothing', () => {
      assert.ok(!m.match(java('com.acme.shared.Util')).some((s) => s.match === 'exact'));
    });

    it('an import under a deprecated library\'s root points at its successor', () => {
      assert.deepEqual(top(m, 'com.acme.legacy.Client'), [['acme/old-client', 'exact'], ['acme/http-client', 'deprecated']]);
    });

    it('one-segment roots are ignored', () => {
      const loose = new Matcher(catalogOf([lib('everything', { packages: ['maven:com.acme:everything'], jvmPackages: ['com'] })]));
      assert.deepEqual(top(loose, 'com.other.Thing'), []);
    });
  });

  describe('wrappers of public artifacts, through the package table', () => {
    const catalog = catalogOf([
      lib('http-client', { packages: ['maven:com.acme:acme-http-client'], deps: ['maven:com.squareup.okhttp3:okhttp'] }),
      lib('web-starter', { packages: ['maven:com.acme:web-starter'], deps: ['maven:org.springframework.boot:spring-boot-starter-web'] }),
      lib('cache', { packages: ['maven:com.acme:cache'], deps: ['maven:com.google.guava:guava'] }),
      lib('kafka-broker-tools', { packages: ['maven:com.acme:broker-tools'], deps: ['maven:org.apache.kafka:kafka_2.13'] }),
      lib('resilience', { packages: ['maven:com.acme:resilience'], deps: ['maven:io.github.resilience4j:resilience4j-spring-boot3'] }),
    ]);
    const m = new Matcher(catalog);

    it('a package that does not start with its group still finds the wrapper (okhttp3, com.google.common)', () => {
      assert.deepEqual(m.match(java('okhttp3.OkHttpClient')).map((s) => [s.entry.id, s.match, s.reason]),
        [['acme/http-client', 'wrapper', 'wraps com.squareup.okhttp3:okhttp, which this file imports']]);
      assert.deepEqual(top(m, 'com.google.common.cache.CacheBuilder'), [['acme/cache', 'wrapper']]);
    });

    it('a starter wraps the artifacts it brings', () => {
      assert.deepEqual(top(m, 'org.springframework.web.bind.annotation.RestController'), [['acme/web-starter', 'wrapper']]);
      assert.deepEqual(top(m, 'io.github.resilience4j.retry.Retry'), [['acme/resilience', 'wrapper']]);
    });

    it('a known artifact is not matched through a sibling in the same group', () => {
      // spring-jdbc is not what spring-boot-starter-web brings, although both sit under org.springframework.
      assert.deepEqual(top(m, 'org.springframework.jdbc.core.JdbcTemplate'), []);
      // okhttp3.logging is another artifact than okhttp.
      assert.deepEqual(top(m, 'okhttp3.logging.HttpLoggingInterceptor'), []);
    });

    it('a dependency the table does not know still matches by its group, as a guess', () => {
      assert.deepEqual(top(m, 'org.apache.kafka.clients.admin.Admin'), [['acme/kafka-broker-tools', 'wrapper']]);
    });

    it('a trigger whose package name was guessed without the table is resolved through it too', () => {
      const guessed: ImportTrigger = { kind: 'import', specifier: 'okhttp3.Request', importKind: 'package', packageName: 'okhttp3', ecosystem: 'maven', language: 'java' };
      assert.deepEqual(m.match(guessed).map((s) => [s.entry.id, s.match]), [['acme/http-client', 'wrapper']]);
    });
  });
});
