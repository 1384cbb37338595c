import * as assert from 'node:assert/strict';
import { ManifestError, manifestParserFor, parseCargoToml, parseCatalogInfoYaml, parseCodeowners, parseCsproj, parseInnersourceJson } from '../../../src/catalog/manifests/index';

describe('parseCsproj', () => {
  it('reads PackageId, tags and PackageReferences, skipping build-only ones', () => {
    const info = parseCsproj(`<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework><PackageId>Acme.Http</PackageId><Description>HTTP for .NET</Description><PackageTags>http;client retry</PackageTags><RepositoryUrl>https://ghe/acme/http-dotnet</RepositoryUrl></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Polly" Version="8.4.0" />
    <PackageReference Include="Microsoft.SourceLink.GitHub" Version="8.0.0" PrivateAssets="all" />
  </ItemGroup>
</Project>`, 'src/Acme.Http/Acme.Http.csproj');
    assert.deepEqual(info.packages, [{ ecosystem: 'nuget', name: 'Acme.Http' }]);
    assert.deepEqual(info.dependencies, [{ ecosystem: 'nuget', name: 'Polly' }]);
    assert.deepEqual(info.keywords, ['http', 'client', 'retry']);
    assert.equal(info.links.repo, 'https://ghe/acme/http-dotnet');
  });

  it('falls back to the file name, honours IsPackable=false, rejects malformed XML', () => {
    assert.deepEqual(parseCsproj('<Project><PropertyGroup/></Project>', 'Acme.Tools.csproj').packages, [{ ecosystem: 'nuget', name: 'Acme.Tools' }]);
    assert.deepEqual(parseCsproj('<Project><PropertyGroup><IsPackable>false</IsPackable></PropertyGroup></Project>', 'App.csproj').packages, []);
    assert.throws(() => parseCsproj('<Project><ItemGroup></Project>', 'App.csproj'), (e: Error) => e instanceof ManifestError && /App\.csproj: invalid XML/.test(e.message));
    assert.throws(() => parseCsproj('<Project><ItemGroup><PackageReference Version="1"/></ItemGroup></Project>', 'App.csproj'), /without an Include/);
  });
});

describe('parseCargoToml', () => {
  it('reads the package, keywords + categories and dependencies (with renames, without path crates)', () => {
    const info = parseCargoToml(`
[package]
name = "acme-http"
description = "HTTP for Rust"
keywords = ["http"]
categories = ["web-programming"]
repository = "https://ghe/acme/http-rs"

[dependencies]
reqwest = { version = "0.12", features = ["json"] }
serde = "1"
local-util = { path = "../util" }
http1 = { package = "http", version = "1" }

[dev-dependencies]
tokio-test = "0.4"
`, 'Cargo.toml');
    assert.deepEqual(info.packages, [{ ecosystem: 'cargo', name: 'acme-http' }]);
    assert.deepEqual(info.dependencies.map((d) => d.name), ['reqwest', 'serde', 'http']);
    assert.deepEqual(info.keywords, ['http', 'web-programming']);
  });

  it('publishes nothing with publish = false or a bare workspace; rejects bad TOML', () => {
    assert.deepEqual(parseCargoToml('[package]\nname = "x"\npublish = false\n', 'Cargo.toml').packages, []);
    assert.deepEqual(parseCargoToml('[workspace]\nmembers = ["a"]\n', 'Cargo.toml').packages, []);
    assert.throws(() => parseCargoToml('[package\n', 'Cargo.toml'), (e: Error) => e instanceof ManifestError && /Cargo\.toml: invalid TOML/.test(e.message));
    assert.throws(() => parseCargoToml('[package]\nversion = "1"\n', 'Cargo.toml'), /\[package\] has no name/);
  });
});

