import * as assert from 'node:assert/strict';
import { ManifestError, parseGoMod, parseGradle, parsePomXml } from '../../../src/catalog/manifests/index';

describe('parseGoMod', () => {
  it('reads the module, direct requires (blocks and single lines) and skips indirect ones', () => {
    const info = parseGoMod(`module github.com/acme/kafka-go

go 1.22

require github.com/IBM/sarama v1.43.3

require (
	github.com/cenkalti/backoff/v4 v4.3.0
	github.com/klauspost/compress v1.17.9 // indirect
)

replace github.com/IBM/sarama => ../sarama
`, 'go.mod');
    assert.deepEqual(info.packages, [{ ecosystem: 'go', name: 'github.com/acme/kafka-go' }]);
    assert.deepEqual(info.dependencies.map((d) => d.name), ['github.com/IBM/sarama', 'github.com/cenkalti/backoff/v4']);
    assert.equal(info.lifecycle, undefined);
  });

  it('reads a "// Deprecated:" module comment and its replacement', () => {
    const info = parseGoMod('// Deprecated: use github.com/acme/kafka-go instead.\nmodule github.com/acme/old-kafka\n', 'go.mod');
    assert.equal(info.lifecycle, 'deprecated');
    assert.equal(info.replacement, 'github.com/acme/kafka-go');
  });

  it('rejects a missing module, an unterminated block and unknown directives', () => {
    assert.throws(() => parseGoMod('go 1.22\n', 'go.mod'), (e: Error) => e instanceof ManifestError && /go\.mod: no module directive/.test(e.message));
    assert.throws(() => parseGoMod('module x\nrequire (\n a v1\n', 'go.mod'), /unterminated "require \(" block/);
    assert.throws(() => parseGoMod('module x\nimport foo\n', 'go.mod'), /line 2: unknown directive "import"/);
  });
});

describe('parsePomXml', () => {
  const pom = `<?xml version="1.0"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <parent><groupId>com.acme</groupId><artifactId>acme-parent</artifactId><version>3</version></parent>
  <artifactId>acme-json</artifactId>
  <description>Jackson defaults</description>
  <url>https://docs.acme/json</url>
  <properties><jackson.group>com.fasterxml.jackson.core</jackson.group></properties>
  <scm><url>https://ghe/acme/json</url></scm>
  <dependencies>
    <dependency><groupId>\${jackson.group}</groupId><artifactId>jackson-databind</artifactId></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><scope>provided</scope></dependency>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope></dependency>
  </dependencies>
</project>`;

  it('reads coordinates (inheriting the parent group), properties and non-test dependencies', () => {
    const info = parsePomXml(pom, 'pom.xml');
    assert.deepEqual(info.packages, [{ ecosystem: 'maven', name: 'com.acme:acme-json' }]);
    assert.deepEqual(info.dependencies.map((d) => d.name), ['com.fasterxml.jackson.core:jackson-databind', 'org.slf4j:slf4j-api']);
    assert.equal(info.description, 'Jackson defaults');
    assert.deepEqual(info.links, { docs: 'https://docs.acme/json', repo: 'https://ghe/acme/json' });
  });

  it('treats a relocation as deprecation naming the new coordinates', () => {
    const info = parsePomXml('<project><groupId>com.acme</groupId><artifactId>old</artifactId><distributionManagement><relocation><artifactId>acme-json</artifactId></relocation></distributionManagement></project>', 'pom.xml');
    assert.equal(info.lifecycle, 'deprecated');
    assert.equal(info.replacement, 'com.acme:acme-json');
  });

  it('rejects malformed XML and a pom without artifactId', () => {
    assert.throws(() => parsePomXml('<project><artifactId>x</project>', 'pom.xml'), (e: Error) => e instanceof ManifestError && /pom\.xml: invalid XML at line 1/.test(e.message));
    assert.throws(() => parsePomXml('<project><groupId>g</groupId></project>', 'pom.xml'), /no <artifactId>/);
    assert.throws(() => parsePomXml('<settings/>', 'pom.xml'), /no <project> root/);
  });
});

describe('parseGradle', () => {
  it('reads a Groovy build: group + archivesName, runtime configurations only, map notation', () => {
    const info = parseGradle(`
plugins { id 'java-library' }
group = 'com.acme'
version = '1.2.0'
description = 'Retry policies'
base { archivesName = 'acme-retry' }
buildscript { dependencies { classpath 'com.example:plugin:1.0' } }
dependencies {
    api 'io.github.resilience4j:resilience4j-retry:2.2.0'
    implementation group: 'org.slf4j', name: 'slf4j-api', version: '2.0.16'
    implementation project(':core')
    // implementation 'commented:out:1'
    testImplementation 'org.junit.jupiter:junit-jupiter:5.10.0'
}
`, 'build.gradle');
    assert.deepEqual(info.packages, [{ ecosystem: 'maven', name: 'com.acme:acme-retry' }]);
    assert.deepEqual(info.dependencies.map((d) => d.name), ['io.github.resilience4j:resilience4j-retry', 'org.slf4j:slf4j-api']);
    assert.equal(info.description, 'Retry policies');
  });

  it('reads a Kotlin DSL build and leaves the artifact to the project name when unset', () => {
    const info = parseGradle(`
group = "com.acme"
dependencies {
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    runtimeOnly(group = "org.postgresql", name = "postgresql", version = "42.7.0")
    implementation(libs.jackson.databind)
    compileOnly("org.projectlombok:lombok:1.18.30")
}
`, 'build.gradle.kts');
    assert.deepEqual(info.packages, []);
    assert.equal(info.mavenGroupWithoutArtifact, 'com.acme');
    assert.deepEqual(info.dependencies.map((d) => d.name), ['com.squareup.okhttp3:okhttp', 'org.postgresql:postgresql']);
  });

  it('rejects unbalanced braces and unterminated strings', () => {
    assert.throws(() => parseGradle('dependencies {\n implementation "a:b:1"\n', 'build.gradle'), (e: Error) => e instanceof ManifestError && /build\.gradle: unbalanced braces/.test(e.message));
    assert.throws(() => parseGradle('group = "com.acme\n', 'build.gradle.kts'), /unterminated string on line 1/);
    assert.throws(() => parseGradle('}\n', 'build.gradle'), /unbalanced "}" on line 1/);
  });
});
