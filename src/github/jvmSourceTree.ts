import { maxOf, pushAll } from '../util/arrays';

/**
 * Java/Kotlin package roots from a repository's source layout, read in the same GraphQL request as its manifests:
 * `src/main/java` and `src/main/kotlin` four directory levels deep (com/acme/http/<files>), which is where nearly
 * every library's own package starts.
 */

/** Directory levels read below the source root (the query below nests `entries` this many times). */
const JVM_TREE_DEPTH = 4;
/** Roots kept per repository; more are folded into their parents (a library spread over many packages). */
const MAX_ROOTS = 12;
/** Source roots read for package roots, aliased in the crawl query by these names. */
export const JVM_SOURCE_ROOTS: Readonly<Record<string, string>> = { jvmJava: 'src/main/java', jvmKotlin: 'src/main/kotlin' };

const entriesAt = (depth: number): string =>
  depth === 1 ? 'entries { name type }' : `entries { name type object { ... on Tree { ${entriesAt(depth - 1)} } } }`;

/** The fragment each source root is read with: nested tree entries, JVM_TREE_DEPTH levels. */
export const JVM_TREE_FRAGMENT = `fragment JvmSourceTree on Tree { ${entriesAt(JVM_TREE_DEPTH)} }`;

/** The aliased objects to add to a repository selection. */
export const JVM_TREE_ALIASES = Object.entries(JVM_SOURCE_ROOTS)
  .map(([alias, dir]) => `${alias}: object(expression: ${JSON.stringify(`HEAD:${dir}`)}) { ...JvmSourceTree }`).join('\n  ');

/** A tree as the query returns it: a blob's `object` is `{}` or absent, a directory's below the depth limit too. */
export interface SourceTreeNode {
  entries?: { name: string; type: string; object?: SourceTreeNode | null }[];
}

const PACKAGE_SEGMENT = /^[a-z_][a-z0-9_]*$/;
const SOURCE_FILE = /\.(java|kt)$/;

/**
 * Package roots of one or more source trees: the shallowest directories holding .java/.kt files, or, where the
 * tree was not read deeper, the deepest directories read. A root needs two segments ("com" alone names no
 * library); a tree with sources directly at its top (Kotlin's flat layout) gives none.
 * @example jvmPackageRoots([{ entries: [{ name: 'com', type: 'tree', object: { entries: [{ name: 'acme', type: 'tree', object:
 *   { entries: [{ name: 'http', type: 'tree', object: { entries: [{ name: 'Client.java', type: 'blob' }] } }] } }] } }] }])
 *   // -> ["com.acme.http"]
 */
export function jvmPackageRoots(trees: readonly (SourceTreeNode | null | undefined)[]): string[] {
  const roots = new Set<string>();
  for (const tree of trees) {
    if (!tree?.entries || tree.entries.some((e) => e.type === 'blob' && SOURCE_FILE.test(e.name))) continue;
    for (const root of walk(tree, [])) if (root.length >= 2) roots.add(root.join('.'));
  }
  let out = [...roots].sort();
  // Fold the most specific roots into their parents until few enough remain.
  while (out.length > MAX_ROOTS) {
    const longest = maxOf(out.map((r) => r.split('.').length));
    if (longest <= 2) return out.slice(0, MAX_ROOTS);
    out = [...new Set(out.map((r) => (r.split('.').length === longest ? r.split('.').slice(0, -1).join('.') : r)))].sort();
    out = out.filter((r) => !out.some((o) => o !== r && r.startsWith(`${o}.`)));
  }
  return out;
}

function walk(node: SourceTreeNode, path: string[]): string[][] {
  const entries = node.entries ?? [];
  if (path.length > 0 && entries.some((e) => e.type === 'blob' && SOURCE_FILE.test(e.name))) return [path];
  const out: string[][] = [];
  for (const dir of entries.filter((e) => e.type === 'tree' && PACKAGE_SEGMENT.test(e.name))) {
    const inside = dir.object?.entries;
    pushAll(out, inside ? walk({ entries: inside }, [...path, dir.name]) : [[...path, dir.name]]);
  }
  return out;
}
