import { CliError, type CliCommand } from './io';

export const contributeCommand: CliCommand = {
  name: 'contribute',
  summary: 'Open a contribution pull request to an internal library',
  usage: 'Usage: reuse-radar contribute --repo owner/name --file <local>:<path-in-repo> [...] --title <t> [--body <b>] [--draft] [--api-url <url>]',
  async run() {
    throw new CliError('not implemented yet');
  },
};
