import { z } from 'zod';
import { ECOSYSTEMS } from '../catalog/model';

// The four tools' contracts, shared by the MCP server and the VS Code language model tools (whose package.json
// `inputSchema`s a unit test keeps equal to these).

const ecosystem = z.enum(ECOSYSTEMS as unknown as [string, ...string[]]);
const matchKind = z.enum(['exact', 'replacement', 'wrapper', 'deprecated', 'fuzzy']);

const searchLibrariesInput = z.object({
  query: z.string().min(1).max(500).describe('What the code needs, in plain words ("retry HTTP calls with exponential backoff") or a package name'),
  ecosystem: ecosystem.optional().describe('Only libraries publishing to this package ecosystem'),
  limit: z.number().int().min(1).max(20).default(5).describe('Most results to return (default 5)'),
}).strict();

const searchLibrariesOutput = z.object({
  libraries: z.array(z.object({
    name: z.string(),
    repo: z.string(),
    package: z.string(),
    ecosystem: z.string(),
    description: z.string(),
    score: z.number(),
    install: z.string(),
  })),
});

const suggestForDependenciesInput = z.object({
  ecosystem: z.string().min(1).describe(`Package ecosystem of the packages: ${ECOSYSTEMS.join(', ')}`),
  packages: z.array(z.string().min(1).max(300)).min(1).max(100).describe('Public packages about to be added, e.g. ["axios"]'),
}).strict();

const scanSuggestion = z.object({ name: z.string(), repo: z.string(), package: z.string().optional(), score: z.number(), reason: z.string(), match: matchKind });

const suggestForDependenciesOutput = z.object({
  results: z.array(z.object({ package: z.string(), suggestions: z.array(scanSuggestion) })),
});

const suggestForCodeInput = z.object({
  path: z.string().min(1).max(1000).describe('The file, relative to the workspace (its extension decides the language)'),
  content: z.string().max(1_000_000).optional().describe('The file text, when it is not (yet) on disk'),
}).strict();

const suggestForCodeOutput = z.object({
  findings: z.array(z.object({
    file: z.string(),
    line: z.number(),
    trigger: z.object({ kind: z.enum(['import', 'new-file']), specifier: z.string() }),
    suggestions: z.array(scanSuggestion),
  })),
});

const getLibraryInput = z.object({
  id: z.string().min(1).max(300).describe('Repository "owner/name" or a package name'),
}).strict();

const getLibraryOutput = z.object({
  library: z.object({
    name: z.string(),
    repo: z.string(),
    packages: z.array(z.object({ ecosystem: z.string(), name: z.string() })),
    description: z.string(),
    owners: z.array(z.string()),
    lifecycle: z.string(),
    replacement: z.string().optional(),
    install: z.string(),
    links: z.object({ repo: z.string().optional(), docs: z.string().optional(), issues: z.string().optional(), contributing: z.string().optional() }),
    usedBy: z.array(z.string()).optional(),
  }),
});

export type SearchLibrariesInput = z.input<typeof searchLibrariesInput>;
export type SearchLibrariesOutput = z.infer<typeof searchLibrariesOutput>;
export type SuggestForDependenciesInput = z.infer<typeof suggestForDependenciesInput>;
export type SuggestForDependenciesOutput = z.infer<typeof suggestForDependenciesOutput>;
export type SuggestForCodeInput = z.infer<typeof suggestForCodeInput>;
export type SuggestForCodeOutput = z.infer<typeof suggestForCodeOutput>;
export type GetLibraryInput = z.infer<typeof getLibraryInput>;
export type GetLibraryOutput = z.infer<typeof getLibraryOutput>;

/** The tools as MCP lists them; `description`s say when an assistant should call each. */
export const TOOL_DEFINITIONS = {
  search_libraries: {
    title: 'Search internal libraries',
    description: 'Search the organization\'s internal libraries by what you need, in plain words. Call it BEFORE writing a utility or helper (retries, logging, config, auth, HTTP clients, caching…) or picking a public package, and use the internal library it returns instead. An empty list means nothing internal fits.',
    input: searchLibrariesInput,
    output: searchLibrariesOutput,
  },
  suggest_for_dependencies: {
    title: 'Internal alternatives to dependencies',
    description: 'Call it BEFORE adding public dependencies (npm install, pip install, go get, a pom.xml or .csproj entry): for each package, the internal libraries that wrap or replace it. Empty suggestions mean there is no internal alternative.',
    input: suggestForDependenciesInput,
    output: suggestForDependenciesOutput,
  },
  suggest_for_code: {
    title: 'Internal libraries for a source file',
    description: 'Call it after writing or editing a source file (pass `content` when it is not saved): the imports an internal library should serve, exactly as `reuse-radar scan --json` reports them.',
    input: suggestForCodeInput,
    output: suggestForCodeOutput,
  },
  get_library: {
    title: 'Internal library details',
    description: 'Details of one internal library by repository "owner/name" or package name: packages, install command, owners, lifecycle (deprecated ones name their replacement), links.',
    input: getLibraryInput,
    output: getLibraryOutput,
  },
} as const;

export type ToolName = keyof typeof TOOL_DEFINITIONS;
export const TOOL_NAMES = Object.keys(TOOL_DEFINITIONS) as ToolName[];
