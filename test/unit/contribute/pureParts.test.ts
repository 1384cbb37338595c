import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { parseCodeOwners, parseInnerSourceJson, summarizeContributing } from '../../../src/github/repoGuidance';
import { composePullBody, contributionBranch } from '../../../src/github/pullRequestBody';
import { redact } from '../../../src/util/redact';
import { innerSourceFiles } from '../../../src/github/publishInnerSource';
import { failureOf, toContributionError } from '../../../src/github/contributionError';

describe('contribute: pure parts', () => {
  it('takes owners from the last catch-all CODEOWNERS rule, else every owner named', () => {
    assert.deepEqual(parseCodeOwners('# owners\n* @acme/old\n/docs/ @ann\n*  @acme/core  ann@acme.com # lead\n'), ['@acme/core', 'ann@acme.com']);
    assert.deepEqual(parseCodeOwners('/src/ @bob @acme/web\n/docs/ @bob\nnot-an-owner-line\n'), ['@bob', '@acme/web']);
    assert.deepEqual(parseCodeOwners(''), []);
  });

  it('reads innersource.json and rejects what is not a JSON object', () => {
    const info = parseInnerSourceJson('{"title":"HTTP","contributions":["Docs"," ",3],"skills":["TypeScript"],"maintainers":["@ann"]}');
    assert.deepEqual(info, { title: 'HTTP', motivation: undefined, contributions: ['Docs'], skills: ['TypeScript'], owners: ['@ann'] });
    assert.equal(parseInnerSourceJson('[1]'), undefined);
    assert.equal(parseInnerSourceJson('{oops'), undefined);
  });

  it('summarizes CONTRIBUTING prose, skipping badges, and lists its sections', () => {
    const md = '# Contributing\n\n[![CI](https://x/badge.svg)](https://x)\n\nOpen an issue **first**.\n\n## Tests\n\nRun `npm test`.\n\n## Style\n\n' + 'word '.repeat(200);
    const { summary, sections } = summarizeContributing(md, 60);
    assert.equal(summary, 'Open an issue first. Run npm test.');
    assert.deepEqual(sections, ['Tests', 'Style']);
    assert.ok(summarizeContributing('x'.repeat(900)).summary.endsWith('…'));
  });

  it('derives branch names from titles', () => {
    assert.equal(contributionBranch('Fix: retry on 502 (HTTP client)'), 'reuse-radar/fix-retry-on-502-http-client');
    assert.equal(contributionBranch('Café déjà vu'), 'reuse-radar/cafe-deja-vu');
    assert.equal(contributionBranch('!!!'), 'reuse-radar/contribution');
    assert.ok(contributionBranch('a'.repeat(100)).length <= 'reuse-radar/'.length + 48);
  });

  it('fills the template under its description heading and records provenance without credentials', () => {
    const body = composePullBody({
      template: '## Description\n<!-- what and why -->\n\n## Checklist\n- [ ] tests',
      description: 'Adds retries.',
      provenance: { repo: 'https://x-access-token:ghp_secret123@github.com/acme/app.git', path: 'src/http.ts', commit: 'abc1234' },
    });
    assert.equal(body.indexOf('## Description'), 0);
    assert.ok(body.indexOf('Adds retries.') < body.indexOf('## Checklist'));
    assert.match(body, /### Provenance[\s\S]*- Repository: https:\/\/github\.com\/acme\/app\.git\n- Path: `src\/http\.ts`\n- Commit: abc1234/);
    assert.ok(!body.includes('ghp_secret123'));
    assert.equal(composePullBody({ template: '- [ ] tests', description: 'Hi', provenance: {} }), 'Hi\n\n- [ ] tests');
    assert.equal(redact('see ssh://git:pw@host/x and https://host/y'), 'see ssh://host/x and https://host/y');
  });

  it('writes innersource.json and a Backstage Component catalog-info.yaml', () => {
    const files = innerSourceFiles({
      repo: 'acme/http-plus', name: 'HTTP Plus (v2)', description: 'Retries for @acme/http', owners: ['@acme/web-team', '@ann'],
      topics: ['HTTP', 'Node.js'], language: 'TypeScript', packages: [{ ecosystem: 'npm', name: '@acme/http-plus' }], docs: 'https://docs.acme/http-plus',
    });
    const is = JSON.parse(files['innersource.json']);
    assert.deepEqual(is, {
      title: 'HTTP Plus (v2)', motivation: 'Retries for @acme/http', contributions: ['Bug fixes', 'Features', 'Documentation', 'Tests'],
      skills: ['TypeScript'], docs: 'https://docs.acme/http-plus', language: 'TypeScript',
    });
    const entity = parse(files['catalog-info.yaml']);
    assert.equal(entity.apiVersion, 'backstage.io/v1alpha1');
    assert.equal(entity.kind, 'Component');
    assert.match(entity.metadata.name, /^[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*$/);
    assert.equal(entity.metadata.name, 'HTTP-Plus-v2');
    assert.deepEqual(entity.metadata.tags, ['http', 'node-js', 'typescript']);
    assert.equal(entity.metadata.annotations['github.com/project-slug'], 'acme/http-plus');
    assert.equal(entity.metadata.annotations['reuse-radar/packages'], 'npm:@acme/http-plus');
    assert.deepEqual(entity.spec, { type: 'library', lifecycle: 'experimental', owner: 'group:web-team' });
    assert.throws(() => innerSourceFiles({ repo: 'nope', name: 'x', description: '', owners: [], topics: [], packages: [] }), /owner\/name/);
  });

  it('maps HTTP failures to typed errors that name the repository and never echo request options', () => {
    const secret = 'ghp_abcdefSECRET';
    const withRequest = (status: number, data: unknown, headers: Record<string, string> = {}) =>
      Object.assign(new Error('x'), { status, request: { headers: { authorization: `token ${secret}` } }, response: { status, headers, data } });
    const e404 = toContributionError(withRequest(404, { message: 'Not Found' }), 'acme/ui-kit');
    assert.equal(e404.code, 'not-found');
    assert.equal(e404.message, 'You have no access to acme/ui-kit or it does not exist.');
    assert.equal(toContributionError(withRequest(401, { message: 'Bad credentials' }), 'acme/ui-kit').code, 'auth');
    const limited = toContributionError(withRequest(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '30' }), 'acme/ui-kit');
    assert.equal(limited.code, 'rate-limited');
    assert.equal(limited.retryAfterSeconds, 30);
    assert.equal(toContributionError(withRequest(403, { message: 'Resource not accessible' }), 'acme/ui-kit').code, 'forbidden');
    const exists = toContributionError(withRequest(422, { message: 'Validation Failed', errors: [{ message: 'A pull request already exists for ann:x.' }] }), 'acme/ui-kit');
    assert.equal(exists.code, 'conflict');
    assert.match(exists.githubMessage ?? '', /A pull request already exists/);
    assert.equal(toContributionError(Object.assign(new Error('connect ECONNREFUSED'), { status: 500 }), 'acme/ui-kit').code, 'network');
    assert.equal(toContributionError(Object.assign(new Error('This operation was aborted'), { name: 'AbortError' }), 'acme/ui-kit').code, 'cancelled');
    for (const e of [e404, limited, exists]) assert.ok(!JSON.stringify({ ...e, message: e.message }).includes(secret));
  });

  it('words every HTTP failure as a sentence ending in a period, also when no repository is known ("" or undefined)', () => {
    const http = (status: number, data: unknown = {}, headers: Record<string, string> = {}) => Object.assign(new Error('x'), { status, response: { status, headers, data } });
    const doing = 'reading the signed-in user';
    assert.equal(toContributionError(http(404), 'acme/x').message, 'You have no access to acme/x or it does not exist.');
    assert.equal(toContributionError(http(401), 'acme/x', 'reading the repository').message, 'GitHub rejected the credentials while reading the repository for acme/x: sign in again.');
    for (const none of ['', undefined]) {
      const said = (status: number, data?: unknown, headers?: Record<string, string>) => toContributionError(http(status, data, headers), none, doing);
      assert.equal(said(401).message, 'GitHub rejected the credentials while reading the signed-in user: sign in again.');
      assert.equal(said(401).repo, undefined);
      assert.equal(said(404).message, 'GitHub found nothing while reading the signed-in user: it does not exist or you have no access to it.');
      assert.equal(said(403, { message: 'Forbidden' }).message, 'GitHub refused reading the signed-in user: you may not do this. GitHub said: "Forbidden".');
      assert.equal(said(422).message, 'GitHub refused reading the signed-in user.');
      assert.equal(said(502).message, 'GitHub failed (502) while reading the signed-in user; nothing was left half-made, try again.');
      assert.equal(said(429, {}, { 'retry-after': '7' }).message, 'GitHub\'s rate limit stopped reading the signed-in user. Try again in 7 s.');
      assert.equal(said(418).message, 'GitHub answered 418 while reading the signed-in user.');
      assert.equal(toContributionError(Object.assign(new Error('connect ECONNREFUSED'), { status: 500 }), none, doing).message,
        'Could not reach GitHub while reading the signed-in user (connect ECONNREFUSED); try again.');
      assert.equal(toContributionError(Object.assign(new Error('aborted'), { name: 'AbortError' }), none, doing).message, 'The contribution was cancelled while reading the signed-in user.');
    }
    assert.equal(toContributionError(http(403, { message: 'Nope' }), 'acme/x', 'creating the commit').message, 'You may not do this on acme/x (creating the commit). GitHub said: "Nope".');
  });

  it('shows any other failure (git, file system) as its first line ending in a period, the token removed', () => {
    const token = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    const scrub = (t: string) => t.split(token).join('***');
    assert.deepEqual(failureOf(new Error(`git push of b to acme/x failed: fatal: could not read from https://${token}@github.com\nstack`), scrub),
      { code: 'invalid', message: 'git push of b to acme/x failed: fatal: could not read from https://***@github.com.' });
    assert.equal(failureOf(new Error('Already a sentence.')).message, 'Already a sentence.');
    assert.equal(failureOf('Is it?').message, 'Is it?');
    assert.equal(failureOf(toContributionError({ status: 404 }, 'acme/x')).message, 'You have no access to acme/x or it does not exist.');
  });
});
