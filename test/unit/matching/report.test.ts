import assert from 'node:assert/strict';
import type { Log, MultiformatMessageString } from 'sarif';
import { formatJson, formatSarif, formatText } from '../../../src/matching/report';
import type { ScanFinding } from '../../../src/matching/scanTree';
import { catalogOf, lib } from './catalogFixture';

const http = { name: 'http-client', repo: 'acme/http-client', package: '@acme/http-client' };
const findings: ScanFinding[] = [
  { file: 'src/api.ts', line: 1, trigger: { kind: 'import', specifier: 'axios' }, suggestions: [{ ...http, score: 0.9, reason: 'wraps axios, which this file imports', match: 'wrapper' }] },
  { file: 'src/legacy.ts', line: 3, trigger: { kind: 'import', specifier: '@acme/old-http' }, suggestions: [
    { name: 'old-http', repo: 'acme/old-http', package: '@acme/old-http', score: 1, reason: 'internal library, deprecated: use @acme/http-client', match: 'exact' },
    { ...http, score: 0.8, reason: '@acme/old-http is deprecated: use @acme/http-client', match: 'deprecated' },
  ] },
  { file: 'src/net/fetch retry.ts', line: 1, trigger: { kind: 'new-file', specifier: 'src/net/fetch retry.ts' }, suggestions: [{ ...http, score: 0.55, reason: 'similar to this file: fetch, retry', match: 'fuzzy' }] },
];

const LEVELS = ['none', 'note', 'warning', 'error'];
const KINDS = ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'];

/** The required properties and enums of the SARIF 2.1.0 schema that this log uses. */
function assertSarif21(log: Log): void {
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema ?? '', /sarif-2\.1\.0/);
  assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
  for (const run of log.runs) {
    assert.equal(typeof run.tool.driver.name, 'string');
    assert.ok(['utf16CodeUnits', 'unicodeCodePoints', undefined].includes(run.columnKind));
    const rules = run.tool.driver.rules ?? [];
    assert.equal(new Set(rules.map((r) => r.id)).size, rules.length, 'rule ids are unique');
    for (const rule of rules) {
      assert.ok(rule.id.length > 0);
      for (const text of [rule.shortDescription, rule.fullDescription, rule.help] as (MultiformatMessageString | undefined)[]) {
        assert.ok(text && typeof text.text === 'string' && text.text.length > 0);
      }
      if (rule.helpUri) assert.doesNotThrow(() => new URL(rule.helpUri as string));
      assert.ok(LEVELS.includes(rule.defaultConfiguration?.level ?? 'warning'));
    }
    for (const result of run.results ?? []) {
      assert.ok(result.message.text && result.message.text.length > 0);
      assert.ok(LEVELS.includes(result.level ?? 'warning'));
      assert.ok(KINDS.includes(result.kind ?? 'fail'));
      assert.equal(rules[result.ruleIndex as number].id, result.ruleId, 'ruleIndex points at the rule');
      for (const location of result.locations ?? []) {
        const uri = location.physicalLocation?.artifactLocation?.uri ?? '';
        assert.ok(uri.length > 0 && !uri.startsWith('/'));
        assert.doesNotThrow(() => new URL(uri, 'file:///root/'));
        const startLine = location.physicalLocation?.region?.startLine ?? 0;
        assert.ok(Number.isInteger(startLine) && startLine >= 1);
      }
    }
  }
}

