import assert from 'node:assert/strict';
import { normalizePypiName } from '../../../src/catalog/manifests/manifestUtil';
import { classifyImport, type ProjectContext } from '../../../src/imports/classify';
import type { ImportRef, SourceLanguage } from '../../../src/imports/types';

const ref = (specifier: string): ImportRef => ({ specifier, form: 'import', range: { start: { line: 0, character: 0 }, end: { line: 0, character: specifier.length } } });

type Row = [specifier: string, language: SourceLanguage, kind: string, packageName?: string, ecosystem?: string];

const ctx: ProjectContext = {
  npmName: '@acme/web',
  goModule: 'github.com/acme/svc',
  pythonPackages: ['orders'],
  javaPackageRoots: ['com.acme.orders'],
  crateName: 'order-service',
  rustModules: ['config'],
  dotnetNamespaces: ['Acme.Orders'],
  pythonDistributions: { yaml: 'PyYAML', sklearn: 'scikit-learn' },
};

const rows: Row[] = [
  // npm
  ['./a', 'typescript', 'local'], ['../b/c', 'javascript', 'local'], ['#internal/x', 'typescript', 'local'], ['@/components/X.vue', 'typescript', 'local'],
  ['@acme/web/utils', 'typescript', 'local'], ['node:fs', 'typescript', 'stdlib'], ['node:test', 'typescript', 'stdlib'], ['fs/promises', 'javascript', 'stdlib'],
  ['path', 'javascript', 'stdlib'], ['@scope/pkg/sub/deep', 'typescript', 'package', '@scope/pkg', 'npm'], ['lodash/fp', 'javascript', 'package', 'lodash', 'npm'],
  ['react', 'typescript', 'package', 'react', 'npm'], ['https://esm.sh/preact', 'javascript', 'package'],
  // python
  ['.models', 'python', 'local'], ['.', 'python', 'local'], ['orders.api', 'python', 'local'], ['os.path', 'python', 'stdlib'], ['__future__', 'python', 'stdlib'],
  ['_thread', 'python', 'stdlib'], ['yaml', 'python', 'package', 'pyyaml', 'pypi'], ['sklearn.linear_model', 'python', 'package', 'scikit-learn', 'pypi'],
  ['requests.adapters', 'python', 'package', 'requests', 'pypi'], ['Foo_Bar', 'python', 'package', 'foo-bar', 'pypi'],
  // go
  ['fmt', 'go', 'stdlib'], ['net/http', 'go', 'stdlib'], ['github.com/acme/svc/internal/db', 'go', 'local'], ['github.com/acme/svc', 'go', 'local'],
  ['github.com/a/b/sub/pkg', 'go', 'package', 'github.com/a/b', 'go'], ['github.com/a/b/v2/sub', 'go', 'package', 'github.com/a/b/v2', 'go'],
  ['gopkg.in/yaml.v3', 'go', 'package', 'gopkg.in/yaml.v3', 'go'], ['gopkg.in/src-d/go-git.v4/plumbing', 'go', 'package', 'gopkg.in/src-d/go-git.v4', 'go'],
  ['golang.org/x/net/context', 'go', 'package', 'golang.org/x/net', 'go'], ['go.uber.org/zap/zapcore', 'go', 'package', 'go.uber.org/zap', 'go'],
  ['github.com/acme/svcother', 'go', 'package', 'github.com/acme/svcother', 'go'],
  // java / kotlin
  ['java.util.List', 'java', 'stdlib'], ['javax.net.ssl.SSLContext', 'java', 'stdlib'], ['kotlin.collections.List', 'kotlin', 'stdlib'],
  ['com.acme.orders.api.Order', 'java', 'local'], ['com.acme.ordersx.Y', 'java', 'package', 'com.acme.ordersx', 'maven'],
  ['com.google.common.collect.ImmutableList', 'java', 'package', 'com.google.guava:guava', 'maven'],
  ['com.google.common.testing.EqualsTester', 'java', 'package', 'com.google.guava:guava-testlib', 'maven'],
  // Known packages name their artifact (curated table); unknown ones keep the package-prefix guess.
  ['org.junit.Assert.*', 'java', 'package', 'junit:junit', 'maven'], ['org.apache.commons.lang3.StringUtils', 'java', 'package', 'org.apache.commons:commons-lang3', 'maven'],
  ['kotlinx.coroutines.*', 'kotlin', 'package', 'org.jetbrains.kotlinx:kotlinx-coroutines-core', 'maven'],
  ['okhttp3.OkHttpClient', 'java', 'package', 'com.squareup.okhttp3:okhttp', 'maven'],
  ['org.apache.kafka.clients.producer.KafkaProducer', 'java', 'package', 'org.apache.kafka:kafka-clients', 'maven'],
  ['org.springframework.web.bind.annotation.RestController', 'java', 'package', 'org.springframework:spring-web', 'maven'],
  ['org.springframework.web.servlet.DispatcherServlet', 'java', 'package', 'org.springframework:spring-webmvc', 'maven'],
  ['javax.servlet.http.HttpServletRequest', 'java', 'package', 'javax.servlet:javax.servlet-api', 'maven'], ['javax.crypto.Cipher', 'java', 'stdlib'],
  ['org.acme.unknown.Thing', 'java', 'package', 'org.acme.unknown', 'maven'],
  // c#
  ['System', 'csharp', 'stdlib'], ['System.Collections.Generic', 'csharp', 'stdlib'], ['Acme.Orders.Domain', 'csharp', 'local'],
  ['Newtonsoft.Json.Linq', 'csharp', 'package', 'Newtonsoft.Json', 'nuget'], ['Serilog', 'csharp', 'package', 'Serilog', 'nuget'],
  ['Systematic.Thing', 'csharp', 'package', 'Systematic.Thing', 'nuget'],
  // rust
  ['std::collections::HashMap', 'rust', 'stdlib'], ['core::fmt', 'rust', 'stdlib'], ['alloc::vec::Vec', 'rust', 'stdlib'], ['crate::db', 'rust', 'local'],
  ['self::x', 'rust', 'local'], ['super::y', 'rust', 'local'], ['order_service::api', 'rust', 'local'], ['::serde::Serialize', 'rust', 'package', 'serde', 'cargo'],
  ['tokio::sync::mpsc', 'rust', 'package', 'tokio', 'cargo'], ['config::Settings', 'rust', 'local'],
];

describe('classifyImport', () => {
  for (const [specifier, language, kind, packageName, ecosystem] of rows) {
    it(`${language} ${specifier} → ${kind}${packageName ? ` ${packageName}` : ''}`, () => {
      const c = classifyImport(ref(specifier), language, ctx);
      assert.deepEqual([c.kind, c.packageName, c.ecosystem], [kind, packageName, ecosystem]);
      assert.equal(c.specifier, specifier);
    });
  }

  it('without a project context, the project\'s own names are packages', () => {
    assert.equal(classifyImport(ref('@acme/web/utils'), 'typescript').kind, 'package');
    assert.equal(classifyImport(ref('orders.api'), 'python').packageName, 'orders');
    assert.equal(classifyImport(ref('yaml'), 'python').packageName, 'yaml');
  });

  it('normalises PyPI names per PEP 503', () => {
    assert.equal(normalizePypiName('Foo__Bar.baz-Qux'), 'foo-bar-baz-qux');
  });
});
