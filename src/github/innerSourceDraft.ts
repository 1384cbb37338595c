import { manifestParserFor, MANIFEST_PATHS } from '../catalog/manifests';
import type { PackageRef } from '../catalog/model';

/** What the workspace's own manifests say about it, to pre-fill "Publish as InnerSource". */
export interface InnerSourceDraft {
  name?: string;
  description?: string;
  packages: PackageRef[];
  owners: string[];
  topics: string[];
  language?: string;
  docs?: string;
  /** Manifests that could not be read, with the reason. */
  problems: string[];
}

// The language a manifest implies, for the catalog's "language" and innersource.json's skills.
const LANGUAGE_BY_MANIFEST: Record<string, string> = {
  'pyproject.toml': 'Python', 'setup.cfg': 'Python', 'go.mod': 'Go', 'pom.xml': 'Java', 'build.gradle': 'Java',
  'build.gradle.kts': 'Kotlin', 'Cargo.toml': 'Rust',
};

/**
 * Reads a repository's root manifests (package.json, pyproject.toml, go.mod, pom.xml, Cargo.toml, *.csproj,
 * CODEOWNERS, …) into a draft: name, description, packages, owners, keywords and language. `rootNames` are the names
 * in the repository's root folder; `read` gives a file's text by its repository path (undefined when it is absent).
 *
 * @example await readInnerSourceDraft(['package.json'], async () => '{"name":"@ann/widget","description":"Widgets"}')
 *   // → { name: '@ann/widget', description: 'Widgets', packages: [{ ecosystem: 'npm', name: '@ann/widget' }], language: 'JavaScript', … }
 */
export async function readInnerSourceDraft(rootNames: readonly string[], read: (path: string) => Promise<string | undefined>): Promise<InnerSourceDraft> {
  const draft: InnerSourceDraft = { packages: [], owners: [], topics: [], problems: [] };
  const paths = [...MANIFEST_PATHS, ...rootNames.filter((n) => /\.csproj$/i.test(n))];
  for (const path of paths) {
    const parser = manifestParserFor(path);
    if (!parser) continue;
    const text = await read(path);
    if (text === undefined) continue;
    try {
      const info = parser(text, path);
      draft.name ??= info.name;
      draft.description ??= info.description;
      draft.docs ??= info.links.docs;
      for (const p of info.packages) if (!draft.packages.some((q) => q.ecosystem === p.ecosystem && q.name === p.name)) draft.packages.push(p);
      for (const o of info.owners) if (!draft.owners.includes(o)) draft.owners.push(o);
      for (const k of info.keywords) if (!draft.topics.includes(k)) draft.topics.push(k);
      draft.language ??= languageOf(path, rootNames);
    } catch (err) {
      draft.problems.push(err instanceof Error ? err.message : String(err));
    }
  }
  return draft;
}

function languageOf(manifest: string, rootNames: readonly string[]): string | undefined {
  if (manifest === 'package.json') return rootNames.includes('tsconfig.json') ? 'TypeScript' : 'JavaScript';
  if (/\.csproj$/i.test(manifest)) return 'C#';
  return LANGUAGE_BY_MANIFEST[manifest];
}
