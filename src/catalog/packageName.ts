import { normalizePypiName } from './manifests/manifestUtil';
import type { Ecosystem, PackageRef } from './model';

// Each ecosystem's name grammar; none admits whitespace, control characters, shell metacharacters or a leading "-",
// so a catalog cannot smuggle an option (`--registry=…`) or a second command into a package manager's argv.
const GRAMMAR: Record<Ecosystem, { pattern: RegExp; maxLength: number }> = {
  // validate-npm-package-name: URL-safe characters, no leading "." or "_", optional @scope/
  npm: { pattern: /^(?:@[A-Za-z0-9][A-Za-z0-9._~-]*\/)?[A-Za-z0-9][A-Za-z0-9._~-]*$/, maxLength: 214 },
  // PEP 508 names
  pypi: { pattern: /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/, maxLength: 200 },
  // golang.org/x/mod/module.CheckPath: slash-separated elements of letters, digits and -._~
  go: { pattern: /^[A-Za-z0-9][A-Za-z0-9._~-]*(?:\/[A-Za-z0-9._~-]+)*$/, maxLength: 500 },
  maven: { pattern: /^[A-Za-z0-9_][A-Za-z0-9_.-]*:[A-Za-z0-9_][A-Za-z0-9_.-]*$/, maxLength: 300 },
  nuget: { pattern: /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, maxLength: 100 },
  cargo: { pattern: /^[A-Za-z0-9_][A-Za-z0-9_-]*$/, maxLength: 64 },
};

/**
 * Whether `name` is a well-formed package name of `ecosystem` (and so safe as one argv element of its package manager).
 *
 * @example isValidPackageName('npm', '@acme/retry') // -> true
 * @example isValidPackageName('npm', '--registry=https://evil.example/') // -> false
 * @example isValidPackageName('maven', 'com.acme:http-client') // -> true
 */
export function isValidPackageName(ecosystem: Ecosystem, name: string): boolean {
  const grammar = GRAMMAR[ecosystem];
  if (!grammar || name.length > grammar.maxLength || !grammar.pattern.test(name)) return false;
  return ecosystem !== 'go' || name.split('/').every((el) => !el.startsWith('.') && !el.endsWith('.'));
}

/**
 * The refs whose names are valid; each invalid one adds a warning naming `owner` (the entry) and the package.
 *
 * @example validPackages([{ ecosystem: 'npm', name: '-x' }], 'acme/x', 'package', warnings) // -> [], warnings: ['acme/x: package npm "-x" ignored: not a valid npm package name']
 */
export function validPackages(refs: PackageRef[], owner: string, what: string, warnings: string[]): PackageRef[] {
  return refs.filter((p) => {
    if (isValidPackageName(p.ecosystem, p.name)) return true;
    warnings.push(`${owner}: ${what} ${p.ecosystem} ${JSON.stringify(p.name)} ignored: not a valid ${p.ecosystem} package name`);
    return false;
  });
}

/**
 * A package name in a form comparable within its ecosystem.
 * @example canonicalPackageName("pypi", "Acme_HTTP.Client") // -> "acme-http-client"
 * @example canonicalPackageName("cargo", "acme_http") // -> "acme-http"
 */
export function canonicalPackageName(ecosystem: Ecosystem, name: string): string {
  const lower = name.trim().toLowerCase();
  switch (ecosystem) {
    case 'pypi':
      return normalizePypiName(lower);
    case 'cargo':
      return lower.replace(/_/g, '-');
    default:
      return lower;
  }
}

/** A key for "the same package" across sources: "cargo:acme_http" and "cargo:Acme-HTTP" meet. */
export function packageKey(ref: { ecosystem: Ecosystem; name: string }): string {
  return `${ref.ecosystem}:${canonicalPackageName(ref.ecosystem, ref.name)}`;
}
