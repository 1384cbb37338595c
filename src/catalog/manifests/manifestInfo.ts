import type { CatalogLinks, InnerSourceInfo, Lifecycle, PackageRef, RepoKind } from '../model';

/** Which descriptor a ManifestInfo came from. */
export type ManifestFormat =
  | 'package.json' | 'pyproject.toml' | 'setup.cfg' | 'setup.py' | 'requirements.txt' | 'go.mod' | 'pom.xml' | 'csproj' | 'gradle'
  | 'Cargo.toml' | 'catalog-info.yaml' | 'innersource.json' | 'CODEOWNERS';

/** What one manifest or descriptor file says about its repository. Every parser fills the arrays (possibly empty). */
export interface ManifestInfo {
  path: string;
  format: ManifestFormat;
  /** Display name the file declares (package or component name), if any. */
  name?: string;
  /** Packages the repository publishes, in canonical form (see PackageRef). */
  packages: PackageRef[];
  description?: string;
  keywords: string[];
  /** Runtime dependencies (no dev/test-only ones). */
  dependencies: PackageRef[];
  owners: string[];
  lifecycle?: Lifecycle;
  /** What a deprecated library says replaces it (package name, repo or id). */
  replacement?: string;
  links: CatalogLinks;
  innersource?: InnerSourceInfo;
  /** The descriptor's own statement of what the repository is (Backstage spec.type, a private package.json...). */
  kind?: RepoKind;
  /** Backstage `spec.type` of the file's Components ("library", "node-library", "service"…), for an org's own list of library types. */
  componentTypes?: string[];
  replaces?: string[];
  dropInFor?: string[];
  /** build.gradle with a group but no artifact name: the artifact defaults to the project (repository) name. */
  mavenGroupWithoutArtifact?: string;
  /** Python import roots the file declares (`packages=`, `py_modules=`, `[tool.setuptools] packages`, Poetry `packages`). */
  pythonModules?: string[];
  /** Import roots a `find_packages(exclude=...)` leaves out of the source layout, e.g. ["tests"]. */
  pythonExcludes?: string[];
}

/** A manifest that cannot be read; the message names the file. */
export class ManifestError extends Error {
  constructor(readonly path: string, detail: string) {
    super(`${path}: ${detail}`);
    this.name = 'ManifestError';
  }
}

export function emptyManifest(path: string, format: ManifestFormat): ManifestInfo {
  return { path, format, packages: [], keywords: [], dependencies: [], owners: [], links: {} };
}
