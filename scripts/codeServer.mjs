// Starts a real VS Code (code-server's server + web workbench, in headless or visible chromium) with this extension
// loaded in extension-development mode. Used by the integration-test runner and by `npm run demo`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, createWriteStream, readFileSync } from 'node:fs';
import { ensureDebianPackages } from './debianPackages.mjs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureHost } from './vscodeHost.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealthy(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not become healthy at ${url}`);
}

/**
 * Starts code-server on 127.0.0.1 with an isolated profile.
 * Returns { port, url(workspace, payload), logFile, stop() }.
 */
export async function startCodeServer({ userSettings = {}, env = {}, port: requestedPort, log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  const host = ensureHost({ log });
  // Short TMPDIR: VS Code puts IPC sockets there and socket paths are limited to 108 characters.
  const tmp = mkdtempSync(path.join(os.tmpdir().length > 20 ? '/tmp' : os.tmpdir(), 'rr-'));
  const dirs = Object.fromEntries(['user', 'ext', 'xdg-config', 'xdg-data', 'xdg-cache', 'tmp'].map((d) => {
    const full = path.join(tmp, d);
    mkdirSync(full, { recursive: true });
    return [d, full];
  }));
  mkdirSync(path.join(dirs.user, 'User'), { recursive: true });
  writeFileSync(path.join(dirs.user, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'workbench.tips.enabled': false,
    ...userSettings,
  }, null, 2));
  const config = path.join(tmp, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const port = requestedPort ?? await freePort();
  const logFile = path.join(tmp, 'code-server.log');
  const out = createWriteStream(logFile);
  const child = spawn(host.node, [
    host.codeServer,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--config', config,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', dirs.user,
    '--extensions-dir', dirs.ext,
    // Without this a built VS Code ignores the extension-development payload and the run hangs.
    '--vscode-option', 'enable-smoke-test-driver',
  ], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...env,
      TMPDIR: dirs.tmp,
      XDG_CONFIG_HOME: dirs['xdg-config'],
      XDG_DATA_HOME: dirs['xdg-data'],
      XDG_CACHE_HOME: dirs['xdg-cache'],
      // No marketplace: these machines (and tests) must not reach out; loopback port 9 refuses at once.
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
    },
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = false;
  child.once('exit', () => { exited = true; });
  const stop = () => {
    if (!exited) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    await waitForHealthy(`http://127.0.0.1:${port}/healthz`, Date.now() + 60_000);
  } catch (err) {
    log(readFileSync(logFile, 'utf8').slice(-4000));
    stop();
    throw err;
  }
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  const url = ({ folder, extensionDevelopmentPath, extensionTestsPath }) => {
    const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)], ['skipWelcome', 'true']];
    if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
    const query = new URLSearchParams();
    if (folder) query.set('folder', path.resolve(folder));
    query.set('payload', JSON.stringify(payload));
    return `http://127.0.0.1:${port}/?${query.toString()}`;
  };
  return { port, url, logFile, stop, child, version: codeServerVersions(host) };
}

function codeServerVersions(host) {
  const pkg = JSON.parse(readFileSync(path.join(path.dirname(host.codeServer), '..', '..', 'package.json'), 'utf8'));
  const product = JSON.parse(readFileSync(path.join(path.dirname(host.codeServer), '..', '..', 'lib', 'vscode', 'product.json'), 'utf8'));
  let vscodeVersion = product.version;
  if (!vscodeVersion) {
    const vsPkg = JSON.parse(readFileSync(path.join(path.dirname(host.codeServer), '..', '..', 'lib', 'vscode', 'package.json'), 'utf8'));
    vscodeVersion = vsPkg.version;
  }
  return { codeServer: pkg.version, vscode: vscodeVersion };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Debian's chromium (installed with apt-get when missing and possible), or $REUSE_RADAR_CHROMIUM. */
export function chromiumPath() {
  if (process.env.REUSE_RADAR_CHROMIUM) return process.env.REUSE_RADAR_CHROMIUM;
  const debian = '/usr/bin/chromium';
  if (!existsSync(debian) && !ensureDebianPackages(['chromium'])) {
    throw new Error('The tests drive VS Code through a headless chromium: install Debian\'s "chromium" package (apt-get install chromium), or point REUSE_RADAR_CHROMIUM at a Chromium binary.');
  }
  return debian;
}
