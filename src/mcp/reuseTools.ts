import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { installCommandText } from '../catalog/addDependency';
import { ECOSYSTEMS, type Catalog, type CatalogEntry, type Ecosystem, type PackageRef } from '../catalog/model';
import { canonicalPackageName } from '../catalog/packageName';
import type { SourceLanguage } from '../imports/types';
import { isDismissed } from '../matching/dismissals';
import type { Matcher } from '../matching/matcher';
import type { Dismissal } from '../matching/types';
import { codeFindings } from './codeFindings';
import { inertText } from '../util/inertText';
import type { LibrarySearch } from './librarySearch';
import type {
  GetLibraryInput, GetLibraryOutput, SearchLibrariesInput, SearchLibrariesOutput, SuggestForCodeInput, SuggestForCodeOutput,
  SuggestForDependenciesInput, SuggestForDependenciesOutput,
} from './toolSchemas';

/** What the tools answer from: the CLI gives a catalog file's, the extension its live catalog and dismissals. */
export interface ReuseToolsSource {
  readonly catalog: Catalog;
  /** The matcher the editor and `scan` use (same threshold). */
  readonly matcher: Matcher;
  readonly search: LibrarySearch;
  /** Where relative paths resolve, and the root `scan` would be run from. */
  readonly root: string | undefined;
  /** Dismissals that apply to a file (absolute path), or to the workspace as a whole when undefined. */
  dismissals(file?: string): Promise<readonly Dismissal[]>;
}

/** A call the tool cannot answer (bad argument, unknown library): the message is one line for the assistant. */
export class ToolInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolInputError';
  }
}

/** Languages whose imports name each ecosystem's packages (for matching a bare package name). */
const LANGUAGE_OF: Record<Ecosystem, SourceLanguage> = { npm: 'typescript', pypi: 'python', go: 'go', maven: 'java', cargo: 'rust', nuget: 'csharp' };
const DESCRIPTION_CHARS = 300;

/**
 * The four tools' handlers over one source; arguments are already validated against toolSchemas.
 * @example await new ReuseTools(source).searchLibraries({ query: "structured logging for Python" })
 *   // -> { libraries: [{ name: "acme-logging", repo: "acme-demo/acme-logging", package: "acme-logging", ecosystem: "pypi", description: "Structured logging for Python…", score: 0.945, install: "pip install acme-logging" }] }
 */
export class ReuseTools {
  constructor(private readonly source: ReuseToolsSource) {}

  async searchLibraries(input: SearchLibrariesInput): Promise<SearchLibrariesOutput> {
    const ecosystem = input.ecosystem as Ecosystem | undefined;
    const dismissals = await this.source.dismissals();
    const hits = this.source.search.search(input.query, { ecosystem, limit: 50 })
      .filter((h) => !dismissals.some((d) => d.scope === 'library' && isDismissed([d], h.entry, '')))
      .slice(0, input.limit ?? 5);
    return {
      libraries: hits.map(({ entry, score }) => {
        const pkg = packageFor(entry, ecosystem ?? undefined);
        return {
          name: inertText(entry.name, { max: 100 }),
          repo: entry.repo,
          package: pkg?.name ?? '',
          ecosystem: pkg?.ecosystem ?? '',
          description: inertText(entry.description, { max: DESCRIPTION_CHARS }),
          score,
          install: pkg ? installCommandText(pkg) : '',
        };
      }),
    };
  }

