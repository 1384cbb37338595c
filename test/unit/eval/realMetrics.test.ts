import assert from 'node:assert/strict';
import { adviceItems, isOwnCode, labelKey, libraryOf, orgMetrics, type Label, type ScanFindingJson, type ScanInput } from '../../../eval/realMetrics';
import { importExcerpt, verifiedExcerpt } from '../../../eval/realExcerpt';
import { unlabelledPairs } from '../../../eval/realReport';
import type { CorpusImport, LibraryRoot } from '../../../eval/realSetup';
import { extractImports } from '../../../src/imports/extractImports';

const libraries: Record<string, LibraryRoot[]> = {
  'notify-utils': [{ ecosystem: 'pypi', module: 'notify_utils' }],
  'go-log': [{ ecosystem: 'go', module: 'github.com/acme/go-log' }],
  streams: [{ ecosystem: 'pypi', module: 'streams' }, { ecosystem: 'cargo', module: 'acme-streams' }],
};

const imp = (file: string, line: number, specifier: string, pkg?: string, ecosystem: CorpusImport['ecosystem'] = 'pypi'): CorpusImport =>
  pkg === undefined ? { file, line, specifier, kind: 'stdlib' } : { file, line, specifier, kind: 'package', package: pkg, ecosystem };

const suggestion = (repo: string, match: string, score = 0.9) => ({ name: repo.split('/')[1], repo, score, reason: `${match} reason`, match });
const finding = (file: string, line: number, specifier: string, ...suggestions: ReturnType<typeof suggestion>[]): ScanFindingJson =>
  ({ file, line, trigger: { kind: 'import', specifier }, suggestions });

const label = (trigger: string, library: string, verdict: Label['label'], kind: Label['kind'] = 'import'): [string, Label] => {
  const l: Label = { org: 'acme', kind, trigger, library, label: verdict, note: '' };
  return [labelKey(l), l];
};

