import assert from 'node:assert/strict';
import { extractImports } from '../../../src/imports/extractImports';
import { expectMarked, formsOf, marked } from './marked';

// Each case marks every real import specifier with ⟦…⟧; everything unmarked that looks like an import must not be one.
const cases: Array<[name: string, source: string]> = [
  ['default, named, namespace and side-effect imports', `import a from "⟦./a⟧";
import { b, c as d } from '⟦@scope/pkg/sub⟧';
import * as ns from "⟦ns⟧";
import e, { f } from "⟦e-f⟧";
import '⟦./side-effect.css⟧';`],
  ['multi-line import list', `import {
  one,
  two,
} from
  '⟦multi⟧';`],
  ['import type and export … from', `import type { T } from '⟦types⟧';
import type Def from "⟦type-default⟧";
export * from '⟦star⟧';
export * as ns from "⟦star-as⟧";
export { x, y as z } from '⟦named⟧';
export type { Y } from "⟦type-export⟧";
export const notAnImport = 1;
export { local };`],
  ['import x = require() and export import', `import fs = require("⟦fs⟧");
export import z = require('⟦z⟧');
import Alias = Some.Namespace;`],
  ['require anywhere, dynamic import with a literal', `const r = require('⟦r⟧');
function f() { if (x) { return require("⟦nested⟧").thing; } }
const m = { ...require('⟦spread⟧') };
await import('⟦dyn⟧');
import(variable);
import(\`⟦tpl-no-subst⟧\`);
require(\`⟦tpl-require⟧\`);
require(name);`],
  ['comments, strings, templates and regexes are not imports', `// import a from "c1"
/* require("c2"); import "c3" */
/**
 * import { x } from 'c4'
 */
const s1 = "import x from 'y'";
const s2 = 'require("s")';
const t1 = \`import "t" \${'import "u"'} require('v')\`;
const re = /import "r"|require\\('q'\\)/g;
const div = a / b; const other = c / d; require('⟦after-division⟧');
a.require("member"); obj.import("member2"); console.log(import.meta.url);
const { require: req } = ctx;`],
  ['require inside template substitutions, nested templates', `const t = \`x \${require('⟦in-template⟧')} y \${\`z \${require("⟦deeper⟧")}\`} w\`;
const after = require('⟦after-template⟧');`],
  ['escaped quotes and unterminated strings recover at the line end', `const a = "he said \\"import 'x'\\"";
const b = 'unterminated
import c from '⟦recovered⟧';`],
  ['import attributes', `import data from '⟦./data.json⟧' with { type: 'json' };
import cfg from "⟦cfg.json⟧" assert { type: "json" };`],
  ['AMD define dependencies', `define(["⟦dep-a⟧", "⟦dep-b⟧"], function (a, b) { return a; });
define("named", ["⟦dep-c⟧"], factory);`],
  ['JSX: attributes, expressions, and an apostrophe in text', `const el = <div className="import 'x'" data-x={require('⟦jsx-expr⟧')}>
  Don't import "this"
</div>;
const next = require('⟦after-jsx⟧');`],
  ['hashbang, CRLF line ends and non-ASCII text before an import', '#!/usr/bin/env node\r\nconst s = "😀 ü";\r\nconst m = require("⟦crlf⟧");\r\nimport n from "⟦ü-lib⟧";'],
  ['keywords after which a slash starts a regex', `function f(x) { return /"import 'no'/.test(x) && typeof x / 2; }
if (a) b = c
/ require('⟦division-then-call⟧')
require('⟦real⟧')`],
];

describe('extractImports: JavaScript/TypeScript', () => {
  for (const [name, source] of cases) {
    it(name, () => {
      expectMarked(source, 'typescript');
      expectMarked(source, 'javascript');
    });
  }

  it('reports the form of each import', () => {
    const code = `import a from "a"; import type T from "t"; import type from "td"; export * from "e"; import x = require("r");
const y = require("y"); import("d"); import "s"; define(["amd"], f); import type { A } from "ta"; import type * as N from "tn";
import { type B } from "tb"; import type, { C } from "tc";`;
    assert.deepEqual(formsOf(code, 'typescript'), ['import', 'type', 'import', 'export-from', 'require', 'require', 'dynamic', 'import', 'define', 'type', 'type', 'import', 'import']);
  });

  it('cooks escapes in specifiers while the range covers the written text', () => {
    const [ref] = extractImports('require("a\\u002Fb")', 'javascript');
    assert.equal(ref.specifier, 'a/b');
    assert.deepEqual(ref.range, { start: { line: 0, character: 9 }, end: { line: 0, character: 17 } });
  });

  it('reads a Vue single-file component from its <script> blocks only', () => {
    expectMarked(`<template>
  <div :title="'import x from \\'no\\''">{{ "require('no')" }}</div>
</template>
<!-- <script>import no from 'commented'</script> -->
<script setup lang="ts">
import Comp from '⟦./Comp.vue⟧'
const util = require('⟦util⟧')
</script>
<style>.import { content: "import 'no'"; }</style>`, 'typescript');
  });

  it('reads every <script> block of a Svelte component', () => {
    expectMarked(`<script context="module">
  export { load } from '⟦./load⟧';
</script>
<script>
  import Button from '⟦$lib/Button.svelte⟧';
</script>
<p>import z from 'z'</p>
<SCRIPT type="module">import up from "⟦upper⟧"</SCRIPT>`, 'typescript');
  });

  it('finds nothing in plain text and in an empty file', () => {
    assert.deepEqual(extractImports('', 'typescript'), []);
    assert.deepEqual(extractImports('just words; no imports here', 'javascript'), []);
    assert.equal(marked('x⟦y⟧').code, 'xy');
  });
});
