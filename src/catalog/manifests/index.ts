import { parseCargoToml } from './cargoToml';
import { parseCatalogInfoYaml } from './catalogInfoYaml';
import { parseCodeowners } from './codeowners';
import { parseCsproj } from './csproj';
import { parseGoMod } from './goMod';
import { parseGradle } from './gradle';
import { parseInnersourceJson } from './innersourceJson';
import type { ManifestInfo } from './manifestInfo';
import { parsePackageJson } from './packageJson';
import { parsePomXml } from './pomXml';
import { parsePyprojectToml } from './pyprojectToml';
import { parseRequirementsTxt } from './requirementsTxt';
import { parseSetupCfg } from './setupCfg';
import { parseSetupPy } from './setupPy';

export { ManifestError, type ManifestInfo } from './manifestInfo';
export {
  parseCargoToml, parseCatalogInfoYaml, parseCodeowners, parseCsproj, parseGoMod, parseGradle,
  parseInnersourceJson, parsePackageJson, parsePomXml, parsePyprojectToml, parseRequirementsTxt, parseSetupCfg, parseSetupPy,
};

export type ManifestParser = (text: string, path: string) => ManifestInfo;

/**
 * A `requirements/` folder (pip-tools, cookiecutter-django): a service's direct dependencies in `base.in` (pip-tools'
 * compiled `base.txt` is only read without it: it lists transitive dependencies too), else `base.txt`, else the
 * production file. Read like `requirements.txt`, so services laid out this way count in the org's usage.
 */
export const PYTHON_REQUIREMENTS_FOLDER: readonly string[] = ['requirements/base.in', 'requirements/base.txt', 'requirements/production.txt', 'requirements/prod.txt'];

/**
 * Root-level files a crawler should fetch for each repository (GraphQL `object(expression: "HEAD:<path>")`).
 * `*.csproj` files have no fixed name: list the root tree and add any `*.csproj` found.
 */
export const MANIFEST_PATHS: readonly string[] = [
  'package.json', 'pyproject.toml', 'setup.cfg', 'setup.py', 'requirements.txt', ...PYTHON_REQUIREMENTS_FOLDER, 'go.mod', 'pom.xml', 'build.gradle', 'build.gradle.kts',
  'settings.gradle', 'settings.gradle.kts', 'Cargo.toml', 'catalog-info.yaml', 'catalog-info.yml', 'innersource.json',
  'CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS',
  // Monorepo declarations (read by workspaces.ts, not parsers of their own).
  'pnpm-workspace.yaml', 'lerna.json', 'nx.json', 'go.work',
];

const PARSERS: Record<string, ManifestParser> = {
  'package.json': parsePackageJson,
  'pyproject.toml': parsePyprojectToml,
  'setup.cfg': parseSetupCfg,
  'setup.py': parseSetupPy,
  'requirements.txt': parseRequirementsTxt,
  ...Object.fromEntries(PYTHON_REQUIREMENTS_FOLDER.map((p) => [p, parseRequirementsTxt])),
  'go.mod': parseGoMod,
  'pom.xml': parsePomXml,
  'build.gradle': parseGradle,
  'build.gradle.kts': parseGradle,
  'Cargo.toml': parseCargoToml,
  'catalog-info.yaml': parseCatalogInfoYaml,
  'catalog-info.yml': parseCatalogInfoYaml,
  'innersource.json': parseInnersourceJson,
  'CODEOWNERS': parseCodeowners,
  '.github/CODEOWNERS': parseCodeowners,
  'docs/CODEOWNERS': parseCodeowners,
};

/** "pom.xml" -> parsePomXml; "src/Acme.Http.csproj" -> parseCsproj; "README.md" -> undefined. Paths are repo-relative. */
export function manifestParserFor(path: string): ManifestParser | undefined {
  return PARSERS[path] ?? (/\.csproj$/i.test(path) ? parseCsproj : undefined);
}

const MEMBER_MANIFESTS = new Set(['package.json', 'Cargo.toml', 'pom.xml', 'go.mod', 'pyproject.toml']);

/** The parser for a monorepo member's manifest ("packages/http/package.json" -> parsePackageJson), else undefined. */
export function memberParserFor(path: string): ManifestParser | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return path.includes('/') && MEMBER_MANIFESTS.has(name) ? PARSERS[name] : undefined;
}
