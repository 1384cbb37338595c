// Pure (vscode-free) so the escaping of untrusted catalog text is unit-tested in Node.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { installCommandText } from '../catalog/addDependency';
import { lifecycleLabel, oneLineDescription, onrampLabel, relativeTime, safeHttpUrl, usedByLabel } from '../catalog/entryFacts';
import { displayOwner } from '../catalog/formats/backstageRefs';
import type { CatalogEntry, Ecosystem } from '../catalog/model';

export interface DetailsHtmlOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh random nonce for the one script tag. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  /** For relative dates; defaults to now. */
  now?: Date;
}

/** Messages the details script posts; the panel maps them to commands for its own entry (never ids from the page). */
export type DetailsMessage =
  | { type: 'addToProject' }
  | { type: 'contribute' }
  | { type: 'openRepository' }
  | { type: 'askOwners' }
  | { type: 'copyInstall'; index: number };

const ECOSYSTEM_NAMES: Record<Ecosystem, string> = { npm: 'npm', pypi: 'PyPI', go: 'Go', maven: 'Maven', nuget: 'NuGet', cargo: 'Cargo' };

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The details page of a library: every catalog string escaped, links only http(s), the README rendered with
 * markdown-it (raw HTML off, links http(s) or resolved against the repository), under a CSP that only runs the
 * nonce'd script.
 * @example renderLibraryDetailsHtml(entry, { cspSource: "vscode-resource:", nonce: "abc", scriptUri, styleUri })
 *   // -> "<!DOCTYPE html><html lang=\"en\">…<h1>http-client</h1>…"
 */
