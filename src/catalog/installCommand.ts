import type { PackageRef } from './model';

/**
 * The ecosystem's usual way to add a package to a project.
 * Maven has no "add" command, so it is the `<dependency>` element to paste into pom.xml (version left to the
 * project's dependencyManagement/BOM unless given).
 *
 * @example installCommand({ ecosystem: 'npm', name: '@acme/http-client' }) // -> "npm install @acme/http-client"
 * @example installCommand({ ecosystem: 'maven', name: 'com.acme:acme-json' })
 *   // -> "<dependency><groupId>com.acme</groupId><artifactId>acme-json</artifactId></dependency>"
 */
export function installCommand(pkg: PackageRef, version?: string): string {
  switch (pkg.ecosystem) {
    case 'npm':
      return `npm install ${pkg.name}${version ? `@${version}` : ''}`;
    case 'pypi':
      return `pip install ${pkg.name}${version ? `==${version}` : ''}`;
    case 'go':
      return `go get ${pkg.name}${version ? `@${version}` : ''}`;
    case 'maven': {
      const [groupId, artifactId = ''] = pkg.name.split(':');
      return `<dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId>${version ? `<version>${version}</version>` : ''}</dependency>`;
    }
    case 'nuget':
      return `dotnet add package ${pkg.name}${version ? ` --version ${version}` : ''}`;
    case 'cargo':
      return `cargo add ${pkg.name}${version ? `@${version}` : ''}`;
  }
}
