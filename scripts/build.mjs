// Bundles the extension and the CLI with esbuild (and, on request, the integration tests, bench and eval entries).
// Usage: node scripts/build.mjs [--production] [--watch] [--tests] [--only extension|cli|tests|bench|eval] [--quiet]
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const production = args.includes('--production');
const watch = args.includes('--watch');
const quiet = args.includes('--quiet');
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
  bench: { ...common, entryPoints: ['bench/index.ts'], outdir: 'out/bench', packages: 'external' },
  eval: { ...common, entryPoints: walk(path.join(root, 'eval'), (f) => f.endsWith('.ts') && path.dirname(f) === path.join(root, 'eval')), outdir: 'out/eval', packages: 'external' },
};

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
  } else {
    await esbuild.build(options);
  }
}
