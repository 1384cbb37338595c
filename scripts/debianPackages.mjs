// Debian packages the VS Code host needs (chromium to drive the workbench, libkrb5-dev for code-server's kerberos
// module). Installed with apt-get when missing and we may (root on Debian); otherwise the caller is told how.
import { spawnSync } from 'node:child_process';

export function hasDebianPackage(name) {
  return spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status === 0;
}

function canApt() {
  return process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0
    && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Makes sure the packages are installed; returns false (with nothing changed) when that is not possible here. */
export function ensureDebianPackages(names, log = (m) => process.stderr.write(`${m}\n`)) {
  const missing = names.filter((n) => !hasDebianPackage(n));
  if (!missing.length) return true;
  if (!canApt()) return false;
  log(`Installing Debian packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  return Boolean(install && install.status === 0);
}
