// Deterministic, realistic-looking sources for languages whose real code this machine lacks (used only when a real
// corpus is missing; the bench says so). Shapes follow ordinary service code: a header of imports in every form the
// language has, then classes/functions with comments, strings, templates and nested blocks.
import type { SourceLanguage } from '../src/imports/types';

const WORDS = ['order', 'client', 'retry', 'cache', 'payment', 'user', 'token', 'queue', 'event', 'config', 'metrics',
  'invoice', 'stream', 'buffer', 'policy', 'session', 'audit', 'ledger', 'report', 'schema'];

/** A tiny linear congruential generator, so every run produces the same corpus. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

export interface SyntheticSource {
  name: string;
  text: string;
}

/** ~300 files of ~8 kB each for `language`. */
export function syntheticSources(language: SourceLanguage, files = 300): SyntheticSource[] {
  const out: SyntheticSource[] = [];
  for (let f = 0; f < files; f++) {
    const r = rng(f * 7919 + language.length);
    const pick = () => WORDS[Math.floor(r() * WORDS.length)];
    const lines: string[] = [];
    const gen = GENERATORS[language];
    gen.header(lines, pick, r);
    while (lines.join('\n').length < 8000) gen.body(lines, pick, r);
    out.push({ name: `${cap(pick())}${cap(pick())}${f}.${gen.ext}`, text: `${lines.join('\n')}\n` });
  }
  return out;
}

interface Generator {
  ext: string;
  header(lines: string[], pick: () => string, r: () => number): void;
  body(lines: string[], pick: () => string, r: () => number): void;
}