describe('eval/realMetrics', () => {
  it('maps imports to the org library whose root they are at or under, per ecosystem separator', () => {
    assert.equal(libraryOf({ specifier: 'notify_utils.clients.redis', ecosystem: 'pypi' }, libraries), 'notify-utils');
    assert.equal(libraryOf({ specifier: 'notify_utils', ecosystem: 'pypi' }, libraries), 'notify-utils');
    assert.equal(libraryOf({ specifier: 'notify_utilsx', ecosystem: 'pypi' }, libraries), undefined);
    assert.equal(libraryOf({ specifier: 'github.com/acme/go-log/sub', ecosystem: 'go' }, libraries), 'go-log');
    assert.equal(libraryOf({ specifier: 'github.com/acme/go-logger', ecosystem: 'go' }, libraries), undefined);
    assert.equal(libraryOf({ specifier: 'acme_streams::consumer', ecosystem: 'cargo' }, libraries), 'streams');
    assert.equal(libraryOf({ specifier: 'streams', ecosystem: 'npm' }, libraries), undefined);
  });

  it('computes recall, precision, per-1,000 rates and self-suggestions from findings and labels', () => {
    const service: ScanInput = {
      org: 'acme',
      scanned: 'acme/billing',
      imports: [
        imp('a.py', 1, 'notify_utils.x', 'notify-utils'), // recognised
        imp('a.py', 2, 'notify_utils', 'notify-utils'), // missed: fuzzy only
        imp('a.py', 3, 'flask', 'flask'), // bad advice
        imp('a.py', 4, 'boto3', 'boto3'), // good advice
        imp('a.py', 5, 'os'), // stdlib: not third-party
        imp('b.py', 1, 'yaml', 'pyyaml'), // unlabelled advice
      ],
      findings: [
        finding('a.py', 1, 'notify_utils.x', suggestion('acme/notify-utils', 'exact', 1)),
        finding('a.py', 2, 'notify_utils', suggestion('acme/notify-utils', 'fuzzy', 0.6)),
        finding('a.py', 3, 'flask', suggestion('acme/notify-utils', 'wrapper')),
        finding('a.py', 4, 'boto3', suggestion('acme/aws-kit', 'wrapper'), suggestion('acme/notify-utils', 'wrapper', 0.5)),
        finding('b.py', 1, 'yaml', suggestion('acme/conf', 'wrapper')),
      ],
      newFileFindings: [{ file: 'a.py', line: 1, trigger: { kind: 'new-file', specifier: 'a.py' }, suggestions: [suggestion('acme/billing', 'fuzzy', 0.5)] }],
    };
    const labels = new Map([
      label('pypi:notify-utils', 'acme/notify-utils', 'neutral'),
      label('pypi:flask', 'acme/notify-utils', 'bad'),
      label('pypi:boto3', 'acme/aws-kit', 'good'),
      label('pypi:boto3', 'ACME/Notify-Utils', 'bad'),
      label('a.py', 'acme/billing', 'good', 'new-file'), // self: counted bad whatever the label says
    ]);
    const m = orgMetrics('acme', [service], libraries, labels);
    assert.equal(m.thirdPartyImports, 5);
    assert.equal(m.libraryImports, 2);
    assert.equal(m.recognised, 1);
    assert.equal(m.recognitionRecall, 0.5);
    assert.deepEqual(m.missed.map((i) => i.line), [2]);
    assert.equal(m.advice, 6);
    assert.deepEqual([m.good, m.bad, m.neutral, m.unlabelled], [1, 3, 1, 1]);
    assert.equal(m.precision, 0.25);
    assert.equal(m.advicePer1000, 1200);
    assert.equal(m.wrongPer1000, 600);
    assert.equal(m.selfSuggestions, 1);
    assert.deepEqual(unlabelledPairs(m.items).map((p) => `${p.trigger} -> ${p.library} x${p.count}`), ['pypi:pyyaml -> acme/conf x1']);
  });

  it('does not count the repository\'s own code as third-party, whatever the classifier said', () => {
    const roots = new Set(['tests', 'SnubaAdmin']);
    assert.equal(isOwnCode({ kind: 'package', specifier: 'tests.conftest' }, roots), true);
    assert.equal(isOwnCode({ kind: 'package', specifier: 'SnubaAdmin/types' }, roots), true);
    assert.equal(isOwnCode({ kind: 'package', specifier: 'testsuite' }, roots), false);
    assert.equal(isOwnCode({ kind: 'local', specifier: 'tests' }, roots), false);
    const input: ScanInput = {
      org: 'acme', scanned: 'acme/svc', ownRoots: roots, findings: [], newFileFindings: [],
      imports: [imp('a.py', 1, 'tests.conftest', 'tests'), imp('a.py', 2, 'flask', 'flask')],
    };
    assert.equal(orgMetrics('acme', [input], libraries, new Map()).thirdPartyImports, 1);
  });

  it('treats an exact match on something that is not that library as (labelled) advice, and skips self-imports from recall', () => {
    const lib: ScanInput = {
      org: 'acme',
      scanned: 'acme/notify-utils',
      imports: [imp('x.py', 1, 'notify_utils.y', 'notify-utils'), imp('x.py', 2, 'requests', 'requests')],
      findings: [finding('x.py', 2, 'requests', suggestion('acme/http', 'exact', 1))],
      newFileFindings: [],
    };
    const items = adviceItems(lib, libraries, new Map());
    assert.deepEqual(items.map((i) => [i.trigger, i.library, i.falseRecognition]), [['pypi:requests', 'acme/http', true]]);
    const m = orgMetrics('acme', [lib], libraries, new Map());
    assert.equal(m.libraryImports, 0);
    assert.ok(Number.isNaN(m.recognitionRecall));
    assert.ok(Number.isNaN(m.precision));
  });

  it('keeps exactly the imports of a file in its excerpt, on their original lines', () => {
    const py = 'import os\nx = 1\nfrom a.b import (\n    c,\n    d,\n)\ndef f():\n    import json\n    return """\nimport fake\n"""\n';
    const { text: excerpt, repaired } = verifiedExcerpt(py, 'python');
    assert.equal(repaired, true, 'the docstring line "import fake" must not become an import');
    assert.equal(excerpt.split('\n').length, py.split('\n').length);
    assert.ok(!excerpt.includes('x = 1'));
    assert.deepEqual(extractImports(excerpt, 'python'), extractImports(py, 'python'));
    const plain = 'import os\nx = 1\nfrom a.b import (\n    c,\n)\n';
    assert.equal(importExcerpt(plain, 'python'), 'import os\n\nfrom a.b import (\n    c,\n)\n');
    assert.equal(verifiedExcerpt(plain, 'python').repaired, false);
    const go = 'package main\n\nimport (\n\t"fmt"\n\thclog "github.com/hashicorp/go-hclog"\n)\n\nfunc main() { fmt.Println() }\n';
    assert.deepEqual(extractImports(importExcerpt(go, 'go'), 'go').map((r) => r.specifier), ['fmt', 'github.com/hashicorp/go-hclog']);
    const ts = "import {\n  a,\n  b,\n} from '@acme/ui';\nconst x = require('lodash');\nconsole.log(a, b, x);\n";
    assert.deepEqual(extractImports(importExcerpt(ts, 'typescript'), 'typescript').map((r) => r.specifier), ['@acme/ui', 'lodash']);
  });
});
