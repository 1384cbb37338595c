import type { ImportRef, SourceLanguage } from './types';
import { RefSink } from './languages/lexer';
import { scanJavaScript } from './languages/javascript';
import { scriptBlocks } from './languages/sfc';
import { scanPython } from './languages/python';
import { scanGo } from './languages/go';
import { scanJava } from './languages/java';
import { scanKotlin } from './languages/kotlin';
import { scanCSharp } from './languages/csharp';
import { scanRust } from './languages/rust';

/**
 * Every import of `text` in source order, each with the range of its specifier (0-based lines, UTF-16 columns).
 * Linear time, never throws; comments, strings and template literals are never mistaken for imports.
 * JavaScript/TypeScript text that starts with a tag (a Vue or Svelte component) is scanned in its `<script>` blocks.
 *
 * Example: extractImports('import { a } from "@org/ui/button";', 'typescript')
 *   → [{ specifier: '@org/ui/button', form: 'import', range: { start: { line: 0, character: 19 }, end: { line: 0, character: 32 } } }]
 */
export function extractImports(text: string, language: SourceLanguage): ImportRef[] {
  const sink = new RefSink(text);
  switch (language) {
    case 'javascript':
    case 'typescript': {
      const blocks = scriptBlocks(text);
      if (blocks) for (const [start, end] of blocks) scanJavaScript(text, sink, start, end);
      else scanJavaScript(text, sink);
      break;
    }
    case 'python':
      scanPython(text, sink);
      break;
    case 'go':
      scanGo(text, sink);
      break;
    case 'java':
      scanJava(text, sink);
      break;
    case 'kotlin':
      scanKotlin(text, sink);
      break;
    case 'csharp':
      scanCSharp(text, sink);
      break;
    case 'rust':
      scanRust(text, sink);
      break;
  }
  return sink.refs;
}
