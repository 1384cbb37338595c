#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests on machines that cannot download VS Code:
// it accepts the same --extensionDevelopmentPath= / --extensionTestsPath= arguments (and a workspace folder),
// runs the suite in code-server's real extension host driven by headless chromium, and exits with the suite's code.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { format } from 'node:util';
import { startCodeServer, CHROMIUM_ARGS, chromiumPath } from './codeServer.mjs';

const NOISE = /^\[(AgentHost[^\]]*|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection-grace-time)\]|^(Creating a socket|Resolving connection token|Resolved connection token|Updating additional builtin extensions cache)|No signed-in session|127\.0\.0\.1:9\b|Timed out waiting for authentication provider 'github'/;
const TIMEOUT_MS = Number(process.env.REUSE_RADAR_TEST_TIMEOUT_MS || 10 * 60_000);

function parse(argv) {
  const options = { folder: undefined, extensionDevelopmentPath: undefined, extensionTestsPath: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, value] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--extensionDevelopmentPath' || flag === '--extensionTestsPath') {
      options[flag.slice(2)] = value ?? argv[++i];
    } else if (!arg.startsWith('-')) {
      options.folder = arg;
    }
    // Everything else (--disable-extensions, --no-sandbox, ...) is meant for desktop VS Code: ignored.
  }
  return options;
}

const options = parse(process.argv.slice(2));
if (!options.extensionDevelopmentPath || !options.extensionTestsPath) {
  console.error('usage: codeServerTestRunner --extensionDevelopmentPath=<dir> --extensionTestsPath=<file> [folder]');
  process.exit(2);
}

let server;
let browser;
let finished = false;
async function finish(code, reason) {
  if (finished) return;
  finished = true;
  if (reason) console.error(reason);
  if (code !== 0 && server) {
    try {
      console.error(`--- last lines of the code-server log ---\n${readFileSync(server.logFile, 'utf8').slice(-3000)}`);
    } catch { /* log gone */ }
  }
  try { await browser?.close(); } catch { /* already closed */ }
  server?.stop();
  process.exit(code);
}

const timer = setTimeout(() => finish(1, `Integration tests timed out after ${TIMEOUT_MS / 1000}s`), TIMEOUT_MS);
timer.unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => finish(130, `Interrupted (${signal})`));

try {
  server = await startCodeServer();
  console.log(`Running the tests in code-server ${server.version.codeServer} (VS Code ${server.version.vscode}), headless chromium`);
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    // The workbench's own chatter (offline marketplace/agent/chat probes) drowns the test report; REUSE_RADAR_VERBOSE=1 keeps it.
    if (!process.env.REUSE_RADAR_VERBOSE && NOISE.test(text)) return;
    (type === 'error' ? console.error : console.log)(text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code) || 0));
  page.on('pageerror', (err) => console.error(`[workbench page error] ${err.message}`));
  // The whole run is bounded by TIMEOUT_MS; on a loaded machine the workbench page alone can take over 30 s to load.
  await page.goto(server.url(options), { timeout: TIMEOUT_MS });
} catch (err) {
  await finish(1, `Harness error: ${err instanceof Error ? err.stack : err}`);
}
