import { builtinModules } from 'node:module';
import type { PackageRef } from '../catalog/model';
import type { ClassifiedImport, ImportRef, SourceLanguage } from './types';
import { PYTHON_STDLIB } from './data/pythonStdlib';
import { mavenArtifactOf } from './mavenArtifacts';
import { normalizePypiName } from '../catalog/manifests/manifestUtil';

/** What a project says about itself, so its own imports classify as local. Every field is optional. */
export interface ProjectContext {
  /** package.json "name", e.g. "@org/web-app". */
  npmName?: string;
  /** go.mod module path, e.g. "github.com/org/service". */
  goModule?: string;
  /** Top-level import names of the project's own Python packages, e.g. ["orders", "orders_cli"]. */
  pythonPackages?: string[];
  /** Java/Kotlin package roots of the project's sources, e.g. ["com.acme.orders"]. */
  javaPackageRoots?: string[];
  /** Cargo.toml package name, e.g. "order-service" (code refers to it as order_service). */
  crateName?: string;
  /** Modules the crate root declares (`mod config;` in src/lib.rs or src/main.rs): `use config::X` is local there. */
  rustModules?: string[];
  /** Root namespaces of the project's C# code, e.g. ["Acme.Orders"]. */
  dotnetNamespaces?: string[];
  /** Python top-level module → distribution name, from installed metadata: { yaml: "PyYAML" }. */
  pythonDistributions?: Record<string, string>;
  /** Packages the project's own manifests publish (canonical names): a library is never suggested to itself. */
  packages?: PackageRef[];
  /** "owner/name" of the repositories its git remotes point at, lower-cased: its own repository, clone or fork. */
  repositories?: string[];
  /** Without git remotes: the names of the project's folder and of its enclosing checkout, as a clone names them after its repository ("ui-kit"). */
  checkoutNames?: string[];
  /** Runtime dependencies its manifests declare: a library it already uses is not news for its new files. */
  dependencies?: PackageRef[];
}

const NODE_BUILTINS: ReadonlySet<string> = new Set(builtinModules);
const JDK_PREFIXES = ['java.', 'javax.', 'jdk.', 'kotlin.', 'sun.', 'com.sun.', 'org.w3c.dom.', 'org.xml.sax.', 'org.ietf.jgss.'];
const DOTNET_STDLIB = ['System', 'Microsoft.Win32', 'Microsoft.CSharp', 'Microsoft.VisualBasic'];
const RUST_STDLIB: ReadonlySet<string> = new Set(['std', 'core', 'alloc', 'proc_macro', 'test']);
// Go hosts whose module paths are host/owner/repo; other (vanity) hosts are host/name, gopkg.in is special.
const GO_THREE_ELEMENT_HOSTS: ReadonlySet<string> = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'golang.org',
  'gitee.com', 'codeberg.org', 'git.sr.ht']);

type Verdict = Pick<ClassifiedImport, 'kind' | 'packageName' | 'ecosystem'>;

/**
 * Classifies one import as project-local, standard library, or a third-party package with its package name.
 * Examples: ("@org/ui/button", typescript) → package "@org/ui" (npm); ("node:fs") → stdlib;
 * ("github.com/a/b/sub", go) → package "github.com/a/b"; ("yaml", python, { pythonDistributions: { yaml: "PyYAML" } })
 * → package "pyyaml" (PEP 503 normalised); ("okhttp3.OkHttpClient", java) → package "com.squareup.okhttp3:okhttp"
 * (curated table, src/matching/data/mavenPackages.ts); ("crate::x", rust) → local.
 */
export function classifyImport(ref: ImportRef, language: SourceLanguage, ctx: ProjectContext = {}): ClassifiedImport {
  return { ...ref, ...verdict(ref.specifier, language, ctx) };
}

function verdict(spec: string, language: SourceLanguage, ctx: ProjectContext): Verdict {
  switch (language) {
    case 'javascript':
    case 'typescript':
      return classifyNpm(spec, ctx);
    case 'python':
      return classifyPython(spec, ctx);
    case 'go':
      return classifyGo(spec, ctx);
    case 'java':
    case 'kotlin':
      return classifyJvm(spec, ctx);
    case 'csharp':
      return classifyDotnet(spec, ctx);
    case 'rust':
      return classifyRust(spec, ctx);
  }
}

const local: Verdict = { kind: 'local' };
const stdlib: Verdict = { kind: 'stdlib' };

