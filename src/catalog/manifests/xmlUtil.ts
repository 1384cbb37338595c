import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ManifestError } from './manifestInfo';

/** Parses XML into plain objects (no attributes prefix games: attributes under "@_"), rejecting malformed documents. */
export function parseXml(text: string, path: string, arrays: string[]): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new ManifestError(path, `invalid XML at line ${valid.err.line}: ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(text) as Record<string, unknown>;
}

export function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && v !== null && '#text' in v) return text((v as Record<string, unknown>)['#text']);
  return undefined;
}
