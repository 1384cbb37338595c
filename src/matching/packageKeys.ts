import type { Ecosystem, PackageRef } from '../catalog/model';
import { canonicalPackageName } from '../catalog/packageName';
import { mavenArtifactsProvidedBy } from '../imports/mavenArtifacts';

export { canonicalPackageName };

/**
 * Package names and import specifiers meet here: a catalog package is indexed under every key an import of it
 * could produce, and an import is looked up under its keys, most specific first.
 */

/**
 * Keys under which a catalog package is indexed. Maven artifacts also get the Java package names their
 * coordinates suggest, since a Java import names a package, not an artifact; a Maven dependency also gets the
 * artifacts its bundle brings (src/matching/data/mavenPackages.ts).
 * @example packageIndexKeys({ ecosystem: "go", name: "github.com/hashicorp/hcl/v2" }) // -> ["github.com/hashicorp/hcl/v2", "github.com/hashicorp/hcl"]
 * @example packageIndexKeys({ ecosystem: "maven", name: "org.apache.kafka:kafka-clients" })
 *   // -> ["org.apache.kafka:kafka-clients", "org.apache.kafka.clients", "org.apache.kafka.kafkaclients", ...]
 */
export function packageIndexKeys(pkg: PackageRef, options: { dependency?: boolean } = {}): string[] {
  const canonical = canonicalPackageName(pkg.ecosystem, pkg.name);
  if (pkg.ecosystem === 'cargo') return [canonical, canonical.replace(/-/g, '_')];
  // A Go module's major-version path ("github.com/acme/hcl/v2") lives in the repository that still serves its v0/v1
  // import path ("github.com/acme/hcl"): an import of the older major version is the same internal library.
  const goMajor = pkg.ecosystem === 'go' && !options.dependency ? /^(.+\/[^/]+)\/v[2-9]\d*$/.exec(canonical) : null;
  if (goMajor) return [canonical, goMajor[1]];
  if (pkg.ecosystem !== 'maven' || !canonical.includes(':')) return [canonical];
  const [group, artifact] = canonical.split(':', 2);
  const groupParts = group.split('.');
  const tokens = artifact.split(/[-_.]+/).filter((t) => t && !groupParts.includes(t));
  const keys = new Set([canonical]);
  // A starter or bundle also stands for the artifacts it brings (spring-boot-starter-web → spring-web).
  if (options.dependency) for (const provided of mavenArtifactsProvidedBy(canonical)) keys.add(canonicalPackageName('maven', provided));
  // A dependency's group id is a fair guess at its Java package root; an internal artifact's is not (the whole org shares it).
  if (tokens.length === 0 || options.dependency) keys.add(group);
  const last = groupParts[groupParts.length - 1];
  if (options.dependency && groupParts.length > 1 && last.length >= 4 && !GENERIC_SEGMENTS.has(last)) keys.add(last);
  for (const base of [group, groupParts.slice(0, -1).join('.')]) {
    if (!base || tokens.length === 0) continue;
    keys.add(`${base}.${tokens.join('.')}`);
    keys.add(`${base}.${tokens.join('')}`);
  }
  return [...keys];
}

/**
 * Keys to look an import up under, most specific first.
 * @example importLookupKeys("go", "github.com/acme/kafka-go/producer") // -> ["github.com/acme/kafka-go/producer", "github.com/acme/kafka-go", "github.com/acme"]
 * @example importLookupKeys("pypi", "acme_http.client", "acme-http") // -> ["acme-http"]
 */
export function importLookupKeys(ecosystem: Ecosystem, specifier: string, packageName?: string): string[] {
  const keys: string[] = [];
  const push = (key: string | undefined) => {
    if (key && !keys.includes(key)) keys.push(key);
  };
  const spec = specifier.trim();
  switch (ecosystem) {
    case 'npm':
      push(packageName && canonicalPackageName('npm', packageName));
      push(canonicalPackageName('npm', npmPackageOf(spec)));
      break;
    case 'pypi':
      push(packageName && canonicalPackageName('pypi', packageName));
      push(canonicalPackageName('pypi', spec.replace(/^\.+/, '').split('.')[0]));
      for (const key of [...keys]) push(PYTHON_DISTRIBUTIONS[key]);
      break;
    case 'cargo':
      push(packageName && canonicalPackageName('cargo', packageName));
      push(canonicalPackageName('cargo', spec.split('::')[0]));
      break;
    case 'go':
      for (const prefix of prefixes(spec.toLowerCase(), '/', 2)) push(prefix);
      push(packageName?.toLowerCase());
      break;
    case 'maven':
      for (const prefix of prefixes(spec.toLowerCase().replace(/\.\*$/, '').replace(/^static\s+/, ''), '.', 1)) push(prefix);
      push(packageName && canonicalPackageName('maven', packageName));
      break;
    case 'nuget':
      for (const prefix of prefixes(spec.toLowerCase().replace(/^static\s+/, ''), '.', 1)) push(prefix);
      push(packageName?.toLowerCase());
      break;
  }
  return keys;
}

/** Top-level Python modules whose distribution is named differently (import name -> canonical distribution). */
const PYTHON_DISTRIBUTIONS: Readonly<Record<string, string>> = {
  yaml: 'pyyaml', jwt: 'pyjwt', sklearn: 'scikit-learn', pil: 'pillow', bs4: 'beautifulsoup4', dateutil: 'python-dateutil',
  dotenv: 'python-dotenv', attr: 'attrs', cv2: 'opencv-python', kafka: 'kafka-python', snowflake: 'snowflake-connector-python',
  jose: 'python-jose', zmq: 'pyzmq', git: 'gitpython', crypto: 'pycryptodome', mysqldb: 'mysqlclient', magic: 'python-magic',
  serial: 'pyserial', docx: 'python-docx', google: 'protobuf', grpc: 'grpcio', psycopg: 'psycopg', ldap: 'python-ldap',
};

/** Group-id segments too common to stand for a package on their own. */
const GENERIC_SEGMENTS: ReadonlySet<string> = new Set(['core', 'common', 'commons', 'util', 'utils', 'api', 'apache', 'google', 'github', 'internal']);

/** "@org/ui-kit/button" -> "@org/ui-kit"; "lodash/fp" -> "lodash" */
function npmPackageOf(specifier: string): string {
  const parts = specifier.replace(/^npm:/, '').split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** "a.b.c" -> ["a.b.c", "a.b"] (at least `min` segments). */
function prefixes(text: string, separator: string, min: number): string[] {
  const parts = text.split(separator).filter((p) => p.length > 0);
  const out: string[] = [];
  for (let n = parts.length; n >= Math.min(min, parts.length); n--) out.push(parts.slice(0, n).join(separator));
  return out;
}
