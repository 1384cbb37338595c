// `npm run demo`: opens the extension on the demo workspace in a real VS Code.
// Desktop `code` when it is on PATH; otherwise code-server, printed as a http://127.0.0.1:PORT URL to open in a browser.
// Options: --browser (force code-server even when `code` exists), --port N.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from './codeServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workspace = path.join(root, 'demo');
const args = process.argv.slice(2);

function hasDesktopCode() {
  const probe = spawnSync('code', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 && !/code-server/.test(probe.stdout);
}

if (!args.includes('--browser') && hasDesktopCode()) {
  console.log('Opening the demo workspace in desktop VS Code with Reuse Radar in extension-development mode…');
  const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${root}`, workspace], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    console.error('usage: npm run demo -- [--browser] [--port N]');
    process.exit(2);
  }
  const server = await startCodeServer({
    port,
    userSettings: { 'workbench.colorTheme': 'Default Dark Modern' },
  });
  const url = server.url({ folder: workspace, extensionDevelopmentPath: root });
  console.log(`\nReuse Radar demo is running in VS Code ${server.version.vscode} (code-server ${server.version.codeServer}).`);
  console.log(`Open this URL in a browser on this machine:\n\n  ${url}\n`);
  console.log('Look for the radar icon in the activity bar. Press Ctrl+C to stop.');
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.on('exit', (code) => {
    console.error(`code-server exited (${code}); see the log above.`);
    process.exit(code ?? 1);
  });
}
