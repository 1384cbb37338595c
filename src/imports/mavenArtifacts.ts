import { MAVEN_ARTIFACT_BUNDLES, MAVEN_PACKAGES } from './data/mavenPackages';

/** A package segment as Java code writes it; the first segment starting upper-case is a class name. */
const PACKAGE_SEGMENT = /^[a-z_][a-z0-9_]*$/;

/** Literal artifacts of the table and of the bundles (lower-case), and the table's `*` templates as patterns. */
const KNOWN: ReadonlySet<string> = new Set([
  ...Object.values(MAVEN_PACKAGES).filter((a) => !a.includes('*')),
  ...Object.entries(MAVEN_ARTIFACT_BUNDLES).flatMap(([bundle, members]) => [bundle, ...members]),
].map((a) => a.toLowerCase()));
const KNOWN_PATTERNS: readonly RegExp[] = Object.values(MAVEN_PACKAGES).filter((a) => a.includes('*'))
  .map((a) => new RegExp(`^${a.toLowerCase().replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace('\\*', '[a-z0-9_-]+')}$`));
const BUNDLES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(MAVEN_ARTIFACT_BUNDLES).map(([k, v]) => [k.toLowerCase(), v]));

/** "static com.google.common.base.Strings.isNullOrEmpty" -> ["com", "google", "common", "base"] */
export function javaPackageSegments(name: string): string[] {
  const out: string[] = [];
  for (const part of name.trim().replace(/^static\s+/, '').split('.')) {
    if (!PACKAGE_SEGMENT.test(part)) break;
    out.push(part);
  }
  return out;
}

/**
 * The Maven artifact shipping a Java/Kotlin package or class, by the longest known package prefix (MAVEN_PACKAGES);
 * undefined when no prefix is known.
 * @example mavenArtifactOf("okhttp3.logging.HttpLoggingInterceptor") // -> "com.squareup.okhttp3:logging-interceptor"
 * @example mavenArtifactOf("okhttp3.OkHttpClient") // -> "com.squareup.okhttp3:okhttp"
 * @example mavenArtifactOf("software.amazon.awssdk.services.s3.S3Client") // -> "software.amazon.awssdk:s3"
 * @example mavenArtifactOf("com.acme.http.Client") // -> undefined
 */
export function mavenArtifactOf(javaName: string, table: Readonly<Record<string, string>> = MAVEN_PACKAGES): string | undefined {
  const segments = javaPackageSegments(javaName);
  for (let n = segments.length; n >= 1; n--) {
    const literal = segments.slice(0, n).join('.');
    if (Object.hasOwn(table, literal)) return table[literal];
    const pattern = [...segments.slice(0, n - 1), '*'].join('.');
    if (n >= 2 && Object.hasOwn(table, pattern)) return table[pattern].replace('*', segments[n - 1]);
  }
  return undefined;
}

/**
 * Whether the table knows an artifact ("group:artifact", any case): listed for a package, in a bundle, or produced
 * by a `*` template.
 * @example isKnownMavenArtifact("com.squareup.okhttp3:okhttp") // -> true
 * @example isKnownMavenArtifact("com.acme:acme-http-client") // -> false
 */
export function isKnownMavenArtifact(artifact: string): boolean {
  const lower = artifact.trim().toLowerCase();
  return KNOWN.has(lower) || KNOWN_PATTERNS.some((p) => p.test(lower));
}

/**
 * The artifacts a dependency makes available to its dependents' code: itself, plus what its bundle lists
 * (transitively), in the table's spelling.
 * @example mavenArtifactsProvidedBy("org.springframework.boot:spring-boot-starter-web")
 *   // -> ["org.springframework.boot:spring-boot-starter-web", "org.springframework:spring-web", "org.springframework:spring-webmvc"]
 */
export function mavenArtifactsProvidedBy(artifact: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    const key = name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(name);
    for (const member of BUNDLES.get(key) ?? []) visit(member);
  };
  visit(artifact.trim());
  return out;
}
