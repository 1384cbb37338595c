import type { Octokit } from '@octokit/rest' with { 'resolution-mode': 'import' };
import type { CatalogEntry } from '../catalog/model';
import { toContributionError } from './contributionError';
import type { OnrampLabels } from './peopleFields';

/** One open issue that invites a first contribution. */
export interface OnrampIssue {
  /** "owner/name". */
  repo: string;
  number: number;
  title: string;
  url: string;
  createdAt: string;
  kind: 'good first issue' | 'help wanted';
}

const BATCH = 25;
const PER_REPO = 5;
const ISSUE = `nodes { number title url createdAt }`;

/** One request per BATCH repositories: their newest open issues with either list of labels. */
function batchQuery(repos: string[]): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {};
  const params = ['$good: [String!]!', '$help: [String!]!'];
  const parts = repos.map((repo, i) => {
    const [owner, name] = repo.split('/');
    variables[`o${i}`] = owner;
    variables[`n${i}`] = name;
    params.push(`$o${i}: String!`, `$n${i}: String!`);
    const order = 'orderBy: { field: CREATED_AT, direction: DESC }';
    return `r${i}: repository(owner: $o${i}, name: $n${i}) {
    good: issues(first: ${PER_REPO}, states: OPEN, labels: $good, ${order}) { ${ISSUE} }
    help: issues(first: ${PER_REPO}, states: OPEN, labels: $help, ${order}) { ${ISSUE} }
  }`;
  });
  return { query: `query ReuseRadarFirstContributions(${params.join(', ')}) {\n  ${parts.join('\n  ')}\n}`, variables };
}

interface RepoIssues {
  good: { nodes: { number: number; title: string; url: string; createdAt: string }[] };
  help: { nodes: { number: number; title: string; url: string; createdAt: string }[] };
}

/**
 * The open good-first-issue and help-wanted issues of `repos` (newest five of each per repository), fetched when asked
 * for rather than stored by the crawl: such issues are taken and closed within days, while a catalog lives for a day
 * or more. A repository GitHub cannot resolve is skipped; an issue with both labels is listed once, as a good first issue.
 * @example await fetchOnrampIssues(octokit, ["acme/http-client"], { goodFirstIssues: ["good first issue"], helpWanted: ["help wanted"] })
 *   // -> [{ repo: "acme/http-client", number: 12, title: "Document retries", url: "https://github.com/acme/http-client/issues/12", kind: "good first issue", … }]
 */
export async function fetchOnrampIssues(octokit: Octokit, repos: string[], labels: OnrampLabels): Promise<OnrampIssue[]> {
  const out: OnrampIssue[] = [];
  for (let i = 0; i < repos.length; i += BATCH) {
    const batch = repos.slice(i, i + BATCH);
    const { query, variables } = batchQuery(batch);
    let data: Record<string, RepoIssues | null>;
    try {
      data = await octokit.graphql<Record<string, RepoIssues | null>>(query, { ...variables, good: labels.goodFirstIssues, help: labels.helpWanted });
    } catch (err) {
      // NOT_FOUND for one repository still answers the others (GraphqlResponseError carries the partial data).
      const partial = (err as { data?: Record<string, RepoIssues | null> }).data;
      if (!partial) throw toContributionError(err, undefined, 'reading issues for first contributions');
      data = partial;
    }
    batch.forEach((repo, r) => {
      const found = data[`r${r}`];
      if (!found) return;
      const seen = new Set<number>();
      for (const [kind, list] of [['good first issue', found.good.nodes], ['help wanted', found.help.nodes]] as const) {
        for (const n of list) {
          if (seen.has(n.number)) continue;
          seen.add(n.number);
          out.push({ repo, number: n.number, title: n.title, url: n.url, createdAt: n.createdAt, kind });
        }
      }
    });
  }
  return out;
}

const EXTENSION_LANGUAGES: Record<string, string> = {
  ts: 'TypeScript', tsx: 'TypeScript', mts: 'TypeScript', cts: 'TypeScript', js: 'JavaScript', jsx: 'JavaScript', mjs: 'JavaScript',
  cjs: 'JavaScript', py: 'Python', go: 'Go', java: 'Java', kt: 'Kotlin', kts: 'Kotlin', cs: 'C#', rs: 'Rust', vue: 'Vue', svelte: 'Svelte',
};

/** The file extensions workspaceLanguages understands, for a file search glob. */
export const LANGUAGE_EXTENSIONS: readonly string[] = Object.keys(EXTENSION_LANGUAGES);

/**
 * GitHub language names of a workspace's files, most files first.
 * @example workspaceLanguages(["src/a.ts", "src/b.tsx", "tools/x.py"]) // -> ["TypeScript", "Python"]
 */
export function workspaceLanguages(paths: string[]): string[] {
  const counts = new Map<string, number>();
  for (const p of paths) {
    const language = EXTENSION_LANGUAGES[p.slice(p.lastIndexOf('.') + 1).toLowerCase()];
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l);
}

/**
 * Catalog libraries worth asking about, the workspace's languages first: those whose crawl counted on-ramp issues, or
 * whose counts are unknown (catalog files, REST crawls); archived ones and those on another host are left out.
 * @example onrampCandidates(entries, ["Python"], "github.com") // -> [pyEntryWith3GoodFirstIssues, tsEntryWith1, …]
 */
export function onrampCandidates(entries: CatalogEntry[], languages: string[], webHost: string, max = 200): CatalogEntry[] {
  const rank = (e: CatalogEntry) => {
    const i = e.language ? languages.indexOf(e.language) : -1;
    return i < 0 ? languages.length : i;
  };
  const count = (e: CatalogEntry) => (e.onramp ? e.onramp.goodFirstIssues + e.onramp.helpWanted : -1);
  return entries
    .filter((e) => e.repo && !e.archived && e.lifecycle !== 'archived' && (!e.host || e.host.toLowerCase() === webHost.toLowerCase()))
    .filter((e) => !e.onramp || count(e) > 0)
    .sort((a, b) => rank(a) - rank(b) || count(b) - count(a) || a.name.localeCompare(b.name))
    .slice(0, max);
}

/**
 * Issues in display order: libraries in the workspace's languages first (in `entries` order), good first issues before
 * help wanted, newest first.
 * @example orderOnrampIssues(issues, candidates) // -> [tsRepo good first issue (newest), tsRepo help wanted, pyRepo …]
 */
export function orderOnrampIssues(issues: OnrampIssue[], entries: CatalogEntry[]): OnrampIssue[] {
  const position = new Map(entries.map((e, i) => [e.repo.toLowerCase(), i]));
  const at = (i: OnrampIssue) => position.get(i.repo.toLowerCase()) ?? entries.length;
  return [...issues].sort((a, b) => at(a) - at(b) || (a.kind === b.kind ? 0 : a.kind === 'good first issue' ? -1 : 1) || b.createdAt.localeCompare(a.createdAt));
}