const GENERATORS: Record<SourceLanguage, Generator> = {
  kotlin: {
    ext: 'kt',
    header(lines, pick, r) {
      lines.push(`package com.acme.${pick()}.${pick()}`, '');
      for (let i = 0; i < 8 + r() * 20; i++) {
        const form = r();
        if (form < 0.15) lines.push(`import kotlinx.coroutines.${cap(pick())}Scope`);
        else if (form < 0.3) lines.push(`import com.acme.${pick()}.*`);
        else if (form < 0.4) lines.push(`import org.${pick()}.${pick()}.${cap(pick())} as ${cap(pick())}Alias`);
        else lines.push(`import com.acme.${pick()}.${pick()}.${cap(pick())}${cap(pick())}`);
      }
      lines.push('');
    },
    body(lines, pick, r) {
      const name = `${cap(pick())}${cap(pick())}`;
      lines.push(`/**`, ` * Handles ${pick()} ${pick()}s. import this.is.not.an.Import`, ` */`,
        `class ${name}(private val ${pick()}: ${cap(pick())}Service) {`,
        `    private val label = "${pick()}-\${${pick()}.id}-\${if (${r() > 0.5}) "a" else "b"}"`,
        `    fun ${pick()}(items: List<${cap(pick())}>): Map<String, Int> {`,
        `        // import fake.Comment`,
        `        return items.filter { it.${pick()} > ${Math.floor(r() * 100)} }.associate { "\${it.name}" to it.${pick()} }`,
        `    }`,
        `    val raw = """`, `        import not.an.Import`, `        \${label.uppercase()} ${pick()}`, `    """.trimIndent()`,
        `}`, '');
    },
  },
  csharp: {
    ext: 'cs',
    header(lines, pick, r) {
      for (let i = 0; i < 6 + r() * 16; i++) {
        const form = r();
        if (form < 0.3) lines.push(`using System.${cap(pick())};`);
        else if (form < 0.4) lines.push(`using static Acme.${cap(pick())}.${cap(pick())}Helpers;`);
        else if (form < 0.5) lines.push(`global using Acme.${cap(pick())};`);
        else if (form < 0.6) lines.push(`using ${cap(pick())}Map = System.Collections.Generic.Dictionary<string, int>;`);
        else lines.push(`using Acme.${cap(pick())}.${cap(pick())};`);
      }
      lines.push('', `namespace Acme.${cap(pick())};`, '');
    },
    body(lines, pick, r) {
      const name = `${cap(pick())}${cap(pick())}`;
      lines.push(`/// <summary>Processes ${pick()} records. using Fake.Namespace;</summary>`,
        `public sealed class ${name} : I${cap(pick())}`, `{`,
        `    private readonly string _path = @"C:\\data\\${pick()}";`,
        `    public async Task<int> ${cap(pick())}Async(CancellationToken ct)`, `    {`,
        `        using var stream = File.OpenRead(_path);`,
        `        using (var reader = new StreamReader(stream))`, `        {`,
        `            var text = $"{reader.ReadLine()} {(${r() > 0.5} ? "yes" : "no")} using Not.This;";`,
        `            if (text.Length > ${Math.floor(r() * 80)}) { return await Task.FromResult(${Math.floor(r() * 9)}); }`,
        `        }`, `        /* using Commented.Out; */`, `        return 0;`, `    }`, `}`, '');
    },
  },
  go: {
    ext: 'go',
    header(lines, pick, r) {
      lines.push(`package ${pick()}`, '', 'import (', '\t"context"', '\t"fmt"');
      for (let i = 0; i < 4 + r() * 8; i++) lines.push(r() < 0.2 ? `\t${pick()} "github.com/acme/${pick()}/${pick()}"` : `\t"github.com/acme/${pick()}"`);
      lines.push(')', '');
    },
    body(lines, pick, r) {
      lines.push(`// ${cap(pick())} does things. import "not/this"`, `func ${cap(pick())}(ctx context.Context, n int) (string, error) {`,
        `\ts := fmt.Sprintf("%d import %q", n, \`raw "${pick()}"\`)`, `\tif n > ${Math.floor(r() * 50)} {`, `\t\treturn s, nil`, `\t}`,
        `\treturn "", fmt.Errorf("${pick()}: %w", ctx.Err())`, `}`, '');
    },
  },
  java: {
    ext: 'java',
    header(lines, pick, r) {
      lines.push(`package com.acme.${pick()};`, '');
      for (let i = 0; i < 6 + r() * 14; i++) lines.push(r() < 0.2 ? `import static org.${pick()}.${cap(pick())}.*;` : `import com.acme.${pick()}.${cap(pick())};`);
      lines.push('');
    },
    body(lines, pick, r) {
      lines.push(`/** import fake.Doc; */`, `public class ${cap(pick())}${cap(pick())} {`, `  private final String s = "import x.y;";`,
        `  public int ${pick()}(int n) { return n > ${Math.floor(r() * 9)} ? n : ${Math.floor(r() * 9)}; }`, `}`, '');
    },
  },
  rust: {
    ext: 'rs',
    header(lines, pick, r) {
      lines.push('use std::collections::{HashMap, HashSet};', `use crate::${pick()}::{${cap(pick())}, ${pick()}::{self, ${cap(pick())}}};`);
      for (let i = 0; i < 3 + r() * 6; i++) lines.push(`use ${pick()}::${pick()}::${cap(pick())};`);
      lines.push('');
    },
    body(lines, pick, r) {
      lines.push(`/// use not::this;`, `pub fn ${pick()}<'a>(s: &'a str) -> Option<&'a str> {`, `    let c = '"';`,
        `    let raw = r#"use fake::one;"#;`, `    if s.len() > ${Math.floor(r() * 40)} { Some(raw) } else { None }`, `}`, '');
    },
  },
  python: {
    ext: 'py',
    header(lines, pick) {
      lines.push('import os', `from ${pick()}.${pick()} import ${cap(pick())}`, '');
    },
    body(lines, pick) {
      lines.push(`def ${pick()}(x):`, `    """import not_this"""`, `    return x.${pick()}()`, '');
    },
  },
  javascript: {
    ext: 'js',
    header(lines, pick) {
      lines.push(`import ${pick()} from '${pick()}';`, `const ${pick()}2 = require('./${pick()}');`);
    },
    body(lines, pick) {
      lines.push(`export function ${pick()}(x) { return \`import "no" \${x.${pick()}}\`; }`);
    },
  },
  typescript: {
    ext: 'ts',
    header(lines, pick) {
      lines.push(`import type { ${cap(pick())} } from '@acme/${pick()}';`);
    },
    body(lines, pick) {
      lines.push(`export const ${pick()} = (x: number): string => \`\${x} import "no"\`;`);
    },
  },
};
