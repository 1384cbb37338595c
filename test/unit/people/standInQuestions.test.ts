import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startGitHubStandIn, type GitHubStandIn } from '../../support/githubStandIn';

const OPENAPI = JSON.parse(readFileSync(path.join(__dirname, '../../../node_modules/@octokit/openapi/generated/api.github.com.json'), 'utf8'));
const missingRequired = (schema: string, value: Record<string, unknown>) =>
  (OPENAPI.components.schemas[schema].required as string[]).filter((key) => !(key in value));

describe('GitHub stand-in: issues, labels, search and discussions in GitHub\'s shapes', () => {
  let gh: GitHubStandIn;
  const call = async (method: string, url: string, body?: unknown, token = 'tok') => {
    const res = await fetch(`${gh.url}${url}`, { method, headers: { authorization: `Bearer ${token}` }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> & { errors?: unknown[]; data?: Record<string, unknown> } };
  };
  const graphql = (query: string, variables: Record<string, unknown> = {}) => call('POST', '/graphql', { query, variables });

  before(async () => {
    gh = await startGitHubStandIn();
    gh.state.addToken('tok', 'alice');
    gh.state.addToken('reader', 'rita');
    gh.state.addRepo({ owner: 'acme', name: 'lib', permissions: { alice: 'write' }, discussionCategories: ['General', 'Q&A'], files: { 'package.json': '{}' } });
  });
  after(() => gh.close());

  it('creates issues (labels only with push access), lists labels and searches issues with the required fields', async () => {
    const created = await call('POST', '/repos/acme/lib/issues', { title: 'Retry on 503?', body: 'Details', labels: ['question'] });
    assert.equal(created.status, 201);
    assert.deepEqual(missingRequired('issue', created.json), []);
    assert.deepEqual((created.json.labels as { name: string }[]).map((l) => l.name), ['question']);
    const byReader = await call('POST', '/repos/acme/lib/issues', { title: 'Another', labels: ['question'] }, 'reader');
    assert.deepEqual(byReader.json.labels, []);
    const labels = await call('GET', '/repos/acme/lib/labels');
    assert.deepEqual(missingRequired('label', (labels.json as unknown as Record<string, unknown>[])[0]), []);
    const search = await call('GET', '/search/issues?q=repo:acme/lib%20is:open%20retry%20OR%20timeout');
    assert.equal(search.json.total_count, 1);
    assert.deepEqual(missingRequired('issue-search-result-item', (search.json.items as Record<string, unknown>[])[0]), []);
    assert.equal((await call('POST', '/repos/acme/lib/issues', { body: 'no title' })).status, 422);
  });

  it('GraphQL: counts labelled issues, filters by creator, searches, and creates discussions (schema-validated)', async () => {
    const counts = await graphql(`query { repository(owner: "acme", name: "lib") {
      q: issues(states: OPEN, labels: ["question"]) { totalCount }
      mine: issues(first: 5, filterBy: { createdBy: "rita" }) { nodes { title author { login } } }
      hasDiscussionsEnabled discussionCategories(first: 5) { nodes { id name } }
      labels(first: 5, query: "quest") { nodes { name } }
    } }`);
    assert.equal(counts.json.errors, undefined, JSON.stringify(counts.json.errors));
    const repo = (counts.json.data as { repository: { q: { totalCount: number }; mine: { nodes: { title: string }[] }; discussionCategories: { nodes: { id: string; name: string }[] }; labels: { nodes: { name: string }[] } } }).repository;
    assert.equal(repo.q.totalCount, 1);
    assert.deepEqual(repo.mine.nodes.map((n) => n.title), ['Another']);
    assert.deepEqual(repo.labels.nodes.map((l) => l.name), ['question']);
    const qa = repo.discussionCategories.nodes.find((c) => c.name === 'Q&A')!;
    const id = ((await graphql('query { repository(owner: "acme", name: "lib") { id } }')).json.data as { repository: { id: string } }).repository.id;
    const created = await graphql('mutation($input: CreateDiscussionInput!) { createDiscussion(input: $input) { discussion { number url category { name } } } }',
      { input: { repositoryId: id, categoryId: qa.id, title: 'Theming?', body: 'x' } });
    assert.equal(created.json.errors, undefined, JSON.stringify(created.json.errors));
    assert.match(JSON.stringify(created.json.data), /"url":"http:\/\/127\.0\.0\.1:\d+\/acme\/lib\/discussions\/3","category":\{"name":"Q&A"\}/);
    const found = await graphql('query { search(query: "repo:acme/lib is:open theming", type: DISCUSSION, first: 5) { discussionCount nodes { ... on Discussion { title } } } }');
    assert.deepEqual(found.json.data, { search: { discussionCount: 1, nodes: [{ title: 'Theming?' }] } });
    const invalid = await graphql('query { repository(owner: "acme", name: "lib") { issues(first: 1) { nodes { nope } } } }');
    assert.match(JSON.stringify(invalid.json.errors), /Field 'nope' doesn't exist on type 'Issue'/);
  });
});
