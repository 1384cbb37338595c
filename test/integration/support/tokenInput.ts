import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/**
 * Runs "Set GitHub Token" the way a user does: the command asks in a password input box, answered here with `token`
 * ('' removes the stored token). A token never rides a command argument, so tests answer the prompt instead.
 */
export async function setTokenViaInputBox(token: string): Promise<void> {
  const asked = await answerTokenPrompt(token, () => vscode.commands.executeCommand('reuseRadar.github.setToken'));
  assert.equal(asked.length, 1, 'the command asks once');
  assert.equal(asked[0].password, true, 'in a password box');
}

/** Answers every input box `run` opens with `answer` (undefined: the user pressed Escape); returns what was asked. */
export async function answerTokenPrompt(answer: string | undefined, run: () => Thenable<unknown>): Promise<vscode.InputBoxOptions[]> {
  const window = vscode.window as { showInputBox: typeof vscode.window.showInputBox };
  const original = window.showInputBox;
  const asked: vscode.InputBoxOptions[] = [];
  window.showInputBox = async (options?: vscode.InputBoxOptions) => {
    asked.push(options ?? {});
    return answer;
  };
  try {
    await run();
  } finally {
    window.showInputBox = original;
  }
  return asked;
}
