import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const ADAPTERS = ['**/services/**', '**/views/**', '**/editor/**', '**/assistant/**', '**/commands/**', '**/contribute/**', '**/detection/**', '**/extension', '**/publicApi', '**/testHook'];
const layer = (name, forbidden) => ({
  files: [`src/${name}/**`],
  rules: {
    'no-restricted-imports': ['error', {
      paths: [{ name: 'vscode', message: 'The core (src/catalog, src/imports, src/matching, src/workspace, src/github, src/mcp) must stay vscode-free: put VS Code code in an adapter.' }],
      patterns: [
        { group: ADAPTERS, message: 'The core must not depend on VS Code adapters.' },
        ...(forbidden.length ? [{ group: forbidden.flatMap((f) => [`**/${f}`, `**/${f}/**`]), message: `Layers are one-way (catalog ← imports ← matching ← workspace; github uses catalog; nothing imports cli/): src/${name} may not import ${forbidden.join(', ')}.` }] : []),
      ],
    }],
  },
});
// Surfaces (the extension, the MCP server) share the core with the CLI; they never import the CLI's own code.
const noCli = { group: ['**/cli', '**/cli/**'], message: 'Surfaces never import src/cli/: move what they share into the core.' };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'demo/**', 'test/fixtures/**', 'eval/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'eqeqeq': ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/util/notify.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'MemberExpression[property.name=/^show(Information|Warning|Error)Message$/]',
        message: 'Show notifications through notify (src/util/notify.ts): it keeps untrusted text in messages inert (no command: links).',
      }, {
        selector: 'CallExpression[callee.property.name=/^(push|unshift|splice|max|min|fromCharCode|fromCodePoint|apply)$/] > SpreadElement',
        message: 'Never spread an array into arguments (it overflows the call stack on large input): use pushAll / maxOf from src/util/arrays.ts or a loop.',
      }],
    },
  },
  layer('catalog', ['imports', 'matching', 'workspace', 'github', 'mcp', 'cli']),
  layer('imports', ['matching', 'workspace', 'github', 'mcp', 'cli']),
  layer('matching', ['workspace', 'github', 'mcp', 'cli']),
  layer('workspace', ['github', 'mcp', 'cli']),
  layer('github', ['imports', 'matching', 'workspace', 'mcp', 'cli']),
  layer('mcp', ['workspace', 'cli']),
  layer('cli', []),
  { ...layer('cli', []), files: ['src/cli.ts'] },
  // Contribution (src/contribute) is one module the composition root wires: no other adapter imports it, and it
  // uses the core, services/, util/ and the library resolver of commands/, never editor/, views/ or the CLI.
  {
    files: ['src/services/**', 'src/views/**', 'src/editor/**', 'src/assistant/**', 'src/commands/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCli, { group: ['**/contribute/**'], message: 'Only the composition root (src/extension.ts) wires src/contribute/.' }] }] },
  },
  {
    files: ['src/contribute/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCli, { group: ['**/editor/**', '**/assistant/**', '**/views/**'], message: 'src/contribute/ uses the core, services/, util/ and commands/libraryCommands only.' }] }] },
  },
  {
    files: ['src/extension.ts', 'src/publicApi.ts', 'src/testHook.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCli] }] },
  },
  {
    files: ['src/services/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCli, { group: ['**/detection/**', '**/views/**', '**/editor/**', '**/assistant/**', '**/commands/**', '**/contribute/**', '**/extension'], message: 'src/services holds state the adapters read: it imports the core and util/ only.' }] }] },
  },
  // Detection owns file state; what shows it (views, editor, commands) subscribes to it, never the other way round.
  {
    files: ['src/detection/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCli, { group: ['**/views/**', '**/editor/**', '**/assistant/**', '**/commands/**', '**/contribute/**', '**/extension'], message: 'src/detection feeds services/ and is read by views/editor/commands: it imports the core, services/ and util/ only.' }] }] },
  },
  // The language server is a surface like the extension, but vscode-free: it uses the core, never VS Code or the CLI.
  { files: ['src/lsp/**'], rules: { 'no-restricted-imports': ['error', {
    paths: [{ name: 'vscode', message: 'The language server (src/lsp) runs outside VS Code: no vscode imports.' }],
    patterns: [{ group: ['**/services/**', '**/views/**', '**/editor/**', '**/assistant/**', '**/commands/**', '**/contribute/**', '**/detection/**', '**/extension', '**/cli/**', '**/cli'], message: 'The language server uses the core only (no VS Code adapters, no CLI).' }],
  }] } },
);