describe('parseCatalogInfoYaml', () => {
  it('folds multi-document components, preferring the library one', () => {
    const info = parseCatalogInfoYaml(`apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: docs-site }
spec: { type: website, owner: web }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: retry
  description: Retry helpers
  tags: [retry, resilience]
  annotations:
    github.com/project-slug: acme/retry
    reuse-radar/packages: npm:@acme/retry go:github.com/acme/retry-go
spec: { type: library, lifecycle: experimental, owner: group:platform }
`, 'catalog-info.yaml');
    assert.equal(info.kind, 'library');
    assert.equal(info.lifecycle, 'experimental');
    assert.deepEqual(info.owners, ['group:default/platform', 'group:default/web']);
    assert.deepEqual(info.packages, [{ ecosystem: 'npm', name: '@acme/retry' }, { ecosystem: 'go', name: 'github.com/acme/retry-go' }]);
  });

  it('reads a deprecated component and its replacement annotation; rejects bad YAML and entities without names', () => {
    const info = parseCatalogInfoYaml('kind: Component\nmetadata:\n  name: old\n  annotations: {reuse-radar/replacement: acme/new}\nspec: {type: library, lifecycle: deprecated, owner: user:jdoe}\n', 'catalog-info.yaml');
    assert.equal(info.lifecycle, 'deprecated');
    assert.equal(info.replacement, 'acme/new');
    assert.deepEqual(info.owners, ['user:default/jdoe']);
    assert.throws(() => parseCatalogInfoYaml('kind: Component\nmetadata: [unclosed\n', 'catalog-info.yaml'), (e: Error) => e instanceof ManifestError && /catalog-info\.yaml: invalid YAML/.test(e.message));
    assert.throws(() => parseCatalogInfoYaml('kind: Component\nmetadata: {}\n', 'catalog-info.yaml'), /without metadata\.name/);
  });
});

describe('parseInnersourceJson', () => {
  it('reads the InnerSource portal fields and the reuseRadar block', () => {
    const info = parseInnersourceJson('{"title":"Retry","motivation":"Shared retries","contributions":["Docs"],"skills":["Go"],"logo":"logo.png","docs":"https://docs.acme/retry","reuseRadar":{"replaces":["github.com/avast/retry-go"]}}', 'innersource.json');
    assert.deepEqual(info.innersource, { title: 'Retry', motivation: 'Shared retries', contributions: ['Docs'], skills: ['Go'], logo: 'logo.png' });
    assert.equal(info.links.docs, 'https://docs.acme/retry');
    assert.deepEqual(info.replaces, ['github.com/avast/retry-go']);
    assert.throws(() => parseInnersourceJson('{title: "x"}', 'innersource.json'), (e: Error) => e instanceof ManifestError && /innersource\.json: invalid JSON/.test(e.message));
  });
});

describe('parseCodeowners', () => {
  it('takes the last root rule, ignoring comments and path rules', () => {
    const text = '# owners\n*       @acme/old-team\n/docs/  @acme/writers docs@acme.com\n*       @acme/platform @jdoe # current\n';
    assert.deepEqual(parseCodeowners(text, '.github/CODEOWNERS').owners, ['@acme/platform', '@jdoe']);
  });

  it('without a root rule lists every owner once; rejects invalid owners with the line', () => {
    assert.deepEqual(parseCodeowners('/src/ @a @b\n/lib/ @b @c\n', 'CODEOWNERS').owners, ['@a', '@b', '@c']);
    assert.throws(() => parseCodeowners('* @ok\n/src/ not-an-owner\n', 'CODEOWNERS'), (e: Error) => e instanceof ManifestError && /CODEOWNERS: line 2: "not-an-owner"/.test(e.message));
  });
});

describe('manifestParserFor', () => {
  it('knows the root descriptors and any *.csproj, nothing else', () => {
    assert.equal(manifestParserFor('src/Acme.Http.csproj'), parseCsproj);
    assert.equal(manifestParserFor('.github/CODEOWNERS'), parseCodeowners);
    assert.equal(manifestParserFor('README.md'), undefined);
    assert.equal(manifestParserFor('sub/package.json'), undefined);
  });
});
