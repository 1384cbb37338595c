import { stringify } from 'yaml';
import type { PackageRef } from '../catalog/model';
import type { ContributionApi } from './contributionApi';
import { submitContribution, type ContributionContext, type ContributionResult, type SubmitOptions } from './contribute';
import { ContributionError } from './contributionError';

export interface InnerSourceDescription {
  /** "owner/name" of the repository being published. */
  repo: string;
  /** Display name, e.g. "http-client-wrapper". */
  name: string;
  description: string;
  /** GitHub logins or teams ("@ann", "@acme/platform"); the first becomes Backstage's spec.owner. */
  owners: string[];
  topics: string[];
  language?: string;
  packages: PackageRef[];
  /** Documentation URL. */
  docs?: string;
  /** What contributions are welcome; default: bug fixes, features, documentation, tests. */
  contributions?: string[];
  /** Skills needed to contribute; default: the language. */
  skills?: string[];
  lifecycle?: 'experimental' | 'production' | 'deprecated';
}

const DEFAULT_CONTRIBUTIONS = ['Bug fixes', 'Features', 'Documentation', 'Tests'];

/**
 * The two descriptors that put a repository in the InnerSource catalog: `innersource.json` (InnerSource portal format:
 * title, motivation, contributions, skills, docs, language) and `catalog-info.yaml` (a Backstage `Component` of type
 * `library`, with the GitHub project slug, tags from topics and packages under the `reuse-radar/packages` annotation).
 *
 * @example innerSourceFiles({ repo: 'acme/http-plus', name: 'http-plus', description: 'Retries for @acme/http', owners: ['@acme/web'], topics: ['http'], language: 'TypeScript', packages: [{ ecosystem: 'npm', name: '@acme/http-plus' }] })
 *   // → { 'innersource.json': '{\n  "title": "http-plus", …', 'catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Component\n…' }
 */
export function innerSourceFiles(input: InnerSourceDescription): { 'innersource.json': string; 'catalog-info.yaml': string } {
  const [owner, repoName] = input.repo.split('/');
  if (!owner || !repoName) throw new Error(`"${input.repo}" is not a repository: expected "owner/name".`);
  const skills = input.skills ?? (input.language ? [input.language] : []);
  const innersource = {
    title: input.name,
    motivation: input.description,
    contributions: input.contributions ?? DEFAULT_CONTRIBUTIONS,
    skills,
    ...(input.docs ? { docs: input.docs } : {}),
    ...(input.language ? { language: input.language } : {}),
  };
  const tags = [...new Set([...input.topics, ...(input.language ? [input.language] : [])].map(backstageTag).filter((t) => t.length > 0))];
  const annotations: Record<string, string> = { 'github.com/project-slug': `${owner}/${repoName}` };
  if (input.packages.length > 0) annotations['reuse-radar/packages'] = input.packages.map((p) => `${p.ecosystem}:${p.name}`).join(', ');
  const entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: backstageName(input.name || repoName),
      title: input.name,
      description: input.description,
      ...(tags.length ? { tags } : {}),
      annotations,
      ...(input.docs ? { links: [{ url: input.docs, title: 'Documentation' }] } : {}),
    },
    spec: { type: 'library', lifecycle: input.lifecycle ?? 'experimental', owner: backstageOwner(input.owners[0]) },
  };
  return { 'innersource.json': `${JSON.stringify(innersource, null, 2)}\n`, 'catalog-info.yaml': stringify(entity, { lineWidth: 0 }) };
}

/**
 * Adds a topic to `repo` when the user may; never throws for lack of permission.
 *
 * @example await addTopic(api, 'acme/http-plus', 'inner-source') // → 'added' | 'present' | 'not-permitted'
 */
export async function addTopic(api: ContributionApi, repo: string, topic: string, signal?: AbortSignal): Promise<'added' | 'present' | 'not-permitted'> {
  const info = await api.getRepo(repo, { signal });
  if (info.topics.includes(topic)) return 'present';
  if (info.canPush === false) return 'not-permitted';
  try {
    await api.setTopics(repo, [...info.topics, topic], { signal });
    return 'added';
  } catch (err) {
    if (err instanceof ContributionError && (err.code === 'forbidden' || err.code === 'not-found')) return 'not-permitted';
    throw err;
  }
}

/**
 * "Publish as InnerSource": opens a pull request adding both descriptors through submitContribution, then adds the
 * `inner-source` topic when permitted (failure to add it does not fail the publication).
 */
export async function publishInnerSource(
  api: ContributionApi,
  ctx: ContributionContext,
  input: InnerSourceDescription,
  options: Omit<SubmitOptions, 'files' | 'title'> & { title?: string },
): Promise<ContributionResult & { topic: 'added' | 'present' | 'not-permitted' | 'failed' }> {
  const files = Object.entries(innerSourceFiles(input)).map(([path, content]) => ({ path, content }));
  const result = await submitContribution(api, ctx, { ...options, files, title: options.title ?? `Publish ${input.name} as InnerSource` });
  const topic = await addTopic(api, ctx.repo, 'inner-source', options.signal).catch(() => 'failed' as const);
  return { ...result, topic };
}

/** "HTTP Client (v2)" → "http-client-v2": Backstage names are 1–63 chars of [a-z0-9A-Z] separated by [-_.]. */
function backstageName(text: string): string {
  const name = text.replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/[-_.]{2,}/g, '-').replace(/^[-_.]+|[-_.]+$/g, '').slice(0, 63).replace(/[-_.]+$/, '');
  return name || 'component';
}

/** "Node.js" → "node-js", "C++" → "c++": Backstage tags are lower-case [a-z0-9+#] words joined by "-", ≤ 63 chars. */
function backstageTag(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9+#]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
}

/** "@acme/web" → "group:web", "@ann" → "user:ann", "ann@acme.com" → "user:ann"; none → "unknown". */
function backstageOwner(owner: string | undefined): string {
  if (!owner) return 'unknown';
  if (/^(group|user):/.test(owner)) return owner;
  const team = /^@[^/]+\/(.+)$/.exec(owner);
  if (team) return `group:${team[1]}`;
  return `user:${owner.replace(/^@/, '').replace(/@.*$/, '')}`;
}
