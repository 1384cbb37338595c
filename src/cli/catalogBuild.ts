import { CliError, type CliCommand } from './io';

export const catalogBuildCommand: CliCommand = {
  name: 'catalog build',
  summary: 'Build a catalog from GitHub orgs and catalog files',
  usage: 'Usage: reuse-radar catalog build --org <org> [--org ...] [--api-url <url>] [--from <file-or-url> ...] --out <file>',
  async run() {
    throw new CliError('not implemented yet');
  },
};
