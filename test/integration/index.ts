import * as path from 'node:path';
import * as fs from 'node:fs';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** Entry point the extension host calls with --extensionTestsPath: runs every *.test.js beside this file. */
export async function run(): Promise<void> {
  console.log(`Integration suite in ${vscode.env.appName} ${vscode.version} (uiKind ${vscode.UIKind[vscode.env.uiKind]})`);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  let passed = 0;
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', () => passed++);
  });
  // The plain closing line CI reads, whatever the reporter printed.
  console.log(`integration: ${passed} passed, ${failures} failed`);
  if (failures > 0) {
    throw new Error(`${failures} integration test(s) failed`);
  }
}
