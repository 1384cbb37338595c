import assert from 'node:assert/strict';
import { activityScore, type ActivityInputs } from '../../../src/catalog/activityScore';
import { entryFromSnapshot } from '../../../src/catalog/entryFromSnapshot';
import type { RepoSnapshot } from '../../../src/catalog/model';
import { peopleFromNode, peopleVariables } from '../../../src/github/peopleFields';

const NOW = new Date('2026-12-02T00:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const base: ActivityInputs = {
  forks: 0, watchers: 0, stars: 0, openIssues: 0, pushedAt: null, updatedAt: null, createdAt: null, description: '', hasContributing: false,
};

describe('activityScore (Repository Activity Score as issue #16 defines it), against hand-computed values', () => {
  it('an untouched repository scores 0: s = 50, ×1, − 50', () => {
    assert.equal(activityScore(base, NOW), 0);
  });

  it('base terms and the push multiplier: (50 + 2×5 + 4 + 9/3 + 5/5) × (1 + 90/100) + 100 − 50 = 179.2 → 179', () => {
    assert.equal(activityScore({ ...base, forks: 2, watchers: 4, stars: 9, openIssues: 5, pushedAt: daysAgo(10), updatedAt: daysAgo(700), createdAt: daysAgo(2000), hasContributing: true }, NOW), 179);
  });

  it('a push over 100 days ago adds nothing; today doubles: 60 × 2 − 50 = 70', () => {
    assert.equal(activityScore({ ...base, forks: 2, pushedAt: daysAgo(150) }, NOW), 10);
    assert.equal(activityScore({ ...base, forks: 2, pushedAt: daysAgo(0) }, NOW), 70);
  });

  it('commit activity: c = 6.5/week gives ×1.5, c ≥ 10 gives ×2, c ≤ 3 gives ×1; unknown leaves it out', () => {
    // (50 + 10) × (1 + 50/100) = 90; × (1 + 3.5/7) = 135; − 50 = 85
    assert.equal(activityScore({ ...base, forks: 2, pushedAt: daysAgo(50), commitsPerWeek: 6.5 }, NOW), 85);
    // 90 × 2 − 50 = 130
    assert.equal(activityScore({ ...base, forks: 2, pushedAt: daysAgo(50), commitsPerWeek: 25 }, NOW), 130);
    assert.equal(activityScore({ ...base, forks: 2, pushedAt: daysAgo(50), commitsPerWeek: 2 }, NOW), 40);
    assert.equal(activityScore({ ...base, forks: 2, pushedAt: daysAgo(50) }, NOW), 40);
  });

  it('young, recently updated repositories get the boost: (1000 − 2.74×10) × (365 − 73)/365 = 778.08', () => {
    // 50 + 778.08 + 50 (description of 31 characters) − 50 = 828.08 → 828
    assert.equal(activityScore({ ...base, updatedAt: daysAgo(10), createdAt: daysAgo(73), description: 'x'.repeat(31) }, NOW), 828);
    // A description of exactly 30 characters adds nothing; an update over 365 days ago gives no boost.
    assert.equal(activityScore({ ...base, updatedAt: daysAgo(366), createdAt: daysAgo(73), description: 'x'.repeat(30) }, NOW), 0);
    // Over a year old: the boost is scaled to 0.
    assert.equal(activityScore({ ...base, updatedAt: daysAgo(1), createdAt: daysAgo(400) }, NOW), 0);
  });

  it('above 3000 the scale turns logarithmic: 3000 + 100 × ln(s)', () => {
    // s = (50 + 1000×5) × 2 = 10100 → 3000 + 100 × ln(10100) = 3922.02…; − 50 → 3872
    assert.equal(activityScore({ ...base, forks: 1000, pushedAt: daysAgo(0) }, NOW), Math.round(3000 + 100 * Math.log(10100) - 50));
    assert.equal(activityScore({ ...base, forks: 1000, pushedAt: daysAgo(0) }, NOW), 3872);
  });

  it('entryFromSnapshot scores crawled repositories (commits / 13 weeks) and keeps the on-ramp counts', () => {
    const snapshot: RepoSnapshot = {
      owner: 'acme', name: 'retry', host: 'github.com', url: 'https://github.com/acme/retry', description: 'Retries with backoff for every HTTP client we use',
      topics: [], primaryLanguage: 'TypeScript', isArchived: false, isFork: false, isTemplate: false, stars: 30, pushedAt: daysAgo(20), openIssues: 10,
      defaultBranch: 'main', homepageUrl: null, files: { 'package.json': '{"name":"@acme/retry"}' }, hasContributing: true,
      activity: { forks: 3, watchers: 7, createdAt: daysAgo(900), updatedAt: daysAgo(20), commitsLast13Weeks: 91 },
      onramp: { goodFirstIssues: 3, helpWanted: 1 },
    };
    const { entry } = entryFromSnapshot(snapshot, { now: NOW });
    // (50 + 15 + 7 + 10 + 2) × 1.8 × (1 + 4/7) + 50 + 100 − 50 = 237.6 + 100 = 337.6 → 338
    assert.equal(entry.activityScore, 338);
    assert.deepEqual(entry.onramp, { goodFirstIssues: 3, helpWanted: 1 });
    const { activity: _a, onramp: _o, ...rest } = snapshot;
    const plain = entryFromSnapshot(rest, { now: NOW }).entry;
    assert.equal(plain.activityScore, undefined);
    assert.equal(plain.onramp, undefined);
  });

  it('peopleVariables: the configured labels (empty lists fall back to GitHub\'s defaults) and a 13-week window', () => {
    assert.deepEqual(peopleVariables({ goodFirstIssues: ['beginner', ' starter '], helpWanted: [] }, NOW), {
      onrampGood: ['beginner', 'starter'], onrampHelp: ['help wanted'], activitySince: '2026-09-02T00:00:00.000Z',
    });
    assert.deepEqual(peopleFromNode({ forkCount: 1, watchers: { totalCount: 2 }, createdAt: 'c', updatedAt: 'u', onrampGood: { totalCount: 3 }, onrampHelp: { totalCount: 4 }, activityBranch: { target: { history: { totalCount: 5 } } } }), {
      activity: { forks: 1, watchers: 2, createdAt: 'c', updatedAt: 'u', commitsLast13Weeks: 5 }, onramp: { goodFirstIssues: 3, helpWanted: 4 },
    });
  });
});
