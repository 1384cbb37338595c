import { CliError, type CliCommand } from './io';

export const scanCommand: CliCommand = {
  name: 'scan',
  summary: 'Scan a source tree and suggest internal libraries',
  usage: 'Usage: reuse-radar scan <path> --catalog <file> [--json | --format text|json|sarif]',
  async run() {
    throw new CliError('not implemented yet');
  },
};
