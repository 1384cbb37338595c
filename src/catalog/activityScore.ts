/** Everything the Repository Activity Score reads. Dates are ISO timestamps; a missing one counts as "long ago". */
export interface ActivityInputs {
  forks: number;
  /** Subscribers (GraphQL `watchers.totalCount`). */
  watchers: number;
  stars: number;
  openIssues: number;
  pushedAt: string | null | undefined;
  updatedAt: string | null | undefined;
  createdAt: string | null | undefined;
  /** Average commits per week over the last 13 weeks; undefined when unknown (the factor is then left out). */
  commitsPerWeek?: number;
  description: string;
  hasContributing: boolean;
}

const DAY_MS = 86_400_000;

function daysSince(iso: string | null | undefined, now: Date): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : Math.max(0, (now.getTime() - t) / DAY_MS);
}

/**
 * InnerSource Commons' Repository Activity Score
 * (https://patterns.innersourcecommons.org/p/repository-activity-score), with the multipliers as Reuse Radar's issue
 * #16 defines them (the InnerSource Portal's published code scales them differently):
 *
 *     s  = 50 + forks×5 + watchers + stars/3 + openIssues/5
 *     s ×= 1 + (100 − min(daysSincePush, 100)) / 100
 *     s ×= 1 + min(max(c − 3, 0), 7) / 7                                  only when c (commits/week, 13 weeks) is known
 *     s += (1000 − 2.74×daysSinceUpdate) × (365 − min(ageDays, 365)) / 365 only when daysSinceUpdate ≤ 365
 *     s += 50 when the description is over 30 characters; s += 100 with a CONTRIBUTING file
 *     s  = 3000 + 100×ln(s) when s > 3000
 *     score = round(s − 50)
 *
 * Days are fractional (elapsed milliseconds / 86,400,000).
 * @example activityScore({ forks: 2, watchers: 4, stars: 9, openIssues: 5, pushedAt: "2026-11-22T00:00:00Z",
 *   updatedAt: "2025-01-01T00:00:00Z", createdAt: "2020-01-01T00:00:00Z", description: "", hasContributing: true },
 *   new Date("2026-12-02T00:00:00Z")) // -> 179   (s = 68 × 1.9 = 129.2; + 100 = 229.2; − 50 = 179.2)
 */
export function activityScore(inputs: ActivityInputs, now: Date = new Date()): number {
  let s = 50 + inputs.forks * 5 + inputs.watchers + inputs.stars / 3 + inputs.openIssues / 5;
  s *= 1 + (100 - Math.min(daysSince(inputs.pushedAt, now), 100)) / 100;
  if (inputs.commitsPerWeek !== undefined && Number.isFinite(inputs.commitsPerWeek)) {
    s *= 1 + Math.min(Math.max(inputs.commitsPerWeek - 3, 0), 7) / 7;
  }
  const sinceUpdate = daysSince(inputs.updatedAt, now);
  if (sinceUpdate <= 365) {
    const age = daysSince(inputs.createdAt, now);
    s += (1000 - 2.74 * sinceUpdate) * (365 - Math.min(age, 365)) / 365;
  }
  if (inputs.description.length > 30) s += 50;
  if (inputs.hasContributing) s += 100;
  if (s > 3000) s = 3000 + 100 * Math.log(s);
  return Math.round(s - 50);
}
