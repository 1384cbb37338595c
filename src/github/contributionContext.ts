import type { ContributionApi, DirEntry } from './contributionApi';
import { parseCodeOwners, parseInnerSourceJson, summarizeContributing, type InnerSourceGuidance } from './repoGuidance';

/** Everything the user should see about a target repository before submitting, and what submitting needs. */
export interface ContributionContext {
  /** Canonical "owner/name" — pull requests always target it. */
  repo: string;
  htmlUrl: string;
  defaultBranch: string;
  /** Whether the signed-in user may push branches to `repo` (otherwise submitting forks first). */
  canPush: boolean;
  /** The signed-in user's login, when known. */
  login?: string;
  /** Owners from CODEOWNERS (catch-all rule) and innersource.json, de-duplicated. */
  owners: string[];
  innersource?: InnerSourceGuidance;
  contributing?: { path: string; url: string; summary: string; sections: string[] };
  /** Pull request templates, the default one first ("name" is the file name, e.g. "bug_fix.md"). */
  templates: { path: string; name: string; text: string }[];
}

// GitHub's own search order for community files: .github/, then the root, then docs/.
const FOLDERS = ['.github', '', 'docs'] as const;
const CONTRIBUTING = /^contributing(\.(md|markdown|rst|txt))?$/i;
const TEMPLATE = /^pull_request_template\.md$/i;
const TEMPLATE_DIR = /^pull_request_template$/i;

/**
 * Reads what a contributor should know about `repo`: default branch, push rights, owners, innersource.json's wanted
 * contributions and skills, a CONTRIBUTING summary and link, and pull request templates (`.github/`, root, `docs/`,
 * single files and `PULL_REQUEST_TEMPLATE/` variants). Throws ContributionError ('not-found' names the repository).
 *
 * @example await prepareContribution(api, { repo: 'acme/ui-kit' })
 *   // → { repo: 'acme/ui-kit', defaultBranch: 'main', canPush: false, owners: ['@acme/ui'], templates: [...], ... }
 */
export async function prepareContribution(
  api: ContributionApi,
  options: { repo: string; login?: string; signal?: AbortSignal },
): Promise<ContributionContext> {
  const call = { signal: options.signal };
  const info = await api.getRepo(options.repo, call);
  const repo = info.fullName;
  let login = options.login;
  let canPush = info.canPush;
  if (canPush === undefined) {
    login ??= (await api.getViewer(call)).login;
    canPush = ['admin', 'maintain', 'write'].includes(await api.getPermission(repo, login, call));
  }
  const ref = info.defaultBranch;
  const listings = await Promise.all(FOLDERS.map((dir) => api.listDirectory(repo, dir, ref, call)));
  const files = (dir: string) => listings[FOLDERS.indexOf(dir as (typeof FOLDERS)[number])] ?? [];
  const first = (test: (e: DirEntry) => boolean) => FOLDERS.map((d) => files(d).find(test)).find((e) => e !== undefined);
  const read = (path: string) => api.getFileText(repo, path, ref, call);

  const codeOwnersEntry = first((e) => e.type === 'file' && e.name === 'CODEOWNERS');
  const innersourceEntry = files('').find((e) => e.type === 'file' && e.name.toLowerCase() === 'innersource.json');
  const contributingEntry = first((e) => e.type === 'file' && CONTRIBUTING.test(e.name));
  const singles = FOLDERS.map((d) => files(d).find((e) => e.type === 'file' && TEMPLATE.test(e.name))).filter((e) => e !== undefined);
  const templateDirs = FOLDERS.map((d) => files(d).find((e) => e.type === 'dir' && TEMPLATE_DIR.test(e.name))).filter((e) => e !== undefined);

  const [codeOwners, innersourceText, contributingText, singleTexts, variants] = await Promise.all([
    codeOwnersEntry ? read(codeOwnersEntry.path) : undefined,
    innersourceEntry ? read(innersourceEntry.path) : undefined,
    contributingEntry ? read(contributingEntry.path) : undefined,
    Promise.all(singles.map(async (e) => ({ path: e.path, name: e.name, text: await read(e.path) }))),
    Promise.all(
      templateDirs.map(async (dir) => {
        const entries = ((await api.listDirectory(repo, dir.path, ref, call)) ?? [])
          .filter((e) => e.type === 'file' && /\.md$/i.test(e.name))
          .sort((a, b) => a.name.localeCompare(b.name));
        return Promise.all(entries.map(async (e) => ({ path: e.path, name: e.name, text: await read(e.path) })));
      }),
    ),
  ]);

  const innersource = innersourceText !== undefined ? parseInnerSourceJson(innersourceText) : undefined;
  const owners = [...new Set([...(codeOwners ? parseCodeOwners(codeOwners) : []), ...(innersource?.owners ?? [])])];
  const templates = [...singleTexts, ...variants.flat()].filter((t): t is { path: string; name: string; text: string } => t.text !== undefined);
  return {
    repo,
    htmlUrl: info.htmlUrl,
    defaultBranch: ref,
    canPush,
    login,
    owners,
    innersource,
    contributing:
      contributingEntry && contributingText !== undefined
        ? { path: contributingEntry.path, url: `${info.htmlUrl}/blob/${encodeURI(ref)}/${encodeURI(contributingEntry.path)}`, ...summarizeContributing(contributingText) }
        : undefined,
    templates,
  };
}
