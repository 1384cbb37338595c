import { ContributionError } from './contributionError';
import { similarTerms } from './questionBody';
import type { QuestionApi, QuestionRef, QuestionSetup } from './questionApi';

/** Where a question goes: the "Q&A" discussion category, or an issue (labelled `question` when that label exists). */
type QuestionDestination =
  | { kind: 'discussion'; repositoryId: string; categoryId: string; categoryName: string }
  | { kind: 'issue'; labels: string[] };

export interface PreparedQuestion {
  repo: string;
  viewer: string;
  destination: QuestionDestination;
  /** Open questions in the repository that look like this one (the user may follow one instead). */
  similar: QuestionRef[];
}

export interface SubmitOptions {
  /** Creates attempted at most (default 3); between two, the flow looks for what a failed one may have stored. */
  attempts?: number;
  now?: () => Date;
  /** Told before each new attempt, e.g. to show "GitHub failed; trying again". */
  onRetry?: (attempt: number, error: ContributionError) => void;
}

export interface SubmitResult {
  question: QuestionRef;
  /** True when an earlier (failed-looking) attempt had stored it and it was reused instead of asked again. */
  reused: boolean;
}

const HOUR_MS = 3_600_000;

/**
 * "Q&A" when discussions are enabled and the category exists, else an issue with the repository's `question` label.
 * @example destinationOf({ repositoryId: "R_1", discussionCategories: [{ id: "C_2", name: "Q&A" }], questionLabels: [] })
 *   // -> { kind: "discussion", repositoryId: "R_1", categoryId: "C_2", categoryName: "Q&A" }
 */
function destinationOf(setup: QuestionSetup): QuestionDestination {
  const qa = setup.discussionCategories?.find((c) => c.name.trim().toLowerCase() === 'q&a');
  if (qa) return { kind: 'discussion', repositoryId: setup.repositoryId, categoryId: qa.id, categoryName: qa.name };
  const label = setup.questionLabels.find((l) => l.toLowerCase() === 'question');
  return { kind: 'issue', labels: label ? [label] : [] };
}

/**
 * Reads who asks, where the question goes and which open questions look similar. Sends nothing.
 * @example await prepareQuestion(api, { repo: "acme/http-client", title: "Does retry cover 503?" })
 *   // -> { repo: "acme/http-client", viewer: "ann", destination: { kind: "issue", labels: ["question"] }, similar: [{ kind: "issue", number: 4, … }] }
 */
export async function prepareQuestion(api: QuestionApi, draft: { repo: string; title: string; question?: string }): Promise<PreparedQuestion> {
  const [viewer, setup] = await Promise.all([api.viewerLogin(), api.setup(draft.repo)]);
  const destination = destinationOf(setup);
  const terms = similarTerms(draft.title, draft.question);
  const similar = terms ? await api.searchOpen(draft.repo, terms, destination.kind === 'discussion') : [];
  return { repo: draft.repo, viewer, destination, similar };
}

const sameTitle = (a: string, b: string) => a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');

/** The viewer's open question with this title created in the last hour, if any. */
async function findOwn(api: QuestionApi, prepared: PreparedQuestion, title: string, now: Date): Promise<QuestionRef | undefined> {
  const since = new Date(now.getTime() - HOUR_MS);
  const recent = await api.recentBy(prepared.repo, prepared.viewer, since.toISOString(), prepared.destination.kind === 'discussion');
  return recent.find((q) => sameTitle(q.title, title) && Date.parse(q.createdAt) >= since.getTime()
    && (q.author === undefined || q.author.toLowerCase() === prepared.viewer.toLowerCase()));
}

/** A failure after which the question may or may not exist: GitHub's 5xx, a dropped connection. */
function mayHaveStored(err: unknown): err is ContributionError {
  return err instanceof ContributionError && err.code === 'network';
}

/**
 * Asks the question, exactly once: first looks for an open question by the same user with the same title from the last
 * hour (a retry after a lost answer) and reuses it; after a 5xx or a dropped connection it looks again before asking
 * again, so a create GitHub stored but did not confirm is never doubled.
 * @example await submitQuestion(api, prepared, { title: "Does retry cover 503?", body: "…\n\n_Asked with Reuse Radar from VS Code._" })
 *   // -> { question: { kind: "issue", number: 7, url: "https://github.com/acme/http-client/issues/7", … }, reused: false }
 */
export async function submitQuestion(api: QuestionApi, prepared: PreparedQuestion, q: { title: string; body: string }, options: SubmitOptions = {}): Promise<SubmitResult> {
  const attempts = Math.max(1, options.attempts ?? 3);
  const now = options.now ?? (() => new Date());
  const title = q.title.trim();
  if (!title) throw new ContributionError('conflict', 'A question needs a title.', { repo: prepared.repo });
  let lastError: ContributionError | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const own = await findOwn(api, prepared, title, now());
    if (own) return { question: own, reused: true };
    if (lastError) options.onRetry?.(attempt, lastError);
    try {
      const d = prepared.destination;
      const question = d.kind === 'discussion'
        ? await api.createDiscussion(prepared.repo, { repositoryId: d.repositoryId, categoryId: d.categoryId, title, body: q.body })
        : await api.createIssue(prepared.repo, { title, body: q.body, labels: d.labels });
      return { question, reused: false };
    } catch (err) {
      if (!mayHaveStored(err)) throw err;
      lastError = err;
    }
  }
  const own = await findOwn(api, prepared, title, now());
  if (own) return { question: own, reused: true };
  throw new ContributionError('network', `GitHub kept failing while asking in ${prepared.repo}${lastError?.status ? ` (${lastError.status})` : ''}. Asking again is safe: an open question of yours with the same title from the last hour is reused, not doubled.`, { repo: prepared.repo });
}
