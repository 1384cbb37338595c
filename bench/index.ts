import { readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchCatalogCache } from './catalog';
import { benchCrawl } from './crawl';
import { benchImports } from './imports';
import { benchLsp } from './lsp';
import { benchMatching } from './matching';

/**
 * `npm run bench`: every performance figure the issues name, each beside a baseline measured in the same run.
 * Prints the figures; with --update-readme, also writes them between the README's bench markers.
 * Figures are printed, never asserted: tests stay deterministic on a loaded CI machine.
 */
async function main(): Promise<void> {
  const sections: [string, () => Promise<string[]>][] = [
    ['Import extraction', benchImports],
    ['Matching', benchMatching],
    ['Catalog cache', benchCatalogCache],
    ['GitHub crawl (on the stand-in)', benchCrawl],
    ['Language server', benchLsp],
  ];
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const out: string[] = [`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}.`, ''];
  for (const [title, run] of sections) {
    if (only && !title.toLowerCase().includes(only.toLowerCase())) continue;
    process.stderr.write(`bench: ${title}…\n`);
    const lines = await run();
    out.push(`**${title}**`, '');
    lines.forEach((line, i) => {
      const isTable = line.startsWith('|');
      // Markdown needs a blank line between a list and a table.
      if (i > 0 && isTable !== lines[i - 1].startsWith('|')) out.push('');
      out.push(isTable ? line : `- ${line}`);
    });
    out.push('');
  }
  const text = out.join('\n');
  process.stdout.write(`${text}\n`);
  if (process.argv.includes('--update-readme')) {
    const readme = path.resolve(__dirname, '..', '..', 'README.md');
    const current = readFileSync(readme, 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    const i = current.indexOf(start);
    const j = current.indexOf(end);
    if (i < 0 || j < i) throw new Error('README.md has no bench markers');
    writeFileSync(readme, `${current.slice(0, i + start.length)}\n${text}\n${current.slice(j)}`);
    process.stderr.write('bench: README.md updated\n');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
