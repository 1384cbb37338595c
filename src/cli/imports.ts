import { CliError, type CliCommand } from './io';

export const importsCommand: CliCommand = {
  name: 'imports',
  summary: 'List the imports of a source file',
  usage: 'Usage: reuse-radar imports <file> [--json]',
  async run() {
    throw new CliError('not implemented yet');
  },
};
