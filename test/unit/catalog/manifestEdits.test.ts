import assert from 'node:assert/strict';
import { addMavenDependency, addPyprojectDependency, addRequirement, applyManifestEdit, pyprojectInfo } from '../../../src/catalog/manifestEdits';

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<project>
    <modelVersion>4.0.0</modelVersion>
    <dependencyManagement>
        <dependencies>
            <dependency>
                <groupId>com.acme</groupId>
                <artifactId>acme-bom</artifactId>
            </dependency>
        </dependencies>
    </dependencyManagement>
    <!-- <dependencies> in a comment is ignored -->
    <dependencies>
        <dependency>
            <groupId>com.google.code.gson</groupId>
            <artifactId>gson</artifactId>
        </dependency>
    </dependencies>
    <build>
        <plugins>
            <plugin>
                <dependencies>
                    <dependency><groupId>x</groupId><artifactId>y</artifactId></dependency>
                </dependencies>
            </plugin>
        </plugins>
    </build>
</project>
`;

function apply(text: string, edit: ReturnType<typeof addMavenDependency>): string {
  assert.ok(edit, 'expected an edit');
  return applyManifestEdit(text, edit);
}

describe('manifestEdits', () => {
  describe('addMavenDependency', () => {
    it('inserts into the project-level <dependencies> with the file\'s indentation', () => {
      const out = apply(POM, addMavenDependency(POM, 'com.acme:acme-json'));
      assert.ok(out.includes(`            <artifactId>gson</artifactId>
        </dependency>
        <dependency>
            <groupId>com.acme</groupId>
            <artifactId>acme-json</artifactId>
        </dependency>
    </dependencies>
    <build>`), out);
      assert.equal(out.split('acme-json').length, 2, 'added exactly once');
    });

    it('returns undefined when the project already depends on it (not counting dependencyManagement or plugins)', () => {
      assert.equal(addMavenDependency(POM, 'com.google.code.gson:gson'), undefined);
      assert.ok(addMavenDependency(POM, 'com.acme:acme-bom'), 'a managed-only dependency is still added');
      assert.ok(addMavenDependency(POM, 'x:y'), 'a plugin dependency is not a project dependency');
    });

    it('creates the <dependencies> block before </project> when missing', () => {
      const pom = '<project>\n  <modelVersion>4.0.0</modelVersion>\n</project>\n';
      assert.equal(apply(pom, addMavenDependency(pom, 'com.acme:acme-retry', '1.2.0')), `<project>
  <modelVersion>4.0.0</modelVersion>
  <dependencies>
    <dependency>
      <groupId>com.acme</groupId>
      <artifactId>acme-retry</artifactId>
      <version>1.2.0</version>
    </dependency>
  </dependencies>
</project>
`);
    });

    it('handles a one-line block and CRLF files', () => {
      const pom = '<project>\r\n  <dependencies></dependencies>\r\n</project>\r\n';
      const out = apply(pom, addMavenDependency(pom, 'a:b'));
      assert.ok(out.includes('<dependencies>\r\n    <dependency>\r\n      <groupId>a</groupId>'), JSON.stringify(out));
      assert.ok(out.includes('</dependency>\r\n  </dependencies>'), JSON.stringify(out));
    });

    it('rejects bad coordinates and files without <project> with a sentence', () => {
      assert.throws(() => addMavenDependency(POM, 'no-colon'), /not a Maven "groupId:artifactId"/);
      assert.throws(() => addMavenDependency('<foo/>', 'a:b'), /no <project> element/);
    });
  });

  describe('addRequirement', () => {
    it('appends a line, adding the missing final newline', () => {
      assert.equal(applyManifestEdit('requests==2.32', addRequirement('requests==2.32', 'acme-http')!), 'requests==2.32\nacme-http\n');
      assert.equal(applyManifestEdit('', addRequirement('', 'acme-http')!), 'acme-http\n');
    });
    it('is a no-op when listed under any PEP 503 spelling, ignoring comments and options', () => {
      assert.equal(addRequirement('-r base.txt\n# acme-http\nAcme_HTTP[extra]>=1 ; python_version>"3"\n', 'acme-http'), undefined);
      assert.ok(addRequirement('# acme-http\n', 'acme-http'));
    });
  });

  describe('pyproject', () => {
    it('reads PEP 621 and Poetry declarations', () => {
      const info = pyprojectInfo('[project]\nname = "x"\ndependencies = ["Requests>=2", "httpx[http2]"]\n[tool.poetry.dependencies]\nPyYAML = "*"\n');
      assert.deepEqual([...info.declared].sort(), ['httpx', 'pyyaml', 'requests']);
      assert.equal(info.pep621, true);
      assert.equal(info.poetry, true);
      assert.throws(() => pyprojectInfo('[project\n'), /pyproject.toml is not valid TOML/);
    });

    it('adds to a multi-line array after the last item, keeping comments and brackets inside strings', () => {
      const text = '[project]\nname = "svc"\ndependencies = [\n  "httpx[http2]>=0.27",  # transport\n  "tenacity"\n]\n\n[tool.ruff]\nline-length = 100\n';
      const out = applyManifestEdit(text, addPyprojectDependency(text, 'acme-http')!);
      assert.equal(out, '[project]\nname = "svc"\ndependencies = [\n  "httpx[http2]>=0.27",  # transport\n  "tenacity",\n  "acme-http",\n]\n\n[tool.ruff]\nline-length = 100\n');
      assert.doesNotThrow(() => pyprojectInfo(out));
      assert.ok(pyprojectInfo(out).declared.has('acme-http'));
    });

    it('adds to inline and empty arrays', () => {
      const inline = '[project]\ndependencies = ["httpx"]\n';
      assert.equal(applyManifestEdit(inline, addPyprojectDependency(inline, 'acme-http')!), '[project]\ndependencies = ["httpx", "acme-http"]\n');
      const empty = '[project]\ndependencies = []\n';
      assert.equal(applyManifestEdit(empty, addPyprojectDependency(empty, 'acme-http')!), '[project]\ndependencies = ["acme-http"]\n');
      const trailing = '[project]\ndependencies = [\n    "a",\n]\n';
      assert.equal(applyManifestEdit(trailing, addPyprojectDependency(trailing, 'b')!), '[project]\ndependencies = [\n    "a",\n    "b",\n]\n');
    });

    it('returns undefined when already declared or when there is no PEP 621 array', () => {
      assert.equal(addPyprojectDependency('[project]\ndependencies = ["acme_http"]\n', 'acme-http'), undefined);
      assert.equal(addPyprojectDependency('[tool.poetry.dependencies]\npython = "^3.12"\n', 'acme-http'), undefined);
    });
  });
});
