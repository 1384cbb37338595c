import * as assert from 'node:assert';
import { inertLabel, inertText, terminalText } from '../../../src/util/inertText';
import { escapeMarkdown } from '../../../src/util/markdownText';

// VS Code's own notification link syntax (vs/base/common/linkedText.ts): what must never match in our messages.
const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;

describe('inertText: untrusted text for notifications, quick picks, tree labels, status bar', () => {
  it('leaves no markdown link VS Code would render in a notification (command:, https:, file:)', () => {
    for (const hostile of [
      '[Open](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%22%7D)',
      'x [a](https://evil.example/phish "title") y',
      '[a]\u0000(command:x)',
      '[a]\n(file:///etc/passwd)',
      '[[nested](command:a)](command:b)',
    ]) {
      const shown = inertText(hostile);
      assert.deepStrictEqual(shown.match(VSCODE_LINK), null, `${JSON.stringify(hostile)} → ${JSON.stringify(shown)}`);
    }
    assert.strictEqual(inertText('[Run](command:evil)'), '[Run] (command:evil)', 'the text stays readable');
  });

  it('strips control characters and ANSI escapes, and keeps everything on one line', () => {
    assert.strictEqual(inertText('a\u001b[31mred\u001b[0m\u0007b\r\nc\rd\te\u2028f'), 'aredb c d e f');
    assert.strictEqual(inertText('ok\u001b]8;;https://evil\u0007link\u001b]8;;\u0007'), 'oklink');
    assert.strictEqual(inertText('\u202eevil\u202c'), 'evil', 'bidi overrides go too');
  });

  it('caps huge input and never splits a surrogate pair', () => {
    const shown = inertText('A'.repeat(5_000_000));
    assert.strictEqual(shown.length, 400);
    assert.ok(shown.endsWith('…'));
    const emoji = inertText('😀'.repeat(10), { max: 6 });
    assert.ok(!/[\ud800-\udbff]…$/.test(emoji), JSON.stringify(emoji));
  });

  it('escapes $(icon) syntax only where codicons render', () => {
    assert.strictEqual(inertLabel('$(sync~spin) Reuse Radar: 0 libraries'), '\\$(sync~spin) Reuse Radar: 0 libraries');
    assert.strictEqual(inertText('$(x)'), '$(x)');
    assert.strictEqual(inertText(undefined), '');
  });

  it('terminalText keeps lines but drops escape sequences; a lone \\r cannot overwrite a line', () => {
    assert.strictEqual(terminalText('lib\u001b[2J\u001b[H name\u001b]0;title\u0007\nnext\rforged\n'), 'lib name\nnext\nforged\n');
  });
});

describe('escapeMarkdown: untrusted text in hovers, tooltips and SARIF help', () => {
  it('leaves no link, autolink, HTML or emphasis, and escapes a lone \\r', () => {
    const shown = escapeMarkdown('<img src=x onerror=alert(1)> [a](command:x) https://e.com www.e.com a@b.co **b**\rline');
    assert.ok(!/<|\[a\]\(|https:\/\/|www\.e|\*\*/.test(shown.replace(/\\./g, '')), shown);
    assert.ok(!/[\r\n]/.test(shown));
    assert.strictEqual(escapeMarkdown('a_b'), 'a\\_b');
  });

  it('caps a 100k-character name', () => {
    const shown = escapeMarkdown('n'.repeat(100_000), 200);
    assert.strictEqual(shown.length, 200);
    assert.ok(shown.endsWith('…'));
  });
});
