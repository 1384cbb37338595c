import { maxOf } from '../util/arrays';
/** What triggered the question: a file relative to the workspace and the import line in it. */
export interface QuestionTrigger {
  path: string;
  /** 1-based line number. */
  line?: number;
  /** The import statement as written. */
  text?: string;
}

export interface QuestionBodyInput {
  /** The user's question (their own words; may be empty when the title says it all). */
  question: string;
  library?: { name: string; repo: string; packageName?: string };
  trigger?: QuestionTrigger;
  /** Owners to @-mention; only passed when the user ticked "mention the owners". */
  mention?: string[];
  /** Where it was asked from, e.g. "VS Code (src/api/client.ts)" or "the reuse-radar CLI". */
  askedFrom: string;
}

const OWNER = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]{1,100})?)$/;

/** "@acme/platform", "alice" → "@acme/platform", "@alice"; anything else (an email, "group:x", prose) → undefined. */
export function mentionOf(owner: string): string | undefined {
  const m = OWNER.exec(owner.trim());
  return m ? `@${m[1]}` : undefined;
}

function fence(text: string): string {
  const longest = maxOf((text.match(/`+/g) ?? []).map((b) => b.length), 2);
  return '`'.repeat(longest + 1);
}

const inlineCode = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ticks = fence(flat).slice(1);
  return `${ticks} ${flat} ${ticks}`;
};

/**
 * The body of a question: the user's words, the context that prompted it, the @-mentions the user asked for, and one
 * provenance line at the very end.
 * @example composeQuestionBody({ question: "Does it retry on 503?", library: { name: "http-client", repo: "acme/http-client" },
 *   trigger: { path: "src/api.ts", line: 3, text: "import axios from 'axios';" }, askedFrom: "VS Code (src/api.ts)" })
 *   // -> "Does it retry on 503?\n\n**Context**\n- Library: `` http-client `` (acme/http-client)\n- Triggered by `` src/api.ts `` line 3:\n\n```\nimport axios from 'axios';\n```\n\n_Asked with Reuse Radar from VS Code (src/api.ts)._"
 */
export function composeQuestionBody(input: QuestionBodyInput): string {
  const parts: string[] = [];
  if (input.question.trim()) parts.push(input.question.trim());
  const context: string[] = [];
  if (input.library) {
    const pkg = input.library.packageName && input.library.packageName !== input.library.name ? ` ${inlineCode(input.library.packageName)}` : '';
    context.push(`- Library: ${inlineCode(input.library.name)}${pkg}${input.library.repo ? ` (${input.library.repo})` : ''}`);
  }
  if (input.trigger) {
    const where = `${inlineCode(input.trigger.path)}${input.trigger.line ? ` line ${input.trigger.line}` : ''}`;
    const text = input.trigger.text?.trim();
    context.push(text ? `- Triggered by ${where}:\n\n${fence(text)}\n${text}\n${fence(text)}` : `- Triggered by ${where}`);
  }
  if (context.length) parts.push(`**Context**\n${context.join('\n')}`);
  const mentions = [...new Set((input.mention ?? []).map(mentionOf).filter((m): m is string => !!m))];
  if (mentions.length) parts.push(`cc ${mentions.join(' ')}`);
  parts.push(provenanceLine(input.askedFrom));
  return parts.join('\n\n');
}

/** The one provenance line every question ends with. */
function provenanceLine(askedFrom: string): string {
  return `_Asked with Reuse Radar from ${askedFrom.replace(/[\r\n_*`]+/g, ' ').trim()}._`;
}

const STOP = new Set(('a an and are as at be but by can do does for from has have how i if in into is it its me my no not of on or our '
  + 'should so that the their then there these this to use using was we what when where which who why will with would you your '
  + 'about any could get how just like more need only other some than them they want way').split(' '));

/**
 * Search terms for "similar open questions": the title's significant words (then the question's), at most five,
 * joined with OR (GitHub allows five operators).
 * @example similarTerms("How do I retry a request with http-client?") // -> "retry OR request OR http-client"
 */
export function similarTerms(title: string, question = ''): string {
  const words = `${title} ${question}`.toLowerCase().match(/[a-z0-9][a-z0-9._-]*[a-z0-9]/g) ?? [];
  const picked = [...new Set(words.filter((w) => w.length >= 3 && !STOP.has(w)))].slice(0, 5);
  return picked.join(' OR ');
}
