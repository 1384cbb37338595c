import { redact } from '../util/redact';

/** Where contributed code came from; every field optional, all recorded in the pull request body. */
export interface Provenance {
  /** Source repository: "owner/name" or a clone URL (credentials in it are stripped). */
  repo?: string;
  /** Path of the code in the source repository or workspace. */
  path?: string;
  /** Commit the code was taken at. */
  commit?: string;
}

/**
 * The branch a contribution is pushed to: "reuse-radar/" + a slug of the title (ASCII, lower case, ≤ 48 chars).
 *
 * @example contributionBranch("Fix: retry on 502 (HTTP client)") // → "reuse-radar/fix-retry-on-502-http-client"
 */
export function contributionBranch(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `reuse-radar/${slug || 'contribution'}`;
}


const DESCRIPTION_HEADING = /^#{1,4}\s*(description|summary|what|changes|proposed changes|what does this pr do|motivation)\b/i;

/**
 * The pull request body: the repository's template with the description placed under its description-like heading
 * (or above the template when it has none), then a provenance section. Secrets in URLs are stripped.
 *
 * @example composePullBody({ description: "Adds retries.", provenance: { repo: "acme/app", path: "src/http.ts", commit: "abc1234" } })
 *   // → "Adds retries.\n\n---\n### Provenance\nContributed with Reuse Radar from:\n- Repository: acme/app\n- Path: `src/http.ts`\n- Commit: abc1234\n"
 */
export function composePullBody(input: { template?: string; description?: string; provenance: Provenance }): string {
  const description = input.description?.trim() ?? '';
  const template = input.template?.replace(/\r\n/g, '\n').trim() ?? '';
  let main: string;
  if (!template) {
    main = description;
  } else if (!description) {
    main = template;
  } else {
    const lines = template.split('\n');
    const at = lines.findIndex((l) => DESCRIPTION_HEADING.test(l.trim()));
    main = at >= 0 ? [...lines.slice(0, at + 1), '', description, ...lines.slice(at + 1)].join('\n') : `${description}\n\n${template}`;
  }
  const facts = provenanceLines(input.provenance);
  const section = facts.length > 0 ? `---\n### Provenance\nContributed with Reuse Radar from:\n${facts.join('\n')}\n` : '';
  return redact([main, section].filter(Boolean).join('\n\n'));
}

function provenanceLines(p: Provenance): string[] {
  const lines: string[] = [];
  const clean = (s: string) => redact(s).replace(/[\r\n`]/g, ' ').trim();
  if (p.repo?.trim()) lines.push(`- Repository: ${clean(p.repo)}`);
  if (p.path?.trim()) lines.push(`- Path: \`${clean(p.path)}\``);
  if (p.commit?.trim()) lines.push(`- Commit: ${clean(p.commit)}`);
  return lines;
}
