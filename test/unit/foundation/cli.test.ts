import * as assert from 'node:assert';
import { main } from '../../../src/cli';
import type { CliIO } from '../../../src/cli/io';

function fakeIO(env: Record<string, string> = {}): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    env,
    cwd: process.cwd(),
    stdout: (t: string) => { io.out += t; },
    stderr: (t: string) => { io.err += t; },
  };
  return io;
}

describe('CLI skeleton', () => {
  it('--help lists every subcommand and exits 0', async () => {
    const io = fakeIO();
    assert.strictEqual(await main(['--help'], io), 0);
    for (const command of ['catalog build', 'scan', 'imports', 'contribute']) {
      assert.match(io.out, new RegExp(`^  ${command} `, 'm'), `help lists "${command}"`);
    }
  });

  it('no arguments prints help and exits 2', async () => {
    const io = fakeIO();
    assert.strictEqual(await main([], io), 2);
    assert.match(io.out, /Usage: reuse-radar <command>/);
  });

  it('an unknown command is a usage error (exit 2) naming it', async () => {
    const io = fakeIO();
    assert.strictEqual(await main(['frobnicate'], io), 2);
    assert.match(io.err, /unknown command "frobnicate"/);
  });

  it('"catalog" without "build" is unknown, not a crash', async () => {
    const io = fakeIO();
    assert.strictEqual(await main(['catalog'], io), 2);
    assert.match(io.err, /unknown command "catalog"/);
  });

  for (const [argv, pattern] of [
    [['imports'], /imports/],
    [['scan'], /scan/],
    [['catalog', 'build'], /catalog build/],
    [['contribute'], /contribute/],
  ] as const) {
    it(`"${argv.join(' ')}" with missing arguments exits 2 with its usage`, async () => {
      const io = fakeIO();
      assert.strictEqual(await main([...argv], io), 2);
      assert.match(io.err, /Usage: reuse-radar /);
      assert.match(io.err, pattern);
      assert.doesNotMatch(io.err, /\n\s+at /, 'no stack trace');
    });
  }

  it('"<command> --help" prints that command\'s usage and exits 0', async () => {
    const io = fakeIO();
    assert.strictEqual(await main(['scan', '--help'], io), 0);
    assert.match(io.out, /^Usage: reuse-radar scan/);
  });
});
