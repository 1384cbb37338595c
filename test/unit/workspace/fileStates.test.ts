import assert from 'node:assert/strict';
import { analyseFile } from '../../../src/matching/pipeline';
import { FileStates, RECREATION_WINDOW_MS, type ScanState } from '../../../src/workspace/fileStates';
import { GitignoreRules } from '../../../src/workspace/gitignoreRules';

const W = 'file:///w';
const key = (relative: string) => `${W}/${relative}`;
const triggers = analyseFile('a.ts', "import axios from 'axios';\n")!;

/** States on a clock the test moves. */
function statesAt(start = 1_000_000): { states: FileStates<string>; clock: { now: number } } {
  const clock = { now: start };
  return { states: new FileStates<string>(() => clock.now), clock };
}

function scanned(states: FileStates<string>, ...relatives: string[]): void {
  for (const relative of relatives) states.setOnDisk(key(relative), { file: relative, folder: W, triggers });
}

describe('workspace/FileStates: one owner of each file\'s state', () => {
  describe('new files and recreations', () => {
    it('a new source file is reported once, however many sources report it', () => {
      const { states } = statesAt();
      assert.equal(states.created(key('src/retry.ts'), 'src/retry.ts', { fromDisk: false }), true, 'the editor reports it first');
      assert.equal(states.created(key('src/retry.ts'), 'src/retry.ts', { fromDisk: true }), false, 'the file watcher repeats it');
      assert.equal(states.created(key('src/retry.ts'), 'src/retry.ts', { fromDisk: true }), false);
    });

    it('other languages and always-excluded folders are never new files', () => {
      const { states } = statesAt();
      assert.equal(states.created(key('notes.md'), 'notes.md', { fromDisk: true }), false);
      assert.equal(states.created(key('node_modules/x/index.js'), 'node_modules/x/index.js', { fromDisk: true }), false);
      assert.equal(states.created(key('web/dist/app.js'), 'web/dist/app.js', { fromDisk: false }), false);
    });

    it('a file the scan read, written again on disk (atomic save, checkout), is a recreation, not a new file', () => {
      const { states } = statesAt();
      scanned(states, 'src/httpCaller.ts');
      assert.equal(states.created(key('src/httpCaller.ts'), 'src/httpCaller.ts', { fromDisk: true }), false);
      assert.equal(states.created(key('src/httpCaller.ts'), 'src/httpCaller.ts', { fromDisk: false }), true, 'the editor creating it (overwrite) is the user\'s act');
    });

    it('a file open in an editor, written on disk, is not new', () => {
      const { states } = statesAt();
      states.opened(key('src/open.ts'));
      assert.equal(states.created(key('src/open.ts'), 'src/open.ts', { fromDisk: true }), false);
      states.closed(key('src/open.ts'));
      assert.equal(states.created(key('src/open.ts'), 'src/open.ts', { fromDisk: true }), true);
    });

    it('deleted and created again within 5 s is a recreation; after that it is new again', () => {
      const { states, clock } = statesAt();
      assert.equal(states.created(key('src/a.ts'), 'src/a.ts', { fromDisk: true }), true);
      states.deleted(key('src/a.ts'));
      clock.now += 300;
      assert.equal(states.created(key('src/a.ts'), 'src/a.ts', { fromDisk: true }), false, 'git checkout: unlinked and written again');
      states.deleted(key('src/a.ts'));
      clock.now += RECREATION_WINDOW_MS + 1;
      assert.equal(states.created(key('src/a.ts'), 'src/a.ts', { fromDisk: true }), true, 'a file created long after its deletion is new');
    });

    it('deleting a folder forgets the new files reported below it', () => {
      const { states, clock } = statesAt();
      assert.equal(states.created(key('pkg/a.ts'), 'pkg/a.ts', { fromDisk: false }), true);
      assert.equal(states.created(key('pkgx/b.ts'), 'pkgx/b.ts', { fromDisk: false }), true);
      states.deleted(key('pkg'));
      clock.now += RECREATION_WINDOW_MS + 1;
      assert.equal(states.created(key('pkg/a.ts'), 'pkg/a.ts', { fromDisk: false }), true, 'pkg/a.ts counts as new again');
      assert.equal(states.created(key('pkgx/b.ts'), 'pkgx/b.ts', { fromDisk: false }), false, 'a sibling with the same prefix is untouched');
    });
  });

  describe('open, on disk and gone', () => {
    it('open and close are tracked once; closing an unknown document says so', () => {
      const { states } = statesAt();
      states.opened(key('a.ts'));
      assert.equal(states.isOpen(key('a.ts')), true);
      assert.equal(states.closed(key('a.ts')), true);
      assert.equal(states.closed(key('a.ts')), false);
      assert.equal(states.isOpen(key('a.ts')), false);
    });

    it('a deleted folder takes its files read from disk with it, except those open in an editor', () => {
      const { states } = statesAt();
      scanned(states, 'lib/a.ts', 'lib/deep/b.ts', 'libx/c.ts', 'main.ts');
      states.opened(key('lib/deep/b.ts'));
      assert.deepEqual(states.removeOnDiskUnder(key('lib')).map((f) => f.file), ['lib/a.ts']);
      assert.deepEqual(states.onDiskFiles().map((f) => f.file).sort(), ['lib/deep/b.ts', 'libx/c.ts', 'main.ts']);
      assert.deepEqual(states.removeOnDiskUnder(key('main.ts')).map((f) => f.file), ['main.ts'], 'a file is "under" itself');
    });

    it('after a full scan, files it no longer found are forgotten', () => {
      const { states } = statesAt();
      scanned(states, 'a.ts', 'b.ts', 'c.ts');
      const removed = states.removeOnDiskExcept(new Set([key('b.ts')]));
      assert.deepEqual(removed.map((r) => r.key).sort(), [key('a.ts'), key('c.ts')]);
      assert.deepEqual(states.onDiskFiles().map((f) => f.file), ['b.ts']);
    });

    it('scan scope: supported languages outside excluded and git-ignored paths; past maxFiles only files it holds', () => {
      const { states } = statesAt();
      const rules = new GitignoreRules();
      rules.add('', 'generated/\n');
      states.setGitignores(W, rules);
      assert.equal(states.inScanScope(key('src/a.ts'), W, 'src/a.ts'), true);
      assert.equal(states.inScanScope(key('README.md'), W, 'README.md'), false, 'no extractor reads it');
      assert.equal(states.inScanScope(key('generated/api.ts'), W, 'generated/api.ts'), false, 'git-ignored');
      assert.equal(states.inScanScope(key('vendor/x.go'), W, 'vendor/x.go'), false, 'always excluded');
      scanned(states, 'src/a.ts');
      const ticket = states.scanStarted();
      states.scanEnded(ticket, { cancelled: false, limitReached: true });
      assert.equal(states.inScanScope(key('src/a.ts'), W, 'src/a.ts'), true, 'a file the bounded scan holds stays current');
      assert.equal(states.inScanScope(key('src/b.ts'), W, 'src/b.ts'), false, 'past the bound, new files are not read');
    });
  });

  describe('the first workspace scan', () => {
    it('says "scanning" from the start until a scan finishes, with progress, and fires each change', () => {
      const { states } = statesAt();
      const seen: ScanState[] = [];
      states.onDidChangeScan((s) => seen.push(s));
      assert.deepEqual(states.scan, { phase: 'scanning', running: false, done: 0, total: 0 }, 'before the scan even starts');
      const ticket = states.scanStarted();
      states.scanProgress(ticket, 25, 120);
      assert.deepEqual(states.scan, { phase: 'scanning', running: true, done: 25, total: 120 });
      states.scanEnded(ticket, { cancelled: false, limitReached: false });
      assert.deepEqual(states.scan, { phase: 'done', running: false, done: 25, total: 120 });
      assert.deepEqual(seen.map((s) => `${s.phase}:${s.running}:${s.done}/${s.total}`), ['scanning:true:0/0', 'scanning:true:25/120', 'done:false:25/120']);
    });

    it('a rescan that supersedes the first keeps it "scanning"; the superseded scan\'s end changes nothing', () => {
      const { states } = statesAt();
      const first = states.scanStarted();
      const second = states.scanStarted();
      states.scanEnded(first, { cancelled: true, limitReached: false });
      assert.deepEqual(states.scan, { phase: 'scanning', running: true, done: 0, total: 0 });
      states.scanProgress(first, 99, 100);
      assert.equal(states.scan.done, 0, 'a superseded scan reports no progress');
      states.scanEnded(second, { cancelled: false, limitReached: false });
      assert.equal(states.scan.phase, 'done');
    });

    it('a first scan the user cancels is "stopped" (not "done": the workspace was not read); a later cancel keeps "done"', () => {
      const { states } = statesAt();
      states.scanEnded(states.scanStarted(), { cancelled: true, limitReached: false });
      assert.deepEqual(states.scan, { phase: 'stopped', running: false, done: 0, total: 0 });
      states.scanEnded(states.scanStarted(), { cancelled: false, limitReached: false });
      const rescan = states.scanStarted();
      assert.deepEqual(states.scan, { phase: 'done', running: true, done: 0, total: 0 }, 'a rescan after a finished scan stays done, running');
      states.scanEnded(rescan, { cancelled: true, limitReached: false });
      assert.equal(states.scan.phase, 'done');
    });
  });
});
