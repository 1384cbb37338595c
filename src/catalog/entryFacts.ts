import type { CatalogEntry, Lifecycle } from './model';

const LIFECYCLE_LABELS: Record<Lifecycle, string> = {
  experimental: 'Experimental',
  production: 'Production',
  deprecated: 'Deprecated',
  archived: 'Archived',
  unknown: 'Lifecycle unknown',
};

/** "production" -> "Production"; an archived repository reads "Archived" whatever its declared lifecycle. */
export function lifecycleLabel(entry: CatalogEntry): string {
  return entry.archived ? LIFECYCLE_LABELS.archived : LIFECYCLE_LABELS[entry.lifecycle] ?? LIFECYCLE_LABELS.unknown;
}

/**
 * A coarse relative date for an ISO timestamp; undefined for a missing or unparseable one.
 * @example relativeTime("2026-08-29T16:00:00Z", new Date("2026-11-26T00:00:00Z")) // -> "2 months ago"
 */
export function relativeTime(iso: string | undefined, now: Date = new Date()): string | undefined {
  if (!iso) return undefined;
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return undefined;
  const days = Math.floor((now.getTime() - then) / 86_400_000);
  if (days < 1) return 'today';
  if (days < 2) return 'yesterday';
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.floor(days / 7), 'week');
  if (days < 365) return plural(Math.floor(days / 30), 'month');
  return plural(Math.floor(days / 365), 'year');
}

/**
 * The first sentence of a description, at most `max` characters, on one line.
 * @example oneLineDescription("Typed HTTP client. Adds retries.\nMore.") // -> "Typed HTTP client."
 */
export function oneLineDescription(description: string, max = 160): string {
  const flat = description.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
  return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}

/** "used by 1 internal repo" / "used by 5 internal repos"; undefined when unknown or none. */
export function usedByLabel(entry: CatalogEntry): string | undefined {
  const n = entry.usedBy?.length ?? 0;
  return n ? `used by ${n} internal repo${n === 1 ? '' : 's'}` : undefined;
}

/** "activity score 338"; undefined when the catalog has no score for the entry. */
export function activityLabel(entry: CatalogEntry): string | undefined {
  return entry.activityScore === undefined ? undefined : `activity score ${entry.activityScore}`;
}

/**
 * The way in for newcomers; undefined when unknown or there is none.
 * @example onrampLabel({ ...entry, onramp: { goodFirstIssues: 3, helpWanted: 1 } }) // -> "3 good first issues · 1 help wanted"
 */
export function onrampLabel(entry: CatalogEntry): string | undefined {
  const o = entry.onramp;
  if (!o) return undefined;
  const parts = [];
  if (o.goodFirstIssues) parts.push(`${o.goodFirstIssues} good first issue${o.goodFirstIssues === 1 ? '' : 's'}`);
  if (o.helpWanted) parts.push(`${o.helpWanted} help wanted`);
  return parts.length ? parts.join(' · ') : undefined;
}

/**
 * The facts that answer "is it maintained?", as plain (unescaped) text in display order.
 * @example trustSignals(httpClient, now) // -> ["Owners: @acme/platform", "Production", "last push 2 months ago", "activity score 338", "used by 5 internal repos", "has CONTRIBUTING"]
 */
export function trustSignals(entry: CatalogEntry, now: Date = new Date()): string[] {
  const out: string[] = [];
  if (entry.owners.length) out.push(`Owners: ${entry.owners.join(', ')}`);
  out.push(lifecycleLabel(entry));
  const pushed = relativeTime(entry.lastPush, now);
  if (pushed) out.push(`last push ${pushed}`);
  const activity = activityLabel(entry);
  if (activity) out.push(activity);
  const usedBy = usedByLabel(entry);
  if (usedBy) out.push(usedBy);
  out.push(entry.hasContributing ? 'has CONTRIBUTING' : 'no CONTRIBUTING guide');
  return out;
}

/** The URL if it is an absolute http(s) URL, else undefined (catalog links are untrusted). */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The entry's documentation URL: its docs link, else its repository page. */
export function docsUrl(entry: CatalogEntry): string | undefined {
  return safeHttpUrl(entry.links.docs) ?? safeHttpUrl(entry.links.repo);
}
