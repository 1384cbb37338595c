import type { Onramp, RepoActivity } from '../catalog/model';

/** Label names counted as a way in; an issue counts when it has any of a list's labels. */
export interface OnrampLabels {
  goodFirstIssues: string[];
  helpWanted: string[];
}

export const DEFAULT_ONRAMP_LABELS: OnrampLabels = { goodFirstIssues: ['good first issue'], helpWanted: ['help wanted'] };

/** Commit activity is averaged over this many weeks before the crawl. */
const ACTIVITY_WEEKS = 13;

/** Variables the crawl page query declares for the fields below. */
export const PEOPLE_VARIABLES = '$onrampGood: [String!]!, $onrampHelp: [String!]!, $activitySince: GitTimestamp!';

/**
 * Repository fields for the activity score and the on-ramp, read in the crawl's own pages (no extra request):
 * forks, subscribers, dates, commits on the default branch since `$activitySince`, and the open issues carrying the
 * on-ramp labels (counts only: the titles are fetched when someone looks for a first contribution).
 */
export const PEOPLE_FIELDS = `forkCount
  watchers { totalCount }
  createdAt
  updatedAt
  onrampGood: issues(states: OPEN, labels: $onrampGood) { totalCount }
  onrampHelp: issues(states: OPEN, labels: $onrampHelp) { totalCount }
  activityBranch: defaultBranchRef { target { ... on Commit { history(since: $activitySince) { totalCount } } } }`;

/** Non-empty label lists (an empty list would make GitHub count every open issue). */
export function onrampLabelsOrDefault(labels: Partial<OnrampLabels> | undefined): OnrampLabels {
  const clean = (list: unknown, fallback: string[]) => {
    const names = Array.isArray(list) ? list.filter((l): l is string => typeof l === 'string' && l.trim() !== '').map((l) => l.trim()) : [];
    return names.length ? names : fallback;
  };
  return {
    goodFirstIssues: clean(labels?.goodFirstIssues, DEFAULT_ONRAMP_LABELS.goodFirstIssues),
    helpWanted: clean(labels?.helpWanted, DEFAULT_ONRAMP_LABELS.helpWanted),
  };
}

/**
 * The values of PEOPLE_VARIABLES for one crawl.
 * @example peopleVariables(undefined, new Date("2026-12-02T00:00:00Z"))
 *   // -> { onrampGood: ["good first issue"], onrampHelp: ["help wanted"], activitySince: "2026-09-02T00:00:00.000Z" }
 */
export function peopleVariables(labels: Partial<OnrampLabels> | undefined, now: Date = new Date()): Record<string, unknown> {
  const l = onrampLabelsOrDefault(labels);
  return { onrampGood: l.goodFirstIssues, onrampHelp: l.helpWanted, activitySince: new Date(now.getTime() - ACTIVITY_WEEKS * 7 * 86_400_000).toISOString() };
}

interface PeopleNode {
  forkCount?: number;
  watchers?: { totalCount: number };
  createdAt?: string | null;
  updatedAt?: string | null;
  onrampGood?: { totalCount: number };
  onrampHelp?: { totalCount: number };
  activityBranch?: { target?: { history?: { totalCount: number } } | null } | null;
}

/**
 * The activity and on-ramp facts of a crawled repository node (fields absent: nothing).
 * @example peopleFromNode({ forkCount: 2, watchers: { totalCount: 4 }, createdAt: "2024-01-01T00:00:00Z", updatedAt: null,
 *   onrampGood: { totalCount: 3 }, onrampHelp: { totalCount: 0 }, activityBranch: null })
 *   // -> { activity: { forks: 2, watchers: 4, createdAt: "2024-01-01T00:00:00Z", updatedAt: null }, onramp: { goodFirstIssues: 3, helpWanted: 0 } }
 */
export function peopleFromNode(node: Record<string, unknown>): { activity?: RepoActivity; onramp?: Onramp } {
  const n = node as PeopleNode;
  const out: { activity?: RepoActivity; onramp?: Onramp } = {};
  if (typeof n.forkCount === 'number' && n.watchers) {
    const commits = n.activityBranch?.target?.history?.totalCount;
    out.activity = {
      forks: n.forkCount,
      watchers: n.watchers.totalCount,
      createdAt: n.createdAt ?? null,
      updatedAt: n.updatedAt ?? null,
      ...(typeof commits === 'number' ? { commitsLast13Weeks: commits } : {}),
    };
  }
  if (n.onrampGood && n.onrampHelp) out.onramp = { goodFirstIssues: n.onrampGood.totalCount, helpWanted: n.onrampHelp.totalCount };
  return out;
}
