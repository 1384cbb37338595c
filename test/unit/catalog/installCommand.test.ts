import * as assert from 'node:assert/strict';
import { installCommand } from '../../../src/catalog/installCommand';

describe('installCommand', () => {
  it('uses each ecosystem\'s usual command, with an optional version', () => {
    assert.equal(installCommand({ ecosystem: 'npm', name: '@acme/http-client' }), 'npm install @acme/http-client');
    assert.equal(installCommand({ ecosystem: 'npm', name: '@acme/http-client' }, '2.1.0'), 'npm install @acme/http-client@2.1.0');
    assert.equal(installCommand({ ecosystem: 'pypi', name: 'acme-kafka' }, '1.0'), 'pip install acme-kafka==1.0');
    assert.equal(installCommand({ ecosystem: 'go', name: 'github.com/acme/go-retry' }), 'go get github.com/acme/go-retry');
    assert.equal(installCommand({ ecosystem: 'nuget', name: 'Acme.Http' }, '3.0.0'), 'dotnet add package Acme.Http --version 3.0.0');
    assert.equal(installCommand({ ecosystem: 'cargo', name: 'acme-http' }), 'cargo add acme-http');
  });

  it('gives Maven the <dependency> element to paste', () => {
    assert.equal(installCommand({ ecosystem: 'maven', name: 'com.acme:acme-json' }), '<dependency><groupId>com.acme</groupId><artifactId>acme-json</artifactId></dependency>');
    assert.equal(installCommand({ ecosystem: 'maven', name: 'com.acme:acme-json' }, '1.2'), '<dependency><groupId>com.acme</groupId><artifactId>acme-json</artifactId><version>1.2</version></dependency>');
  });
});
