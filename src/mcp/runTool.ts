import type { z } from 'zod';
import { ToolInputError, type ReuseTools } from './reuseTools';
import {
  TOOL_DEFINITIONS, type GetLibraryOutput, type SearchLibrariesOutput, type SuggestForCodeOutput, type SuggestForDependenciesOutput, type ToolName,
} from './toolSchemas';

/** A tool call's answer as both surfaces send it: the structured result, a short text rendering, or one error line. */
export type ToolOutcome =
  | { isError: false; structuredContent: Record<string, unknown>; text: string }
  | { isError: true; text: string };

interface Outputs {
  search_libraries: SearchLibrariesOutput;
  suggest_for_dependencies: SuggestForDependenciesOutput;
  suggest_for_code: SuggestForCodeOutput;
  get_library: GetLibraryOutput;
}

/** Per tool: the ReuseTools method that answers it and the short text rendering of its result. */
const HANDLERS: { [T in ToolName]: { run: (tools: ReuseTools, input: z.infer<(typeof TOOL_DEFINITIONS)[T]['input']>) => Promise<Outputs[T]>; text: (output: Outputs[T]) => string } } = {
  search_libraries: { run: (tools, input) => tools.searchLibraries(input), text: searchText },
  suggest_for_dependencies: { run: (tools, input) => tools.suggestForDependencies(input), text: dependenciesText },
  suggest_for_code: { run: (tools, input) => tools.suggestForCode(input), text: codeText },
  get_library: { run: (tools, input) => tools.getLibrary(input), text: libraryText },
};

/**
 * Validates `args` against the tool's input schema and runs it. Never throws for a bad call: invalid arguments, an
 * unknown tool or an unknown library come back as `{ isError: true, text: <one line> }`.
 * @example await runTool(tools, "get_library", { id: 42 }) // -> { isError: true, text: 'invalid arguments for get_library: id: expected string, received number' }
 */
export async function runTool(tools: ReuseTools, name: string, args: unknown): Promise<ToolOutcome> {
  if (!Object.hasOwn(TOOL_DEFINITIONS, name)) return { isError: true, text: `unknown tool "${name.slice(0, 60)}": expected one of ${Object.keys(TOOL_DEFINITIONS).join(', ')}` };
  const tool = name as ToolName;
  const parsed = TOOL_DEFINITIONS[tool].input.safeParse(args ?? {});
  if (!parsed.success) return { isError: true, text: `invalid arguments for ${tool}: ${oneLine(parsed.error)}` };
  // One tool's handler, called with the input its own schema just parsed.
  const handler = HANDLERS[tool] as { run: (tools: ReuseTools, input: unknown) => Promise<Outputs[ToolName]>; text: (output: Outputs[ToolName]) => string };
  try {
    const out = await handler.run(tools, parsed.data);
    return { isError: false, structuredContent: out, text: handler.text(out) };
  } catch (err) {
    if (err instanceof ToolInputError) return { isError: true, text: err.message };
    return { isError: true, text: `${tool} failed: ${(err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 300)}` };
  }
}

/** The first problem zod found, as "path: message". */
function oneLine(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${where}${issue.message}${more}`.replace(/\s+/g, ' ');
}

function searchText(out: SearchLibrariesOutput): string {
  if (out.libraries.length === 0) return 'No internal library fits this need: a public package or your own code is fine.';
  return out.libraries.map((l) => `${l.package || l.name} (${l.repo}, score ${l.score}): ${l.description}${l.install ? ` — install: ${l.install.split('\n').join(' ')}` : ''}`).join('\n');
}

function dependenciesText(out: SuggestForDependenciesOutput): string {
  return out.results.map((r) => r.suggestions.length === 0
    ? `${r.package}: no internal alternative`
    : `${r.package}: use ${r.suggestions.map((s) => `${s.package || s.name} (${s.reason})`).join('; or ')}`).join('\n');
}

function codeText(out: SuggestForCodeOutput): string {
  if (out.findings.length === 0) return 'No import in this file has an internal alternative.';
  return out.findings.map((f) => `${f.file}:${f.line} ${f.trigger.specifier}: use ${f.suggestions.map((s) => `${s.package || s.name} (${s.reason})`).join('; or ')}`).join('\n');
}

function libraryText(out: GetLibraryOutput): string {
  const l = out.library;
  const lines = [`${l.name} (${l.repo || 'no repository'}), ${l.lifecycle}${l.replacement ? `, use ${l.replacement} instead` : ''}: ${l.description}`];
  if (l.packages.length > 0) lines.push(`packages: ${l.packages.map((p) => `${p.name} (${p.ecosystem})`).join(', ')}`);
  if (l.install) lines.push(`install: ${l.install.split('\n').join(' ')}`);
  if (l.owners.length > 0) lines.push(`owners: ${l.owners.join(', ')}`);
  return lines.join('\n');
}