describe('matching/report', () => {
  it('JSON is exactly the findings array', () => {
    assert.deepEqual(JSON.parse(formatJson(findings)), findings);
    assert.equal(formatJson([]), '[]\n');
  });

  it('SARIF 2.1.0: one result per finding, one rule per library, locations with startLine', () => {
    const catalog = catalogOf([lib('http-client', { packages: ['npm:@acme/http-client'], description: 'HTTP client with retries', links: { repo: 'https://github.com/acme/http-client' } })]);
    const log = JSON.parse(formatSarif(findings, { catalog })) as Log;
    assertSarif21(log);
    const run = log.runs[0];
    assert.equal(run.results?.length, 3);
    assert.deepEqual(run.tool.driver.rules?.map((r) => r.id), ['reuse-radar/acme/http-client']);
    assert.deepEqual(run.results?.map((r) => [r.ruleId, r.level, r.locations?.[0].physicalLocation?.region?.startLine]), [
      ['reuse-radar/acme/http-client', 'note', 1], ['reuse-radar/acme/http-client', 'warning', 3], ['reuse-radar/acme/http-client', 'note', 1],
    ]);
    assert.equal(run.results?.[2].locations?.[0].physicalLocation?.artifactLocation?.uri, 'src/net/fetch%20retry.ts');
    assert.match(run.tool.driver.rules?.[0].help?.text ?? '', /HTTP client with retries/);
    assert.equal(run.tool.driver.rules?.[0].helpUri, 'https://github.com/acme/http-client');
    assert.match(run.results?.[0].message.text ?? '', /The import "axios" could use the internal library @acme\/http-client: wraps axios/);
    assertSarif21(JSON.parse(formatSarif([])) as Log);
  });

  it('SARIF warns about an exact import of a deprecated library under its successor, with the reason', () => {
    const catalog = catalogOf([
      lib('http-client', { packages: ['npm:@acme/http-client'], description: 'HTTP client with retries' }),
      lib('old-http', { packages: ['npm:@acme/old-http'], lifecycle: 'deprecated', replacement: 'acme/http-client', description: 'Built on the unmaintained request package.' }),
    ]);
    const log = JSON.parse(formatSarif([findings[1]], { catalog })) as Log;
    assertSarif21(log);
    const [result] = log.runs[0].results ?? [];
    assert.equal(result.ruleId, 'reuse-radar/acme/http-client');
    assert.equal(result.level, 'warning');
    assert.equal(result.kind, 'review');
    assert.equal(result.message.text, 'The import "@acme/old-http" uses a deprecated internal library: @acme/old-http is deprecated: use @acme/http-client. old-http says: "Built on the unmaintained request package."');
    assert.deepEqual(result.properties, { score: 0.8, match: 'deprecated', alternatives: [], deprecated: '@acme/old-http' });
    assert.doesNotMatch(log.runs[0].tool.driver.rules?.[0].help?.text ?? '', /old-http/);
  });

  it('SARIF warns about an exact import of a retired library without a successor when the catalog says so', () => {
    const old = { name: 'old-http', repo: 'acme/old-http', package: '@acme/old-http', score: 1, reason: 'internal library, deprecated', match: 'exact' as const };
    const finding: ScanFinding = { file: 'src/a.ts', line: 2, trigger: { kind: 'import', specifier: '@acme/old-http' }, suggestions: [old] };
    const catalog = catalogOf([lib('old-http', { packages: ['npm:@acme/old-http'], lifecycle: 'deprecated', description: 'No longer maintained.' })]);
    const log = JSON.parse(formatSarif([finding], { catalog })) as Log;
    assertSarif21(log);
    assert.equal(log.runs[0].results?.[0].level, 'warning');
    assert.match(log.runs[0].results?.[0].message.text ?? '', /No longer maintained/);
    assert.match(log.runs[0].tool.driver.rules?.[0].help?.text ?? '', /^@acme\/old-http is a deprecated internal library.*\nMove off it/s);
    assert.doesNotMatch(log.runs[0].tool.driver.rules?.[0].help?.text ?? '', /Prefer it/);
    // Without a catalog nothing says it is retired: a recognised internal import stays informational.
    assert.equal((JSON.parse(formatSarif([finding])) as Log).runs[0].results?.[0].level, 'none');
  });

  it('text groups findings under their best library (a deprecated import under its successor), most findings first', () => {
    const text = formatText(findings);
    assert.equal(text, [
      '@acme/http-client (acme/http-client) — 3 findings',
      '  src/api.ts:1  import axios — wraps axios, which this file imports [wrapper, 0.9]',
      '  src/legacy.ts:3  import @acme/old-http — @acme/old-http is deprecated: use @acme/http-client [deprecated, 0.8]',
      '  src/net/fetch retry.ts:1  new file — similar to this file: fetch, retry [fuzzy, 0.55]',
      '',
      '3 findings in 3 files, 1 library suggested.',
      '',
    ].join('\n'));
    assert.equal(formatText([]), 'No suggestions above the confidence threshold.\n');
  });
});