export function renderLibraryDetailsHtml(entry: CatalogEntry, options: DetailsHtmlOptions): string {
  const e = escapeHtml;
  const now = options.now ?? new Date();
  const repoUrl = safeHttpUrl(entry.links.repo);
  // Images load only from the library's own host (a README image elsewhere could track who opens this page).
  const csp = `default-src 'none'; style-src ${options.cspSource}; script-src 'nonce-${options.nonce}'; img-src ${[options.cspSource, ...imageOrigins(repoUrl)].join(' ')};`;
  const deprecated = entry.lifecycle === 'deprecated' || entry.lifecycle === 'archived' || entry.archived === true;

  const facts: [string, string][] = [];
  if (entry.owners.length) facts.push(['Owners', entry.owners.map((o) => e(displayOwner(o))).join(', ')]);
  facts.push(['Lifecycle', e(lifecycleLabel(entry))]);
  if (entry.stars !== undefined) facts.push(['Stars', String(entry.stars)]);
  if (entry.openIssues !== undefined) facts.push(['Open issues', String(entry.openIssues)]);
  const pushed = relativeTime(entry.lastPush, now);
  if (pushed) facts.push(['Last push', `<time datetime="${e(entry.lastPush ?? '')}">${e(pushed)}</time>`]);
  if (entry.activityScore !== undefined) {
    facts.push(['Activity score', `<span title="InnerSource Commons Repository Activity Score: forks, watchers, stars, issues, recent pushes and commits (higher is more active)">${e(String(entry.activityScore))}</span>`]);
  }
  if (entry.onramp) facts.push(['Way in', e(onrampLabel(entry) ?? 'no open good first issue or help-wanted issue')]);
  const usedBy = usedByLabel(entry);
  if (usedBy) facts.push(['Adoption', `<span title="${e((entry.usedBy ?? []).join(', '))}">${e(usedBy)}</span>`]);
  if (entry.language) facts.push(['Language', e(entry.language)]);
  if (entry.keywords.length) facts.push(['Topics', entry.keywords.map((k) => `<span class="tag">${e(k)}</span>`).join(' ')]);
  facts.push(['Contributing', entry.hasContributing ? 'has a CONTRIBUTING guide' : 'no CONTRIBUTING guide']);

  const install = entry.packages.map((pkg, index) => `
      <div class="install-row">
        <span class="ecosystem">${e(ECOSYSTEM_NAMES[pkg.ecosystem] ?? pkg.ecosystem)}</span>
        <pre class="install-command"><code>${e(installCommandText(pkg))}</code></pre>
        <button class="secondary copy" data-action="copyInstall" data-index="${index}" title="Copy to clipboard">Copy</button>
      </div>`).join('');

  const links = ([
    ['Repository', entry.links.repo],
    ['Documentation', entry.links.docs],
    ['Issues', entry.links.issues],
    ['Contributing guide', entry.links.contributing],
  ] as const)
    .map(([label, url]) => [label, safeHttpUrl(url)] as const)
    .filter((l): l is readonly [typeof l[0], string] => l[1] !== undefined)
    .map(([label, url]) => `<li><a href="${e(url)}">${e(label)}</a></li>`)
    .join('');

  const readme = entry.readme ? renderReadme(entry.readme, repoUrl, entry.defaultBranch) : '';
  const title = entry.innersource?.title || entry.name;

  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${e(csp)}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${e(options.styleUri)}">
  <title>${e(title)}</title>
</head>
<body>
  <header>
    <h1>${e(title)} <span class="badge lifecycle-${e(entry.archived ? 'archived' : entry.lifecycle)}">${e(lifecycleLabel(entry))}</span></h1>
    ${entry.repo ? `<p class="repo">${e(entry.repo)}</p>` : ''}
    ${deprecated ? `<p class="deprecation">This library is ${entry.archived || entry.lifecycle === 'archived' ? 'archived' : 'deprecated'}${entry.replacement ? `: use ${e(entry.replacement)} instead` : ''}.</p>` : ''}
    ${entry.description ? `<p class="description">${e(oneLineDescription(entry.description, 400))}</p>` : ''}
    <div class="actions">
      <button data-action="addToProject">Add to Project</button>
      <button class="secondary" data-action="contribute">Contribute Upstream</button>
      ${entry.repo ? '<button class="secondary" data-action="askOwners">Ask the Owners</button>' : ''}
      ${repoUrl ? '<button class="secondary" data-action="openRepository">Open Repository</button>' : ''}
    </div>
  </header>
  <section class="facts">
    <dl>
${facts.map(([k, v]) => `      <dt>${e(k)}</dt><dd>${v}</dd>`).join('\n')}
    </dl>
  </section>
  ${install ? `<section class="install"><h2>Install</h2>${install}\n  </section>` : ''}
  ${links ? `<section class="links"><h2>Links</h2><ul>${links}</ul></section>` : ''}
  ${readme ? `<section class="readme"><h2>README</h2>\n<article class="markdown">${readme}</article></section>` : ''}
  <script nonce="${e(options.nonce)}" src="${e(options.scriptUri)}"></script>
</body>
</html>`;
}

/** Parses a message posted by the details script; anything else is undefined. */
export function parseDetailsMessage(value: unknown): DetailsMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, index } = value as { type?: unknown; index?: unknown };
  if (type === 'addToProject' || type === 'contribute' || type === 'openRepository' || type === 'askOwners') return { type };
  if (type === 'copyInstall' && typeof index === 'number' && Number.isInteger(index) && index >= 0) return { type, index };
  return undefined;
}

/**
 * README markdown to HTML: raw HTML is shown as text, links are kept only when http(s) (relative ones are resolved
 * against the repository's web URL), everything else is dropped. Images are shown only from the repository's own
 * https host (see imageOrigins); any other image becomes a link the user may click.
 */
export function renderReadme(markdown: string, repoUrl: string | undefined, branch = 'HEAD'): string {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  // Keep http(s) and scheme-less (relative) targets; the core rule below resolves or drops the relative ones.
  md.validateLink = (url) => /^https?:\/\//i.test(url.trim()) || (!/^[a-z][a-z0-9+.-]*:/i.test(url.trim()) && !url.trim().startsWith('//'));
  const origins = imageOrigins(repoUrl);
  md.core.ruler.push('reuse_radar_links', (state) => {
    const imageLinks = new Map<Token, string>();
    const visit = (tokens: Token[]) => {
      for (const token of tokens) {
        if (token.children) visit(token.children);
        if (token.type === 'link_open') {
          const href = resolveUrl(attr(token, 'href'), repoUrl, branch, 'blob');
          if (href) token.attrSet('href', href);
          else token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href');
        } else if (token.type === 'image') {
          const src = resolveUrl(attr(token, 'src'), repoUrl, branch, 'raw');
          if (src && src.startsWith('https:') && origins.includes(new URL(src).origin)) {
            token.attrSet('src', src);
          } else if (src?.startsWith('https:')) {
            // Not loaded (no request leaves the editor): a link to the image, opened only on a click.
            token.type = 'link_open';
            token.tag = 'a';
            token.nesting = 1;
            token.attrs = [['href', src], ['title', 'Image from another host: click to open it']];
            const alt = token.content || 'image';
            token.children = null;
            token.content = '';
            imageLinks.set(token, alt);
          } else {
            token.type = 'text';
            token.tag = '';
            token.children = null;
            token.attrs = null;
          }
        }
      }
    };
    visit(state.tokens);
    // Each image turned into a link gets its alt text and a closing tag.
    for (const block of state.tokens) {
      if (!block.children?.some((t) => imageLinks.has(t))) continue;
      block.children = block.children.flatMap((t) => {
        const alt = imageLinks.get(t);
        if (alt === undefined) return [t];
        const text = new state.Token('text', '', 0);
        text.content = `[image: ${alt}]`;
        return [t, text, new state.Token('link_close', 'a', -1)];
      });
    }
  });
  return md.render(markdown);
}

/**
 * Where README images may load from: the repository's own https origin (and GitHub's raw-content host for
 * github.com repositories). Nothing for a repository without an https URL.
 *
 * @example imageOrigins("https://github.com/acme/ui") // → ["https://github.com", "https://raw.githubusercontent.com"]
 */
function imageOrigins(repoUrl: string | undefined): string[] {
  if (!repoUrl) return [];
  try {
    const url = new URL(repoUrl);
    if (url.protocol !== 'https:') return [];
    return url.hostname === 'github.com' ? [url.origin, 'https://raw.githubusercontent.com'] : [url.origin];
  } catch {
    return [];
  }
}

function attr(token: Token, name: string): string | null {
  const value = token.attrGet(name);
  return value === null ? null : String(value);
}

function resolveUrl(url: string | null, repoUrl: string | undefined, branch: string, kind: 'blob' | 'raw'): string | undefined {
  if (!url) return undefined;
  const absolute = safeHttpUrl(url);
  if (/^https?:\/\//i.test(url.trim())) return absolute;
  if (!repoUrl || url.startsWith('#')) return undefined;
  try {
    const base = `${repoUrl.replace(/\/+$/, '')}/${kind}/${encodeURIComponent(branch)}/`;
    return safeHttpUrl(new URL(url.replace(/^\/+/, ''), base).href);
  } catch {
    return undefined;
  }
}