function classifyNpm(spec: string, ctx: ProjectContext): Verdict {
  // Relative and absolute paths, package.json "#imports", and the common "@/" and "~/" source-root aliases.
  if (/^(\.{1,2}(\/|$)|\/|#|~\/|@\/|[a-zA-Z]:[\\/]|file:)/.test(spec)) return local;
  if (spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0])) return stdlib;
  if (/^[a-z][a-z0-9+.-]*:/i.test(spec)) return { kind: 'package' }; // https:, npm:, jsr: … URLs: no npm name
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  if (ctx.npmName && name === ctx.npmName) return local;
  return { kind: 'package', packageName: name, ecosystem: 'npm' };
}

function classifyPython(spec: string, ctx: ProjectContext): Verdict {
  if (spec.startsWith('.')) return local;
  const top = spec.split('.')[0];
  if (ctx.pythonPackages?.includes(top)) return local;
  if (PYTHON_STDLIB.has(top)) return stdlib;
  const dist = ctx.pythonDistributions && Object.hasOwn(ctx.pythonDistributions, top) ? ctx.pythonDistributions[top] : top;
  return { kind: 'package', packageName: normalizePypiName(dist), ecosystem: 'pypi' };
}

function classifyGo(spec: string, ctx: ProjectContext): Verdict {
  if (spec.startsWith('.') || spec.startsWith('/')) return local;
  if (ctx.goModule && (spec === ctx.goModule || spec.startsWith(`${ctx.goModule}/`))) return local;
  const parts = spec.split('/');
  if (!parts[0].includes('.')) return stdlib;
  let take = GO_THREE_ELEMENT_HOSTS.has(parts[0]) ? 3 : 2;
  // gopkg.in/yaml.v3 (2 elements) or gopkg.in/user/pkg.v1 (3 elements).
  if (parts[0] === 'gopkg.in') take = /\.v\d+$/.test(parts[1] ?? '') ? 2 : 3;
  // A major-version suffix belongs to the module path: github.com/a/b/v2/sub → github.com/a/b/v2.
  if (/^v\d+$/.test(parts[take] ?? '') && parts[0] !== 'gopkg.in') take++;
  return { kind: 'package', packageName: parts.slice(0, take).join('/'), ecosystem: 'go' };
}

function classifyJvm(spec: string, ctx: ProjectContext): Verdict {
  const dotted = `${spec}.`;
  const known = mavenArtifactOf(spec);
  // javax.* is mostly JDK, but javax.servlet, javax.inject… are Maven artifacts the table names.
  if (JDK_PREFIXES.some((p) => dotted.startsWith(p)) && !(known && spec.startsWith('javax.'))) return stdlib;
  if (ctx.javaPackageRoots?.some((root) => dotted.startsWith(`${root}.`))) return local;
  if (known) return { kind: 'package', packageName: known, ecosystem: 'maven' };
  // Unknown to the project and the table: the package prefix, lower-case segments before the first class name, at most three.
  const segments: string[] = [];
  for (const part of spec.split('.')) {
    if (part === '*' || /^[A-Z]/.test(part) || segments.length === 3) break;
    segments.push(part);
  }
  return { kind: 'package', packageName: (segments.length ? segments : spec.split('.').slice(0, 1)).join('.'), ecosystem: 'maven' };
}

function classifyDotnet(spec: string, ctx: ProjectContext): Verdict {
  const name = spec.replace(/^global::/, '');
  const dotted = `${name}.`;
  if (DOTNET_STDLIB.some((ns) => dotted.startsWith(`${ns}.`))) return stdlib;
  if (ctx.dotnetNamespaces?.some((ns) => dotted.startsWith(`${ns}.`))) return local;
  return { kind: 'package', packageName: name.split('.').slice(0, 2).join('.'), ecosystem: 'nuget' };
}

function classifyRust(spec: string, ctx: ProjectContext): Verdict {
  const first = spec.replace(/^::/, '').split('::')[0];
  if (first === 'crate' || first === 'self' || first === 'super' || first === 'Self') return local;
  if (RUST_STDLIB.has(first)) return stdlib;
  if (ctx.crateName && first === ctx.crateName.replace(/-/g, '_')) return local;
  if (ctx.rustModules?.includes(first)) return local;
  return { kind: 'package', packageName: first, ecosystem: 'cargo' };
}
