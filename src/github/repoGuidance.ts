import MarkdownIt from 'markdown-it';
import { codeownersOwners } from '../catalog/manifests/codeowners';
import { parseInnersourceJson } from '../catalog/manifests/innersourceJson';
import { ManifestError, type ManifestInfo } from '../catalog/manifests/manifestInfo';
import { parseJsonObject, strings } from '../catalog/manifests/manifestUtil';

/** What a repository's `innersource.json` asks of contributors (InnerSource portal format). */
export interface InnerSourceGuidance {
  title?: string;
  motivation?: string;
  contributions: string[];
  skills: string[];
  /** Non-standard but common: "owners" / "maintainers" logins. */
  owners: string[];
}

/**
 * Owners from a CODEOWNERS file: those of the last catch-all rule ("*", "/", "/**") — GitHub lets the last match win —
 * or, without one, every owner named, in order of first appearance. Tokens that are not owners are skipped.
 *
 * @example parseCodeOwners("* @acme/core\n/docs/ @ann\n") // → ["@acme/core"]
 */
export function parseCodeOwners(text: string): string[] {
  return codeownersOwners(text);
}

/**
 * Reads an `innersource.json` with the catalog's parser; undefined when it is not a JSON object (the caller shows
 * nothing rather than failing). Also reads the non-standard "owners" / "maintainers" lists.
 *
 * @example parseInnerSourceJson('{"contributions":["Docs"],"skills":["TypeScript"]}')
 *   // → { contributions: ["Docs"], skills: ["TypeScript"], owners: [] }
 */
export function parseInnerSourceJson(text: string): InnerSourceGuidance | undefined {
  let doc: Record<string, unknown>;
  let info: ManifestInfo;
  try {
    doc = parseJsonObject(text, 'innersource.json');
    info = parseInnersourceJson(text, 'innersource.json');
  } catch (err) {
    if (err instanceof ManifestError) return undefined;
    throw err;
  }
  const inner = info.innersource ?? {};
  return {
    title: inner.title,
    motivation: inner.motivation,
    contributions: inner.contributions ?? [],
    skills: inner.skills ?? [],
    owners: [...strings(doc.owners), ...strings(doc.maintainers)],
  };
}

/**
 * A short plain-text summary of a CONTRIBUTING document: its first prose paragraphs (badges, HTML and headings
 * skipped), at most `maxChars`, plus its section headings so the user sees what it covers.
 *
 * @example summarizeContributing("# Contributing\n\nOpen an issue first.\n\n## Tests\nRun npm test.")
 *   // → { summary: "Open an issue first. Run npm test.", sections: ["Tests"] }
 */
export function summarizeContributing(markdown: string, maxChars = 400): { summary: string; sections: string[] } {
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {});
  const paragraphs: string[] = [];
  const sections: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open' && (t.tag === 'h2' || t.tag === 'h3')) {
      const text = plainText(tokens[i + 1]?.children ?? []);
      if (text) sections.push(text);
    }
    if (t.type === 'paragraph_open' && tokens[i + 1]?.type === 'inline') {
      const text = plainText(tokens[i + 1].children ?? []);
      if (text.length > 0) paragraphs.push(text);
    }
  }
  let summary = '';
  for (const p of paragraphs) {
    const next = summary ? `${summary} ${p}` : p;
    if (next.length > maxChars) {
      summary = summary || `${p.slice(0, maxChars - 1).trimEnd()}…`;
      break;
    }
    summary = next;
  }
  return { summary, sections };
}

type InlineToken = { type: string; content: string };

// Prose of an inline run: text and code kept, images and raw HTML dropped (badges are images in links).
function plainText(children: InlineToken[]): string {
  return children
    .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