  async suggestForDependencies(input: SuggestForDependenciesInput): Promise<SuggestForDependenciesOutput> {
    const ecosystem = input.ecosystem.toLowerCase() as Ecosystem;
    if (!ECOSYSTEMS.includes(ecosystem)) throw new ToolInputError(`unknown ecosystem "${inertText(input.ecosystem, { max: 40 })}": expected one of ${ECOSYSTEMS.join(', ')}`);
    const dismissals = await this.source.dismissals();
    return {
      results: input.packages.map((name) => {
        const trigger = { kind: 'import' as const, specifier: name, importKind: 'package' as const, packageName: name, ecosystem, language: LANGUAGE_OF[ecosystem] };
        const suggestions = this.source.matcher.match(trigger).filter((s) => !isDismissed(dismissals, s.entry, name));
        return {
          package: name,
          suggestions: suggestions.map((s) => ({
            name: s.entry.name, repo: s.entry.repo, package: packageFor(s.entry, ecosystem)?.name ?? '',
            score: Math.round(s.score * 1000) / 1000, reason: s.reason, match: s.match,
          })),
        };
      }),
    };
  }

  async suggestForCode(input: SuggestForCodeInput): Promise<SuggestForCodeOutput> {
    const root = this.source.root;
    const absolute = path.resolve(root ?? process.cwd(), input.path);
    const inside = root !== undefined && !path.relative(root, absolute).startsWith('..') && !path.isAbsolute(path.relative(root, absolute));
    let text = input.content;
    if (text === undefined) {
      if (!inside) throw new ToolInputError(`${inertText(input.path, { max: 200 })} is outside the workspace; pass its text as "content"`);
      try {
        text = await readFile(absolute, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new ToolInputError(code === 'ENOENT' ? `file not found: ${inertText(input.path, { max: 200 })} (pass its text as "content" when it is not saved)` : `cannot read ${inertText(input.path, { max: 200 })} (${code ?? 'error'})`);
      }
    }
    const file = inside && root !== undefined ? path.relative(root, absolute).split(path.sep).join('/') : input.path.split(path.sep).join('/');
    const findings = await codeFindings(file, absolute, text, { root: root ?? path.dirname(absolute), matcher: this.source.matcher, dismissals: await this.source.dismissals(absolute) });
    return { findings };
  }

  async getLibrary(input: GetLibraryInput): Promise<GetLibraryOutput> {
    const entry = findLibrary(this.source.catalog, input.id);
    if (!entry) throw new ToolInputError(`no internal library "${inertText(input.id, { max: 100 })}" in the catalog; search_libraries finds libraries by need`);
    const pkg = entry.packages[0];
    return {
      library: {
        name: inertText(entry.name, { max: 100 }),
        repo: entry.repo,
        packages: entry.packages.map((p) => ({ ecosystem: p.ecosystem, name: p.name })),
        description: inertText(entry.description, { max: 1000 }),
        owners: entry.owners.map((o) => inertText(o, { max: 100 })),
        lifecycle: entry.archived ? 'archived' : entry.lifecycle,
        ...(entry.replacement ? { replacement: inertText(entry.replacement, { max: 200 }) } : {}),
        install: pkg ? installCommandText(pkg) : '',
        links: Object.fromEntries(Object.entries(entry.links).filter(([, v]) => typeof v === 'string' && /^https:\/\//.test(v))),
        ...(entry.usedBy?.length ? { usedBy: entry.usedBy } : {}),
      },
    };
  }
}

/** The entry whose id, repo, name or one of whose packages is `id` (case-insensitive; package names canonical). */
function findLibrary(catalog: Catalog, id: string): CatalogEntry | undefined {
  const wanted = id.trim().toLowerCase();
  const byKey = (e: CatalogEntry) => e.id.toLowerCase() === wanted || e.repo.toLowerCase() === wanted;
  const byPackage = (e: CatalogEntry) => e.packages.some((p) => p.name.toLowerCase() === wanted || canonicalPackageName(p.ecosystem, p.name) === canonicalPackageName(p.ecosystem, id.trim()));
  return catalog.entries.find(byKey) ?? catalog.entries.find(byPackage) ?? catalog.entries.find((e) => e.name.toLowerCase() === wanted);
}

function packageFor(entry: CatalogEntry, ecosystem: Ecosystem | undefined): PackageRef | undefined {
  return entry.packages.find((p) => p.ecosystem === ecosystem) ?? entry.packages[0];
}
