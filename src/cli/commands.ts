import type { CliCommand } from './io';
import { catalogBuildCommand } from './catalogBuild';
import { scanCommand } from './scan';
import { importsCommand } from './imports';
import { contributeCommand } from './contribute';
import { mcpCommand } from './mcp';
import { askCommand } from './ask';
import { lspCommand } from './lsp';

/** Every CLI subcommand, in the order --help lists them. */
export function commands(): CliCommand[] {
  return [catalogBuildCommand, scanCommand, importsCommand, contributeCommand, mcpCommand, lspCommand, askCommand];
}
