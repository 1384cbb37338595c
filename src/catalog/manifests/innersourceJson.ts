import type { InnerSourceInfo } from '../model';
import { emptyManifest, type ManifestInfo } from './manifestInfo';
import { parseJsonObject, reuseRadarExtras, str, strings } from './manifestUtil';

/**
 * Reads an InnerSource portal `innersource.json` (title, motivation, contributions, skills, logo, docs, language).
 * A `reuseRadar` block may add {replaces, dropInFor, replacement}.
 *
 * @example parseInnersourceJson('{"title":"Retry","skills":["Go"],"docs":"https://docs.acme/retry"}', 'innersource.json').innersource
 *   // -> { title: 'Retry', skills: ['Go'] }
 */
export function parseInnersourceJson(text: string, path: string): ManifestInfo {
  const doc = parseJsonObject(text, path);
  const info = emptyManifest(path, 'innersource.json');
  const inner: InnerSourceInfo = {};
  if (str(doc.title)) inner.title = str(doc.title);
  if (str(doc.motivation)) inner.motivation = str(doc.motivation);
  if (strings(doc.contributions).length) inner.contributions = strings(doc.contributions);
  if (strings(doc.skills).length) inner.skills = strings(doc.skills);
  if (str(doc.logo)) inner.logo = str(doc.logo);
  info.innersource = inner;
  if (str(doc.docs)) info.links.docs = str(doc.docs);
  info.keywords = strings(doc.topics);
  const extras = reuseRadarExtras(doc.reuseRadar);
  Object.assign(info, extras);
  if (extras.replacement) info.lifecycle = 'deprecated';
  return info;
}
