import assert from 'node:assert/strict';
import { prepareQuestion, submitQuestion } from '../../../src/github/askOwners';
import { ContributionError } from '../../../src/github/contributionError';
import { composeQuestionBody } from '../../../src/github/questionBody';
import type { GitHubStandIn } from '../../support/githubStandIn';
import { questionApiFor, questionStandIn } from './questionFixture';

const questionsIn = (gh: GitHubStandIn, repo: string) => gh.state.threads.filter((t) => t.repo === repo && t.user === 'ann');

describe('Ask the owners: the flow against the GitHub stand-in', () => {
  let gh: GitHubStandIn;
  beforeEach(async () => {
    gh = await questionStandIn();
  });
  afterEach(() => gh.close());

  it('finds similar open questions (not closed ones) and asks an issue labelled question where discussions are off', async () => {
    const api = questionApiFor(gh);
    const prepared = await prepareQuestion(api, { repo: 'acme/http-client', title: 'How do I retry on 503?' });
    assert.equal(prepared.viewer, 'ann');
    assert.deepEqual(prepared.destination, { kind: 'issue', labels: ['question'] });
    assert.deepEqual(prepared.similar.map((q) => q.title), ['Does retry cover 503 responses?']);
    assert.match(prepared.similar[0].url, /\/acme\/http-client\/issues\/1$/);

    const body = composeQuestionBody({ question: 'We see 503s from the gateway.', askedFrom: 'the reuse-radar CLI' });
    const result = await submitQuestion(api, prepared, { title: 'How do I retry on 503?', body });
    assert.equal(result.reused, false);
    assert.equal(result.question.kind, 'issue');
    const stored = questionsIn(gh, 'acme/http-client');
    assert.equal(stored.length, 1);
    assert.deepEqual(stored[0].labels, ['question']);
    assert.equal(stored[0].body.split('\n').pop(), '_Asked with Reuse Radar from the reuse-radar CLI._');
    assert.equal(result.question.url, `${gh.url}/acme/http-client/issues/${stored[0].number}`);
  });

  it('asks in the Q&A discussion category when discussions are enabled', async () => {
    const api = questionApiFor(gh);
    const prepared = await prepareQuestion(api, { repo: 'acme/ui-kit', title: 'Dark mode tokens?' });
    assert.equal(prepared.destination.kind, 'discussion');
    assert.equal(prepared.destination.kind === 'discussion' && prepared.destination.categoryName, 'Q&A');
    const result = await submitQuestion(api, prepared, { title: 'Dark mode tokens?', body: 'x' });
    assert.equal(result.question.kind, 'discussion');
    const stored = questionsIn(gh, 'acme/ui-kit');
    assert.deepEqual(stored.map((t) => [t.kind, t.category]), [['discussion', 'Q&A']]);
    assert.match(result.question.url, /\/acme\/ui-kit\/discussions\/\d+$/);
  });

  it('asks an unlabelled issue when the repository has no question label', async () => {
    const api = questionApiFor(gh);
    const prepared = await prepareQuestion(api, { repo: 'acme/bare', title: 'Is this maintained?' });
    assert.deepEqual(prepared.destination, { kind: 'issue', labels: [] });
    await submitQuestion(api, prepared, { title: 'Is this maintained?', body: 'x' });
    assert.deepEqual(questionsIn(gh, 'acme/bare').map((t) => t.labels), [[]]);
  });

  it('a 500 answered after GitHub stored the issue, then a retry: exactly one question, reused', async () => {
    const api = questionApiFor(gh);
    const prepared = await prepareQuestion(api, { repo: 'acme/http-client', title: 'Timeouts per call?' });
    gh.faults.add({ method: 'POST', path: '/repos/acme/http-client/issues', status: 500, afterHandling: true });
    const retries: number[] = [];
    const result = await submitQuestion(api, prepared, { title: 'Timeouts per call?', body: 'x' }, { onRetry: (n) => retries.push(n) });
    assert.equal(gh.faults.fired, 1);
    assert.equal(result.reused, true);
    assert.deepEqual(retries, []);
    assert.equal(questionsIn(gh, 'acme/http-client').length, 1);
    assert.equal(gh.requests.filter((r) => r.method === 'POST' && r.path === '/repos/acme/http-client/issues').length, 1);
    // The user runs it again: still one.
    const again = await submitQuestion(api, await prepareQuestion(api, { repo: 'acme/http-client', title: 'Timeouts per call?' }), { title: 'Timeouts per call?', body: 'x' });
    assert.equal(again.reused, true);
    assert.equal(again.question.number, result.question.number);
    assert.equal(questionsIn(gh, 'acme/http-client').length, 1);
  });

  it('a dropped connection after the discussion was created: exactly one discussion', async () => {
    const api = questionApiFor(gh);
    const prepared = await prepareQuestion(api, { repo: 'acme/ui-kit', title: 'Theming API?' });
    gh.faults.add({ graphql: true, when: (r) => /createDiscussion/.test(String((r.body as { query?: string }).query)), status: 500, afterHandling: true, dropConnection: true });
    const result = await submitQuestion(api, prepared, { title: 'Theming API?', body: 'x' });
    assert.equal(gh.faults.fired, 1);
    assert.equal(result.reused, true);
    assert.equal(questionsIn(gh, 'acme/ui-kit').length, 1);
  });

  it('a 500 before anything was stored: asks again once, one question', async () => {
    const api = questionApiFor(gh);
    const prepared = await prepareQuestion(api, { repo: 'acme/http-client', title: 'Proxy support?' });
    gh.faults.add({ method: 'POST', path: '/repos/acme/http-client/issues', status: 502 });
    const retries: number[] = [];
    const result = await submitQuestion(api, prepared, { title: 'Proxy support?', body: 'x' }, { onRetry: (n) => retries.push(n) });
    assert.equal(result.reused, false);
    assert.deepEqual(retries, [2]);
    assert.equal(questionsIn(gh, 'acme/http-client').length, 1);
  });

  it('GitHub failing every time: one clear error, nothing created twice', async () => {
    const api = questionApiFor(gh);
    const prepared = await prepareQuestion(api, { repo: 'acme/http-client', title: 'Proxy support?' });
    gh.faults.add({ method: 'POST', path: '/repos/acme/http-client/issues', status: 502, times: Infinity });
    await assert.rejects(submitQuestion(api, prepared, { title: 'Proxy support?', body: 'x' }), (err: unknown) => {
      assert.ok(err instanceof ContributionError);
      assert.match(err.message, /GitHub kept failing while asking in acme\/http-client \(502\)\. Asking again is safe/);
      return true;
    });
    assert.equal(questionsIn(gh, 'acme/http-client').length, 0);
  });

  it('the same title asked over an hour ago, or by someone else, is not reused', async () => {
    const repo = gh.state.repo('acme', 'http-client')!;
    gh.state.addThread(repo, { title: 'Proxy support?', user: 'ann', createdAt: new Date(Date.now() - 2 * 3_600_000).toISOString() });
    gh.state.addThread(repo, { title: 'Proxy support?', user: 'bob' });
    const api = questionApiFor(gh);
    const result = await submitQuestion(api, await prepareQuestion(api, { repo: 'acme/http-client', title: 'Proxy support?' }), { title: 'Proxy support?', body: 'x' });
    assert.equal(result.reused, false);
    assert.equal(questionsIn(gh, 'acme/http-client').length, 2);
  });

  it('a repository the user cannot see: one sentence, no question', async () => {
    gh.state.addRepo({ owner: 'acme', name: 'secret', visibility: 'private' });
    await assert.rejects(prepareQuestion(questionApiFor(gh), { repo: 'acme/secret', title: 'x' }), /You have no access to acme\/secret or it does not exist\./);
  });
});
