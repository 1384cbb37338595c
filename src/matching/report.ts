import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Catalog, CatalogEntry } from '../catalog/model';
import { isRetired } from './catalogIndex';
import type { ScanFinding, ScanSuggestion } from './pipeline';

/**
 * Findings as the JSON contract of `reuse-radar scan --json`: an array of
 * `{ file, line, trigger: { kind, specifier }, suggestions: [{ name, repo, package, score, reason, match }] }`.
 * @example formatJson([]) // -> "[]\n"
 */
export function formatJson(findings: readonly ScanFinding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}

/**
 * A readable report grouped by the library each finding is best served by, most findings first.
 * @example formatText([{ file: "src/a.ts", line: 1, trigger: { kind: "import", specifier: "axios" }, suggestions: [httpKit] }])
 *   // -> "@acme/http-client (acme/http-client) — 1 finding\n  src/a.ts:1  import axios — wraps axios, which this file imports [wrapper, 0.9]\n\n1 finding in 1 file."
 */
export function formatText(findings: readonly ScanFinding[]): string {
  if (findings.length === 0) return 'No suggestions above the confidence threshold.\n';
  const groups = new Map<string, { top: ScanSuggestion; items: ScanFinding[] }>();
  for (const finding of findings) {
    const { lead: top } = leadOf(finding);
    const key = libraryKey(top);
    const group = groups.get(key) ?? { top, items: [] };
    group.items.push(finding);
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.top.name.localeCompare(b.top.name));
  const lines: string[] = [];
  for (const { top, items } of ordered) {
    lines.push(`${top.package || top.name}${top.repo ? ` (${top.repo})` : ''} — ${plural(items.length, 'finding')}`);
    for (const f of items) {
      const { lead: s, others: rest } = leadOf(f);
      const what = f.trigger.kind === 'import' ? `import ${f.trigger.specifier}` : 'new file';
      const others = rest.map((o) => o.package || o.name);
      lines.push(`  ${f.file}:${f.line}  ${what} — ${s.reason} [${s.match}, ${s.score}]${others.length ? `; also ${others.join(', ')}` : ''}`);
    }
    lines.push('');
  }
  const files = new Set(findings.map((f) => f.file)).size;
  lines.push(`${plural(findings.length, 'finding')} in ${plural(files, 'file')}, ${plural(groups.size, 'library', 'libraries')} suggested.`);
  return `${lines.join('\n')}\n`;
}

/**
 * SARIF 2.1.0: one result per finding (its best suggestion), one rule per suggested library (`ruleId` =
 * "reuse-radar/<owner/name>"), each result located at `file` line `line`. Recognised internal imports are
 * informational, deprecations warnings (under the successor's rule when one is named), everything else a note.
 * @example JSON.parse(formatSarif(findings)).runs[0].results[0].ruleId // -> "reuse-radar/acme/http-client"
 */
