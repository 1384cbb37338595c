import { parseArgs } from 'node:util';
import { CliError, endQuietlyOnClosedPipe, UsageError, type CliCommand, type CliIO } from './cli/io';
import { commands } from './cli/commands';

const HELP = (list: CliCommand[]) => `reuse-radar — find and reuse your organization's internal libraries

Usage: reuse-radar <command> [options]

Commands:
${list.map((c) => `  ${c.name.padEnd(15)} ${c.summary}`).join('\n')}

Run "reuse-radar <command> --help" for a command's options.
Environment: GITHUB_TOKEN authenticates GitHub API calls (never printed).
`;

/** Runs the CLI with argv (without node and script), returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const list = commands();
  const { positionals } = parseArgs({ args: argv, strict: false, allowPositionals: true });
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(HELP(list));
    return argv.length === 0 ? 2 : 0;
  }
  // Longest command name first, so "catalog build" wins over a hypothetical "catalog".
  const command = [...list]
    .sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)
    .find((c) => c.name.split(' ').every((word, i) => positionals[i] === word));
  if (!command) {
    io.stderr(`reuse-radar: unknown command "${positionals.slice(0, 2).join(' ') || argv[0]}"\n\n${HELP(list)}`);
    return 2;
  }
  const words = command.name.split(' ').length;
  const rest = [...argv];
  for (let i = 0; i < words; i++) rest.splice(rest.indexOf(command.name.split(' ')[i]), 1);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`reuse-radar ${command.name}: ${err.message}\n\n${command.usage}\n`);
      return 2;
    }
    if (err instanceof CliError) {
      io.stderr(`reuse-radar ${command.name}: ${err.message}\n`);
      return 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`reuse-radar ${command.name}: ${message}\n`);
    return 1;
  }
}

if (require.main === module) {
  endQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code));
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
  }).then((code) => {
    process.exitCode = code;
  });
}
