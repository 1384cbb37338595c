import { isRecord, str, strings } from '../manifests/manifestUtil';
import type { CatalogEntry, InnerSourceInfo } from '../model';

/** Whether a parsed JSON array looks like the InnerSource portal's repos.json (GitHub repo objects). */
export function isInnerSourceRepos(value: unknown[]): boolean {
  return value.length > 0 && value.every((r) => isRecord(r) && typeof r.full_name === 'string' && typeof r.html_url === 'string')
    && value.some((r) => isRecord(r) && '_InnerSourceMetadata' in r);
}

/**
 * The InnerSource portal's repos.json (innersource-crawler output): GitHub REST repository objects, each with an
 * `_InnerSourceMetadata` object (innersource.json keys plus topics, guidelines, participation, score). It names no
 * packages, so its entries match by name, description and topics, or merge with crawled entries by repository.
 *
 * @example readInnerSourceRepos([{ full_name: 'Sol/earth', html_url: 'https://ghe/Sol/earth', _InnerSourceMetadata: { skills: ['Go'] } }], 'file:repos.json')
 *   // -> { entries: [{ id: 'sol/earth', repo: 'Sol/earth', innersource: { skills: ['Go'] }, ... }], warnings: [] }
 */
export function readInnerSourceRepos(value: unknown[], source: string): { entries: CatalogEntry[]; warnings: string[] } {
  const entries: CatalogEntry[] = [];
  const warnings: string[] = [];
  value.forEach((r, i) => {
    if (!isRecord(r) || !str(r.full_name) || !str(r.html_url)) {
      warnings.push(`${source}: item ${i} skipped: needs "full_name" and "html_url"`);
      return;
    }
    const meta = isRecord(r._InnerSourceMetadata) ? r._InnerSourceMetadata : {};
    const repo = str(r.full_name)!;
    const url = str(r.html_url)!.replace(/\/+$/, '');
    const inner: InnerSourceInfo = {};
    if (str(meta.title)) inner.title = str(meta.title);
    if (str(meta.motivation)) inner.motivation = str(meta.motivation);
    if (strings(meta.contributions).length) inner.contributions = strings(meta.contributions);
    if (strings(meta.skills).length) inner.skills = strings(meta.skills);
    if (str(meta.logo)) inner.logo = str(meta.logo);
    const guidelines = str(meta.guidelines);
    const branch = str(r.default_branch) ?? 'HEAD';
    let host: string | undefined;
    try {
      host = new URL(url).host;
    } catch {
      warnings.push(`${source}: item ${i} (${repo}) has an invalid html_url`);
    }
    const pushed = str(r.pushed_at) ?? str(r.updated_at);
    entries.push({
      id: repo.toLowerCase(),
      name: repo.split('/').pop()!,
      repo,
      ...(host ? { host } : {}),
      packages: [],
      description: str(r.description) ?? '',
      keywords: [...new Set([...strings(r.topics), ...strings(meta.topics)].map((t) => t.toLowerCase()))],
      ...(str(meta.language) ?? str(r.language) ? { language: str(meta.language) ?? str(r.language) } : {}),
      dependencies: [],
      owners: isRecord(r.owner) && str(r.owner.login) ? [str(r.owner.login)!] : [],
      lifecycle: r.archived === true ? 'archived' : 'unknown',
      kind: 'library',
      ...(typeof r.fork === 'boolean' ? { fork: r.fork } : {}),
      ...(typeof r.archived === 'boolean' ? { archived: r.archived } : {}),
      ...(typeof r.stargazers_count === 'number' ? { stars: r.stargazers_count } : {}),
      ...(pushed ? { lastPush: pushed } : {}),
      ...(typeof r.open_issues_count === 'number' ? { openIssues: r.open_issues_count } : {}),
      hasContributing: !!guidelines,
      links: {
        repo: url,
        ...(str(meta.docs) ? { docs: str(meta.docs) } : {}),
        ...(guidelines ? { contributing: /^https?:/.test(guidelines) ? guidelines : `${url}/blob/${branch}/${guidelines}` } : {}),
      },
      ...(Object.keys(inner).length ? { innersource: inner } : {}),
      sources: [source],
    });
  });
  return { entries, warnings };
}
