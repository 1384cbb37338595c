import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Maps top-level Python modules to the distributions that install them, from the `*.dist-info` metadata of a
 * site-packages directory (or a virtualenv root: its lib/python3.x/site-packages and Lib/site-packages are searched).
 * Uses `top_level.txt` when present, else the first path elements of `RECORD`. Missing or unreadable dirs → {}.
 * Example: a site-packages with PyYAML-6.0.dist-info/top_level.txt = "_yaml\nyaml" → { _yaml: "PyYAML", yaml: "PyYAML" }.
 */
export async function readPythonDistributions(dir: string): Promise<Record<string, string>> {
  const map: Record<string, string> = {};
  for (const site of await sitePackagesDirs(dir)) {
    for (const entry of await list(site)) {
      if (!entry.endsWith('.dist-info')) continue;
      const infoDir = path.join(site, entry);
      const name = (await distributionName(infoDir)) ?? entry.replace(/-[^-]*\.dist-info$/, '').replace(/\.dist-info$/, '');
      for (const module of await topLevelModules(infoDir)) {
        if (!Object.hasOwn(map, module)) map[module] = name;
      }
    }
  }
  return map;
}

async function list(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

async function read(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function sitePackagesDirs(dir: string): Promise<string[]> {
  const entries = await list(dir);
  if (entries.some((e) => e.endsWith('.dist-info'))) return [dir];
  const found: string[] = [];
  for (const lib of ['lib', 'lib64', 'Lib']) {
    const libEntries = await list(path.join(dir, lib));
    if (libEntries.includes('site-packages')) found.push(path.join(dir, lib, 'site-packages'));
    for (const py of libEntries.filter((e) => /^python\d/.test(e))) {
      const site = path.join(dir, lib, py, 'site-packages');
      if ((await list(site)).length) found.push(site);
    }
  }
  return found;
}

async function distributionName(infoDir: string): Promise<string | undefined> {
  const metadata = await read(path.join(infoDir, 'METADATA'));
  return metadata?.match(/^Name:\s*(\S+)/m)?.[1];
}

async function topLevelModules(infoDir: string): Promise<string[]> {
  const topLevel = await read(path.join(infoDir, 'top_level.txt'));
  if (topLevel !== undefined) return topLevel.split(/\r?\n/).map((l) => l.trim().split('/')[0]).filter(Boolean);
  const record = await read(path.join(infoDir, 'RECORD'));
  if (record === undefined) return [];
  const modules = new Set<string>();
  for (const line of record.split(/\r?\n/)) {
    const file = line.split(',')[0];
    if (!file || file.startsWith('..') || file.startsWith('/')) continue;
    const first = file.split('/')[0];
    if (first.endsWith('.dist-info') || first.endsWith('.data') || first === '__pycache__' || first.endsWith('.pth')) continue;
    if (file.includes('/')) modules.add(first);
    else if (/\.(py|so|pyd)$/.test(first)) modules.add(first.split('.')[0]);
  }
  return [...modules];
}