export function formatSarif(findings: readonly ScanFinding[], options: { catalog?: Catalog; toolVersion?: string } = {}): string {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const entryOf = (s: ScanSuggestion) => options.catalog?.entries.find((e) => sameLibrary(e, s));
  const results: Result[] = findings.map((finding) => {
    const { lead: top, retired, others } = leadOf(finding);
    const id = `reuse-radar/${libraryKey(top)}`;
    if (!ruleIndex.has(id)) {
      ruleIndex.set(id, rules.length);
      rules.push(rule(id, top, entryOf(top)));
    }
    const what = finding.trigger.kind === 'import' ? `The import "${finding.trigger.specifier}"` : `The new file "${finding.trigger.specifier}"`;
    // An exact match on a retired library the catalog knows, even without a named successor, is still a warning.
    const retiredEntry = retired ? entryOf(retired) : top.match === 'exact' ? entryOf(top) : undefined;
    const stale = retired !== undefined || (retiredEntry !== undefined && isRetired(retiredEntry));
    let text: string;
    if (retired) {
      text = `${what} uses a deprecated internal library: ${top.reason}.${because(retiredEntry)}`;
    } else if (top.match === 'exact') {
      text = `${what} uses the internal library ${top.package || top.name}: ${top.reason}.${stale ? because(retiredEntry) : ''}`;
    } else {
      text = `${what} could use the internal library ${top.package || top.name}: ${top.reason}.`;
    }
    return {
      ruleId: id,
      ruleIndex: ruleIndex.get(id),
      kind: top.match === 'exact' && !stale ? 'informational' : 'review',
      level: stale || top.match === 'deprecated' ? 'warning' : top.match === 'exact' ? 'none' : 'note',
      message: { text },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(finding.file) }, region: { startLine: finding.line } } }],
      partialFingerprints: { reuseRadarTrigger: `${finding.trigger.kind}:${finding.trigger.specifier}:${libraryKey(top)}` },
      properties: {
        score: top.score,
        match: top.match,
        alternatives: others.map((s) => s.package || s.name),
        ...(retired ? { deprecated: retired.package || retired.name } : {}),
      },
    };
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'reuse-radar', informationUri: 'https://github.com/reuse-radar/reuse-radar', version: options.toolVersion ?? '0.1.0', rules } },
      results,
      columnKind: 'utf16CodeUnits',
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * The suggestion a finding is reported under. An exact match on a retired library followed by its successor (a
 * `deprecated` match) is reported under the successor, since that is what the file should use; `retired` is then
 * the exact match. `others` are the remaining suggestions, best first.
 */
function leadOf(finding: ScanFinding): { lead: ScanSuggestion; retired?: ScanSuggestion; others: ScanSuggestion[] } {
  const [top, ...rest] = finding.suggestions;
  const successor = top.match === 'exact' ? rest.find((s) => s.match === 'deprecated') : undefined;
  if (!successor) return { lead: top, others: rest };
  return { lead: successor, retired: top, others: rest.filter((s) => s !== successor) };
}

/** The retired entry's own words (its description usually says why), as a trailing sentence. */
function because(entry: CatalogEntry | undefined): string {
  const text = entry?.description.trim();
  return text ? ` ${entry?.name} says: "${text}"` : '';
}

function rule(id: string, s: ScanSuggestion, entry: CatalogEntry | undefined): ReportingDescriptor {
  const label = s.package || s.name;
  const description = entry?.description || `Internal library ${label}`;
  const repoUrl = entry?.links.repo ?? (s.repo ? `https://${entry?.host ?? 'github.com'}/${s.repo}` : undefined);
  const retired = entry !== undefined && isRetired(entry);
  const help = [
    `${label} is ${retired ? `a ${entry.archived || entry.lifecycle === 'archived' ? 'archived' : 'deprecated'}` : 'an'} internal library${s.repo ? ` (${s.repo})` : ''}: ${description}`,
    retired
      ? 'Move off it' + (entry.replacement ? ` (its replacement: ${entry.replacement})` : '') + ', or record the decision not to in .reuse-radar.json ({"dismissed": [{"library": "' + label + '", "reason": "..."}]}).'
      : 'Prefer it over a hand-written, public or deprecated alternative, or record the decision not to in .reuse-radar.json ({"dismissed": [{"library": "' + label + '", "reason": "..."}]}).',
  ].join('\n');
  return {
    id,
    name: pascal(s.name),
    shortDescription: { text: retired ? `Move off ${label}` : `Reuse ${label}` },
    fullDescription: { text: description },
    help: { text: help, markdown: help.replace(label, `\`${label}\``) },
    ...(repoUrl ? { helpUri: repoUrl } : {}),
    defaultConfiguration: { level: 'note' },
    properties: { tags: ['reuse', 'innersource'] },
  };
}

function libraryKey(s: ScanSuggestion): string {
  return (s.repo || s.package || s.name).toLowerCase();
}

function sameLibrary(entry: CatalogEntry, s: ScanSuggestion): boolean {
  return s.repo ? entry.repo.toLowerCase() === s.repo.toLowerCase() : entry.name === s.name;
}

/** Relative path -> URI reference (each segment percent-encoded, "/" kept). */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function pascal(name: string): string {
  return name.split(/[^a-zA-Z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
