import ignore, { type Ignore } from 'ignore';

/**
 * The `.gitignore` files of one workspace folder, applied the way git does: each file's patterns are relative to its
 * own folder, and a deeper file can re-include (`!pattern`) what a shallower one ignored.
 * @example
 *   const rules = new GitignoreRules();
 *   rules.add('', 'generated/\n');
 *   rules.add('web', '*.gen.ts\n');
 *   rules.ignores('generated/a.ts')   // -> true
 *   rules.ignores('web/api.gen.ts')   // -> true
 *   rules.ignores('api.gen.ts')       // -> false
 */
export class GitignoreRules {
  private readonly byDir = new Map<string, Ignore>();

  /** Adds the text of `<dir>/.gitignore`; `dir` is workspace-relative with `/` separators ("" for the root). */
  add(dir: string, content: string): void {
    const key = normalizeDir(dir);
    const existing = this.byDir.get(key);
    if (existing) existing.add(content);
    else this.byDir.set(key, ignore().add(content));
  }

  get size(): number {
    return this.byDir.size;
  }

  /** True when git would ignore this workspace-relative file path. */
  ignores(relativePath: string): boolean {
    const path = relativePath.replace(/\\/g, '/').replace(/^\/+/, '');
    if (!path) return false;
    let ignored = false;
    // Shallow to deep, so that the deepest file that has an opinion wins.
    const dirs = [...this.byDir.keys()].filter((dir) => dir === '' || path.startsWith(`${dir}/`)).sort((a, b) => a.length - b.length);
    for (const dir of dirs) {
      const result = this.byDir.get(dir)!.test(dir ? path.slice(dir.length + 1) : path);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}

function normalizeDir(dir: string): string {
  return dir.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '').replace(/^\.$/, '');
}
