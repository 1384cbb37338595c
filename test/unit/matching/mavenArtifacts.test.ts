import assert from 'node:assert/strict';
import { MAVEN_ARTIFACT_BUNDLES, MAVEN_PACKAGES } from '../../../src/imports/data/mavenPackages';
import { isKnownMavenArtifact, javaPackageSegments, mavenArtifactOf, mavenArtifactsProvidedBy } from '../../../src/imports/mavenArtifacts';
import { isValidPackageName } from '../../../src/catalog/packageName';

describe('mavenArtifacts', () => {
  it('javaPackageSegments keeps the package, not the class, member, wildcard or "static"', () => {
    assert.deepEqual(javaPackageSegments('static com.google.common.base.Strings.isNullOrEmpty'), ['com', 'google', 'common', 'base']);
    assert.deepEqual(javaPackageSegments('org.junit.jupiter.api.*'), ['org', 'junit', 'jupiter', 'api']);
    assert.deepEqual(javaPackageSegments('Foo'), []);
  });

  it('the longest known package prefix wins', () => {
    assert.equal(mavenArtifactOf('okhttp3.OkHttpClient'), 'com.squareup.okhttp3:okhttp');
    assert.equal(mavenArtifactOf('okhttp3.logging.HttpLoggingInterceptor'), 'com.squareup.okhttp3:logging-interceptor');
    assert.equal(mavenArtifactOf('org.apache.http.HttpEntity'), 'org.apache.httpcomponents:httpcore');
    assert.equal(mavenArtifactOf('org.apache.http.impl.client.HttpClients'), 'org.apache.httpcomponents:httpclient');
    assert.equal(mavenArtifactOf('com.google.common.collect.ImmutableList'), 'com.google.guava:guava');
    assert.equal(mavenArtifactOf('com.google.common.testing.EqualsTester'), 'com.google.guava:guava-testlib');
    assert.equal(mavenArtifactOf('org.springframework.web.bind.annotation.GetMapping'), 'org.springframework:spring-web');
    assert.equal(mavenArtifactOf('org.springframework.web.servlet.ModelAndView'), 'org.springframework:spring-webmvc');
    assert.equal(mavenArtifactOf('io.github.resilience4j.circuitbreaker.CircuitBreaker'), 'io.github.resilience4j:resilience4j-circuitbreaker');
    assert.equal(mavenArtifactOf('io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker'), 'io.github.resilience4j:resilience4j-annotations');
    assert.equal(mavenArtifactOf('static org.junit.jupiter.api.Assertions.assertEquals'), 'org.junit.jupiter:junit-jupiter-api');
    assert.equal(mavenArtifactOf('org.junit.Test'), 'junit:junit');
  });

  it('a `*` segment is substituted into the artifact; a literal of the same length beats it', () => {
    assert.equal(mavenArtifactOf('software.amazon.awssdk.services.sqs.SqsClient'), 'software.amazon.awssdk:sqs');
    assert.equal(mavenArtifactOf('com.amazonaws.services.kinesis.AmazonKinesis'), 'com.amazonaws:aws-java-sdk-kinesis');
    assert.equal(mavenArtifactOf('com.amazonaws.services.dynamodbv2.AmazonDynamoDB'), 'com.amazonaws:aws-java-sdk-dynamodb');
    assert.equal(mavenArtifactOf('com.amazonaws.services.lambda.runtime.Context'), 'com.amazonaws:aws-lambda-java-core');
    assert.equal(mavenArtifactOf('com.google.cloud.ServiceOptions'), 'com.google.cloud:google-cloud-core');
  });

  it('unknown packages, and prototype names, have no artifact', () => {
    for (const name of ['com.acme.http.Client', 'constructor.Foo', 'toString', 'java.util.List', '']) assert.equal(mavenArtifactOf(name), undefined, name);
  });

  it('a custom table can be passed', () => {
    assert.equal(mavenArtifactOf('com.acme.x.Y', { 'com.acme': 'com.acme:all', 'com.acme.x': 'com.acme:x' }), 'com.acme:x');
  });

  it('knows table artifacts, bundle members and template products, in any case', () => {
    assert.ok(isKnownMavenArtifact('com.squareup.okhttp3:okhttp'));
    assert.ok(isKnownMavenArtifact('com.zaxxer:hikaricp'));
    assert.ok(isKnownMavenArtifact('org.springframework.boot:spring-boot-starter-web'));
    assert.ok(isKnownMavenArtifact('software.amazon.awssdk:s3'));
    assert.ok(!isKnownMavenArtifact('com.acme:acme-http-client'));
    assert.ok(!isKnownMavenArtifact('software.amazon.awssdk:s3:extra'));
  });

  it('a starter provides the artifacts of its bundle, transitively, without loops', () => {
    assert.deepEqual(mavenArtifactsProvidedBy('org.springframework.boot:spring-boot-starter-web'),
      ['org.springframework.boot:spring-boot-starter-web', 'org.springframework:spring-web', 'org.springframework:spring-webmvc']);
    assert.ok(mavenArtifactsProvidedBy('io.github.resilience4j:resilience4j-spring-boot3').includes('io.github.resilience4j:resilience4j-retry'));
    assert.deepEqual(mavenArtifactsProvidedBy('com.acme:x'), ['com.acme:x']);
  });

  it('every table key is a package prefix and every artifact a valid group:artifact', () => {
    for (const [prefix, artifact] of Object.entries(MAVEN_PACKAGES)) {
      assert.match(prefix, /^[a-z_][a-z0-9_]*(\.([a-z_][a-z0-9_]*|\*))*$/, prefix);
      assert.equal(prefix.includes('*'), artifact.includes('*'), `${prefix}: a template needs a * on both sides`);
      assert.ok(isValidPackageName('maven', artifact.replace('*', 'x')) && /^[^:]+:[^:]+$/.test(artifact), artifact);
    }
    for (const [bundle, members] of Object.entries(MAVEN_ARTIFACT_BUNDLES)) {
      for (const a of [bundle, ...members]) assert.match(a, /^[\w.-]+:[\w.-]+$/, a);
    }
  });
});
