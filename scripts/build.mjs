// Bundles the extension and the CLI with esbuild (and, on request, the integration tests, bench and eval entries).
// Usage: node scripts/build.mjs [--production] [--watch] [--tests] [--only extension|cli|tests|bench|eval] [--quiet] [--if-changed]
// --if-changed skips a target whose output is newer than every source it could include (`npm run cli` uses it).
// Outputs are written to a temporary file and renamed, so a concurrent reader never sees half a bundle.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const production = args.includes('--production');
const watch = args.includes('--watch');
const quiet = args.includes('--quiet');
const ifChanged = args.includes('--if-changed');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

function walk(dir, filter) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, filter) : filter(full) ? [full] : [];
  });
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: quiet ? 'error' : 'info',
  absWorkingDir: root,
  // jsonc-parser's UMD entry (its "main") loads its parts with a require esbuild cannot follow: bundle its ES modules.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

/** @type {Record<string, import('esbuild').BuildOptions>} */
const targets = {
  extension: { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  cli: { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  tests: {
    ...common,
    entryPoints: [
      ...walk(path.join(root, 'test/integration'), (f) => f.endsWith('.ts')),
      path.join(root, 'test/runIntegration.ts'),
    ],
    outdir: 'out/test',
    outbase: 'test',
    external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron'],
  },
  // Packages stay external here and Node loads them itself: jsonc-parser's own entry works unbundled, the alias does not.
  bench: { ...common, entryPoints: ['bench/index.ts'], outdir: 'out/bench', packages: 'external', alias: {} },
  eval: { ...common, alias: {}, entryPoints: walk(path.join(root, 'eval'), (f) => f.endsWith('.ts') && path.dirname(f) === path.join(root, 'eval')), outdir: 'out/eval', packages: 'external' },
};

/** Newest modification time of what a bundle is built from: src/, package files, tsconfig and this script. */
function newestSourceMtime() {
  const files = [
    ...walk(path.join(root, 'src'), () => true),
    ...['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'].map((f) => path.join(root, f)).filter((f) => existsSync(f)),
  ];
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

function upToDate(options) {
  const out = options.outfile && path.join(root, options.outfile);
  return !!out && existsSync(out) && statSync(out).mtimeMs >= newestSourceMtime();
}

/** Builds in memory, then writes each output next to its final name and renames it into place (atomic on one filesystem). */
async function buildAtomically(options) {
  const result = await esbuild.build({ ...options, write: false });
  for (const file of result.outputFiles) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents, { mode: file.path.endsWith('cli.js') ? 0o755 : 0o644 });
    renameSync(tmp, file.path);
  }
}

const selected = only ? [only] : ['extension', 'cli', ...(args.includes('--tests') ? ['tests'] : [])];
for (const name of selected) {
  const options = targets[name];
  if (!options) {
    console.error(`unknown build target: ${name}`);
    process.exit(2);
  }
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else if (!(ifChanged && upToDate(options))) {
    await buildAtomically(options);
  }
}
