// The git sources (history, range, staged) through scan() and GitSource on temporary repositories
// built here, plus what the CLI makes of them. Webhook URLs are fabricated at run time (crypto
// random) so this file holds no secret: the repository scans itself.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { commonGitDir, shallowFromFiles } from '../../src/git/index.js';
import { scan } from '../../src/scan.js';
import { GitSource, type GitMode } from '../../src/sources/index.js';
import type { Finding, ScanResult } from '../../src/types.js';
import { cli, type Ran } from '../support/cli.js';
import { webhook } from '../support/fabricate.js';

// ---- fabricated webhook URLs ----------------------------------------------------------------
type Hook = ReturnType<typeof webhook>;
const slack = () => webhook('slack');
const discord = () => webhook('discord');

// ---- temporary repositories -----------------------------------------------------------------
const BASE = 1_600_000_000; // commit dates: BASE + 60 s per commit, so the order is deterministic
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(prefix = 'hookscan-git-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

const gitEnv = (t: number): NodeJS.ProcessEnv => ({
  ...process.env,
  GIT_AUTHOR_DATE: `${t} +0000`,
  GIT_COMMITTER_DATE: `${t} +0000`,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
});

class Repo {
  tick = 0;
  constructor(readonly dir: string) {}

  static init(): Repo {
    const dir = tempDir();
    execFileSync('git', ['init', '-q', '-b', 'main', dir]);
    return new Repo(dir);
  }

  git(args: string[], opts: { input?: string | Buffer; who?: string } = {}): string {
    const [name, email] = (opts.who ?? 'Test Author <test@example.com>').split(/ <|>/);
    return execFileSync('git', ['-c', `user.name=${name}`, '-c', `user.email=${email}`, '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], {
      cwd: this.dir,
      input: opts.input,
      env: gitEnv(BASE + 60 * this.tick),
      stdio: ['pipe', 'pipe', 'pipe'],
    })
      .toString('utf8')
      .trim();
  }

  /** Writes files (null deletes one). */
  write(files: Record<string, string | Buffer | null>): void {
    for (const [rel, content] of Object.entries(files)) {
      const file = join(this.dir, rel);
      if (content === null) rmSync(file, { force: true });
      else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    }
  }

  /** Writes, stages everything and commits with the next fixed date; returns the sha. */
  commit(message: string, files: Record<string, string | Buffer | null> = {}, who?: string): string {
    this.write(files);
    this.git(['add', '-A']);
    this.tick++;
    this.git(['commit', '-q', '--allow-empty', '-m', message], { who });
    return this.git(['rev-parse', 'HEAD']);
  }

  /** A commit of a one-file tree, made without touching the work tree or HEAD. */
  detachedCommit(path: string, content: string, message: string): string {
    const blob = this.git(['hash-object', '-w', '--stdin'], { input: content });
    const tree = this.git(['mktree'], { input: `100644 blob ${blob}\t${path}\n` });
    this.tick++;
    return this.git(['commit-tree', tree, '-m', message]);
  }
}

async function scanGit(repo: string, mode: GitMode, maxFileSize = 1 << 20): Promise<ScanResult> {
  return scan({ source: new GitSource({ repo, mode, maxFileSize }), paths: [repo], cwd: repo });
}

const bySecret = (r: ScanResult, h: Hook): Finding | undefined => r.findings.find((f) => f.secret === h.secret);
const secrets = (r: ScanResult) => r.findings.map((f) => f.secret).sort();
const skippedReasons = (r: ScanResult) => r.stats.skipped.map((s) => s.reason);


const ALICE = 'Alice Example <alice@example.com>';
const BOB = 'Bob Example <bob@example.com>';

// ---- history --------------------------------------------------------------------------------
describe('detection threads for git', () => {
  it('keeps one core for git cat-file; where that leaves one core, detection runs on the main thread', () => {
    const g = new GitSource({ repo: '.', mode: { kind: 'history' }, maxFileSize: 1 << 20 });
    expect([1, 2, 3, 4, 8].map((cores) => g.defaultWorkers(cores))).toEqual([0, 0, 2, 3, 7]);
  });
});

describe('history', () => {
  it('finds a secret deleted later, first location = the commit that introduced it, later sightings oldest first', async () => {
    const repo = Repo.init();
    const s = slack();
    repo.commit('c1', { 'README.md': '# demo\n' }, BOB);
    const c2 = repo.commit('c2', { 'src/config.js': `// config\nconst a = 1;\nconst hook = "${s.url}";\n` }, ALICE);
    repo.commit('c3', { 'README.md': '# demo\n\nmore\n' }, BOB);
    repo.commit('c4', { 'src/config.js': null }, BOB);
    const c5 = repo.commit('c5', { 'notes/copy.txt': `copied:\n  ${s.url}\n` }, BOB);

    const r = await scanGit(repo.dir, { kind: 'history' });
    expect(r.findings).toHaveLength(1);
    const f = bySecret(r, s)!;
    expect(f).toBeDefined();
    expect(f.locations).toHaveLength(2);
    const [first, later] = f.locations;
    expect(first).toMatchObject({ commit: c2, path: 'src/config.js', line: 3, author: ALICE });
    expect(first.column).toBe('const hook = "'.length + 1);
    expect(first.date).toBe(repo.git(['log', '-1', '--format=%aI', c2]));
    expect(Date.parse(first.date!)).toBe((BASE + 60 * 2) * 1000);
    expect(later).toMatchObject({ commit: c5, path: 'notes/copy.txt', line: 2, author: BOB });
    expect(Date.parse(later.date!)).toBe((BASE + 60 * 5) * 1000);
    expect(r.stats.commitsScanned).toBe(5);
  });

  it('scans a blob once however many commits hold it (blobsScanned = distinct blobs)', async () => {
    const repo = Repo.init();
    const s = slack();
    repo.commit('base', { 'hook.txt': `${s.url}\n`, 'counter.txt': 'n=0\n' });
    for (let i = 1; i <= 12; i++) repo.commit(`bump ${i}`, { 'counter.txt': `n=${i}\n` });
    // The same content under a second path and in a reverted state: still the same blob.
    repo.commit('dup', { 'copy/hook.txt': `${s.url}\n` });
    repo.commit('revert counter', { 'counter.txt': 'n=0\n' });
    // A dangling blob (written, never committed) is reachable from no ref: not counted, not reported.
    const dangling = slack();
    repo.git(['hash-object', '-w', '--stdin'], { input: `${dangling.url}\n` });

    // One cat-file for every reachable object's type (not a git process per object).
    const objects = repo.git(['rev-list', '--all', '--objects']).split('\n').map((l) => l.split(' ')[0]).filter(Boolean);
    const types = repo.git(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: `${objects.join('\n')}\n` }).split('\n');
    const distinctBlobs = new Set(types.filter((l) => l.endsWith(' blob')).map((l) => l.split(' ')[0])).size;
    expect(distinctBlobs).toBe(14); // hook blob + 13 counter values

    const r = await scanGit(repo.dir, { kind: 'history' });
    expect(r.stats.blobsScanned).toBe(distinctBlobs);
    expect(r.stats.filesScanned).toBe(distinctBlobs);
    expect(r.stats.commitsScanned).toBe(15);
    expect(r.findings).toHaveLength(1);
    expect(bySecret(r, dangling)).toBeUndefined();
    // One blob, two (commit, path) sightings: where it was added and where it was copied.
    expect(r.findings[0].locations.map((l) => l.path)).toEqual(['hook.txt', 'copy/hook.txt']);
  });

  it('finds secrets only on another branch, only in a tag, only in refs/stash and only in a remote-tracking ref', async () => {
    const repo = Repo.init();
    const onBranch = slack();
    const inTag = discord();
    const stashedTracked = slack();
    const stashedUntracked = discord();
    const onRemote = slack();
    repo.commit('init', { 'app.js': 'console.log(1);\n' });

    repo.git(['checkout', '-q', '-b', 'side']);
    const side = repo.commit('side', { 'side.js': `module.exports = "${onBranch.url}";\n` });
    repo.git(['checkout', '-q', 'main']);

    const tagged = repo.detachedCommit('release.env', `HOOK=${inTag.url}\n`, 'tagged only');
    repo.git(['tag', 'v1', tagged]);

    const remote = repo.detachedCommit('remote.cfg', `url: ${onRemote.url}\n`, 'remote only');
    repo.git(['update-ref', 'refs/remotes/origin/feature', remote]);

    repo.write({ 'app.js': `console.log("${stashedTracked.url}");\n`, 'scratch.txt': `${stashedUntracked.url}\n` });
    repo.tick++;
    repo.git(['stash', 'push', '-q', '--include-untracked']);
    expect(repo.git(['status', '--porcelain'])).toBe('');

    const r = await scanGit(repo.dir, { kind: 'history' });
    expect(secrets(r)).toEqual([onBranch, inTag, stashedTracked, stashedUntracked, onRemote].map((h) => h.secret).sort());
    expect(bySecret(r, onBranch)!.locations[0]).toMatchObject({ commit: side, path: 'side.js' });
    expect(bySecret(r, inTag)!.locations[0]).toMatchObject({ commit: tagged, path: 'release.env' });
    expect(bySecret(r, onRemote)!.locations[0]).toMatchObject({ commit: remote, path: 'remote.cfg' });
    expect(bySecret(r, stashedUntracked)!.locations[0].path).toBe('scratch.txt');
    expect(bySecret(r, stashedTracked)!.locations[0].path).toBe('app.js');
    // init, side, tagged, remote, and the stash's commits (work tree, index, untracked).
    expect(r.stats.commitsScanned).toBe(Number(repo.git(['rev-list', '--all', '--count'])));
    expect(r.stats.commitsScanned).toBe(7);
  });

  it('reports commit, author and date through the CLI (text and JSON), redacted', async () => {
    const repo = Repo.init();
    const s = slack();
    repo.commit('c1', { 'a.txt': 'nothing\n' }, BOB);
    const c2 = repo.commit('c2', { 'b.txt': `x\n${s.url}\n` }, ALICE);
    repo.commit('c3', { 'b.txt': null }, BOB);

    const json = await cli(['scan', '.', '--history', '-f', 'json'], repo.dir);
    expect(json.code).toBe(1);
    expect(json.stdout).not.toContain(s.secret);
    const doc = JSON.parse(json.stdout);
    expect(doc.version).toBe(1);
    expect(doc.findings).toHaveLength(1);
    const loc = doc.findings[0].locations[0];
    expect(loc).toMatchObject({ path: 'b.txt', line: 2, column: 1, commit: c2, author: ALICE });
    expect(loc.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(Date.parse(loc.date)).toBe((BASE + 120) * 1000);
    expect(doc.findings[0].url).toContain('hooks.slack.com');
    expect(doc.stats).toMatchObject({ commitsScanned: 3, blobsScanned: 2 });
    // filesScanned keeps its name (contract) and holds the blob count in history and range scans;
    // a folder scan counts files and has no blob or commit counts.
    expect(doc.stats.filesScanned).toBe(doc.stats.blobsScanned);
    const range = JSON.parse((await cli(['scan', '.', '--range', `${c2}~1..${c2}`, '-f', 'json'], repo.dir)).stdout);
    expect(range.stats).toMatchObject({ commitsScanned: 1, blobsScanned: 1, filesScanned: 1 });
    const folder = JSON.parse((await cli(['scan', '.', '-f', 'json'], repo.dir)).stdout);
    expect(folder.stats.filesScanned).toBe(1);
    expect(folder.stats).not.toHaveProperty('blobsScanned');
    expect(folder.stats).not.toHaveProperty('commitsScanned');

    const text = await cli(['scan', '.', '--history'], repo.dir);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toContain(s.secret);
    const line = text.stdout.split('\n').find((l) => l.includes('b.txt:2:1'));
    expect(line).toBeDefined();
    expect(line).toContain(c2.slice(0, 12));
    expect(line).toContain('Alice Example');
    expect(line).toContain(new Date((BASE + 120) * 1000).toISOString().slice(0, 10));
    expect(text.stdout).toMatch(/3 commits/);
  });
});

// ---- range ----------------------------------------------------------------------------------
describe('range', () => {
  /** main: app.js holds an old secret. feature: modifies app.js elsewhere, adds a secret, adds and removes another. */
  function rangeRepo() {
    const repo = Repo.init();
    const old = slack();
    const added = discord();
    const transient = slack();
    repo.commit('base', { 'app.js': `const a = 1;\nconst hook = "${old.url}";\nconst b = 2;\n` });
    repo.git(['checkout', '-q', '-b', 'feature']);
    repo.commit('touch app.js elsewhere', { 'app.js': `const a = 1;\nconst hook = "${old.url}";\nconst b = 3;\nconst c = 4;\n` });
    const addSha = repo.commit('add a hook', { 'new.js': `export const h = "${added.url}";\n` });
    const tmpSha = repo.commit('add temp', { 'tmp.txt': `${transient.url}\n` });
    repo.commit('remove temp', { 'tmp.txt': null });
    return { repo, old, added, transient, addSha, tmpSha };
  }

  it("reports only what the range's commits add, including a secret added then removed", async () => {
    const { repo, old, added, transient, addSha, tmpSha } = rangeRepo();
    const r = await scanGit(repo.dir, { kind: 'range', range: 'main..feature' });
    expect(secrets(r)).toEqual([added.secret, transient.secret].sort());
    expect(bySecret(r, old)).toBeUndefined();
    expect(bySecret(r, added)!.locations[0]).toMatchObject({ commit: addSha, path: 'new.js', line: 1 });
    expect(bySecret(r, transient)!.locations[0]).toMatchObject({ commit: tmpSha, path: 'tmp.txt' });
    expect(r.stats.commitsScanned).toBe(4);
  });

  it('a secret already in A, in a file the range modifies elsewhere, is not reported', async () => {
    const { repo, old } = rangeRepo();
    const r = await scanGit(repo.dir, { kind: 'range', range: 'main..feature~3' });
    expect(r.stats.commitsScanned).toBe(1);
    expect(r.findings).toEqual([]);
    expect(bySecret(r, old)).toBeUndefined();
  });

  it("merging main into feature does not report main's secret; a secret the merge itself adds is reported", async () => {
    const { repo, added, transient } = rangeRepo();
    const onMain = slack();
    const evil = discord();
    repo.git(['checkout', '-q', 'main']);
    repo.commit('main moves on', { 'main-only.js': `const m = "${onMain.url}";\n` });
    repo.git(['checkout', '-q', 'feature']);
    repo.tick++;
    repo.git(['merge', '-q', '--no-ff', '--no-edit', 'main']);

    const r = await scanGit(repo.dir, { kind: 'range', range: 'main..feature' });
    expect(bySecret(r, onMain)).toBeUndefined();
    expect(secrets(r)).toEqual([added.secret, transient.secret].sort());

    // An "evil merge": the merge commit adds content of its own.
    repo.git(['checkout', '-q', 'main']);
    repo.commit('main again', { 'main2.js': 'const z = 0;\n' });
    repo.git(['checkout', '-q', 'feature']);
    repo.tick++;
    repo.git(['merge', '-q', '--no-ff', '--no-commit', 'main']);
    repo.write({ 'merge-note.txt': `${evil.url}\n` });
    repo.git(['add', 'merge-note.txt']);
    repo.git(['commit', '-q', '--no-edit']);
    const merge = repo.git(['rev-parse', 'HEAD']);
    const r2 = await scanGit(repo.dir, { kind: 'range', range: 'main..feature' });
    expect(bySecret(r2, onMain)).toBeUndefined();
    expect(bySecret(r2, evil)!.locations[0]).toMatchObject({ commit: merge, path: 'merge-note.txt' });
  });

  it('an unknown revision is a UsageError; the CLI exits 2 and mentions fetch-depth', async () => {
    const { repo } = rangeRepo();
    await expect(scanGit(repo.dir, { kind: 'range', range: 'main..no-such-branch' })).rejects.toBeInstanceOf(UsageError);
    const r = await cli(['scan', '.', '--range', 'origin/main..HEAD'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fetch-depth/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the CLI reports only the range', async () => {
    const { repo, old, added, transient } = rangeRepo();
    const r = await cli(['scan', '.', '--range', 'main..feature', '-f', 'json'], repo.dir);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    const urls: string[] = doc.findings.map((f: { url: string }) => f.url);
    expect(urls).toHaveLength(2);
    for (const h of [old, added, transient]) expect(r.stdout).not.toContain(h.secret);
    expect(doc.findings.every((f: { locations: { commit?: string }[] }) => /^[0-9a-f]{40}$/.test(f.locations[0].commit ?? ''))).toBe(true);
  });
});

// ---- staged ---------------------------------------------------------------------------------
describe('staged', () => {
  it('scans the index only: staged secret found, unstaged change ignored, old secret in a modified file not reported', async () => {
    const repo = Repo.init();
    const old = slack();
    const staged = discord();
    const unstaged = slack();
    repo.commit('base', { 'cfg.js': `const a = 1;\nconst hook = "${old.url}";\n`, 'work.js': 'let w = 0;\n' });
    repo.write({ 'cfg.js': `const a = 2;\nconst hook = "${old.url}";\n// edited\n`, 'staged.js': `x("${staged.url}");\n` });
    repo.git(['add', 'cfg.js', 'staged.js']);
    repo.write({ 'work.js': `let w = "${unstaged.url}";\n`, 'untracked.js': `"${unstaged.url}"\n` });

    const r = await scanGit(repo.dir, { kind: 'staged' });
    expect(secrets(r)).toEqual([staged.secret]);
    const loc = bySecret(r, staged)!.locations[0];
    expect(loc).toMatchObject({ path: 'staged.js', line: 1 });
    expect(loc.commit).toBeUndefined();
  });

  it('sees the index, not the work tree, when a staged file is edited afterwards', async () => {
    const repo = Repo.init();
    const s = slack();
    repo.commit('base', { 'a.txt': 'a\n' });
    repo.write({ 'a.txt': `a\n${s.url}\n` });
    repo.git(['add', 'a.txt']);
    repo.write({ 'a.txt': 'a\n' }); // removed from the work tree only
    const r = await scanGit(repo.dir, { kind: 'staged' });
    expect(secrets(r)).toEqual([s.secret]);
  });

  it('works in a repository with no commits yet', async () => {
    const repo = Repo.init();
    const s = discord();
    repo.write({ 'first.js': `const h = "${s.url}";\n`, 'other.txt': 'hi\n' });
    repo.git(['add', 'first.js']);
    const r = await scanGit(repo.dir, { kind: 'staged' });
    expect(secrets(r)).toEqual([s.secret]);
    const c = await cli(['scan', '.', '--staged'], repo.dir);
    expect(c.code).toBe(1);
    expect(c.stdout).not.toContain(s.secret);
  });
});

// ---- the range scan's early start (start(): no git rev-parse when the files tell) ----------
describe('range scans without git rev-parse', () => {
  it('finds the common git dir of a work tree, a linked worktree, a submodule-style .git file and a bare repository', () => {
    const repo = Repo.init();
    repo.commit('c1', { 'a.txt': 'a\n' });
    const sub = join(repo.dir, 'deep', 'er');
    mkdirSync(sub, { recursive: true });
    expect(commonGitDir(repo.dir, {})).toBe(join(repo.dir, '.git'));
    expect(commonGitDir(sub, {})).toBe(join(repo.dir, '.git'));

    const wt = join(tempDir('hookscan-wt-'), 'wt');
    repo.git(['worktree', 'add', '-q', wt, '-b', 'side']);
    expect(realpathSync(commonGitDir(wt, {})!)).toBe(realpathSync(join(repo.dir, '.git')));

    const bare = join(tempDir('hookscan-bare-'), 'b.git');
    execFileSync('git', ['clone', '-q', '--bare', repo.dir, bare], { stdio: 'pipe' });
    expect(commonGitDir(bare, {})).toBe(bare);

    // A .git file pointing at a git dir without commondir (what a submodule has).
    const outer = tempDir('hookscan-gitfile-');
    writeFileSync(join(outer, '.git'), `gitdir: ${bare}\n`);
    expect(commonGitDir(outer, {})).toBe(bare);
  });

  it('asks git when the environment chooses the git dir, or when no git dir is found', () => {
    const repo = Repo.init();
    expect(commonGitDir(repo.dir, { GIT_DIR: join(repo.dir, '.git') })).toBeUndefined();
    expect(shallowFromFiles(repo.dir, { GIT_SHALLOW_FILE: '/x' })).toBeUndefined();
    const plain = tempDir('hookscan-plain-');
    // tmpdir() is not inside a repository on a test machine; if it is, the answer is that repository's.
    const above = commonGitDir(plain, {});
    if (above !== undefined) expect(above.endsWith('.git') || above.endsWith('.git/')).toBe(true);
    writeFileSync(join(plain, '.git'), 'not a gitdir line\n');
    expect(commonGitDir(plain, {})).toBeUndefined();
  });

  it('a range scan of a shallow clone and of a linked worktree: the same findings and the shallow flag git gives', async () => {
    const src = Repo.init();
    const a = slack();
    const b = discord();
    src.commit('c1', { 'one.js': `"${a.url}"\n` });
    src.commit('c2', { 'two.js': `"${b.url}"\n` });
    src.commit('c3', { 'three.txt': 'x\n' });
    const clone = join(tempDir('hookscan-shallow-range-'), 'c');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${src.dir}`, clone], { stdio: 'pipe' });
    expect(shallowFromFiles(clone, {})).toBe(true);
    const r = await scanGit(clone, { kind: 'range', range: 'HEAD~1..HEAD' });
    expect(r.stats.shallow).toBe(true);
    expect(r.findings).toEqual([]);
    const r2 = await scanGit(src.dir, { kind: 'range', range: 'HEAD~2..HEAD' });
    expect(r2.stats.shallow).toBe(false);
    expect(secrets(r2)).toEqual([b.secret]);

    const wt = join(tempDir('hookscan-wt-range-'), 'wt');
    src.git(['worktree', 'add', '-q', wt, '-b', 'side']);
    const r3 = await scanGit(wt, { kind: 'range', range: 'HEAD~2..HEAD' });
    expect(secrets(r3)).toEqual([b.secret]);
    expect(r3.stats.shallow).toBe(false);
  });

  it('an unknown revision or a failure before the scan: the same errors, and the early git processes end', async () => {
    const repo = Repo.init();
    repo.commit('c1', { 'a.txt': 'a\n' });
    await expect(scanGit(repo.dir, { kind: 'range', range: 'HEAD..nope' })).rejects.toThrow(/unknown revision 'nope'/);
    // Patterns that cannot be read: the scan never runs; the CLI still exits (nothing left waiting).
    const t = await cli(['scan', '.', '--range', 'HEAD~0..HEAD', '--patterns', join(repo.dir, 'no-such-folder')], repo.dir);
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/cannot read the pattern folder/);
    // A GitSource started and stopped without run(): its children are gone.
    const g = new GitSource({ repo: repo.dir, mode: { kind: 'range', range: 'HEAD~0..HEAD' }, maxFileSize: 1 << 20 });
    g.start();
    const children = (g as unknown as { early: { catFile: { pid: number; exitCode: number | null; signalCode: string | null; once(e: string, f: () => void): void } } }).early.catFile;
    const gone = new Promise<void>((done) => children.once('close', done));
    g.stop();
    await gone;
    expect(children.exitCode !== null || children.signalCode !== null).toBe(true);
  });
});

// ---- broken and unusual repositories --------------------------------------------------------
describe('broken repositories', () => {
  it('a shallow clone: scans what is there and says it is shallow', async () => {
    const src = Repo.init();
    const gone = slack();
    const here = discord();
    src.commit('c1', { 'old.js': `"${gone.url}"\n` });
    src.commit('c2', { 'old.js': null, 'keep.txt': 'k\n' });
    src.commit('c3', { 'new.js': `"${here.url}"\n` });
    const dst = tempDir('hookscan-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${src.dir}`, join(dst, 'c')], { stdio: 'pipe' });
    const clone = join(dst, 'c');

    const r = await scanGit(clone, { kind: 'history' });
    expect(r.stats.shallow).toBe(true);
    expect(r.stats.commitsScanned).toBe(1);
    expect(secrets(r)).toEqual([here.secret]);

    const full = await scanGit(src.dir, { kind: 'history' });
    expect(full.stats.shallow).toBe(false);

    const t = await cli(['scan', '.', '--history'], clone);
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/shallow/);
  });

  it('counts too-large, binary, LFS-pointer and submodule entries as skipped', async () => {
    const repo = Repo.init();
    const big = slack();
    const inBinary = slack();
    const visible = discord();
    const head = repo.commit('base', { 'README.md': 'x\n' });
    repo.commit('odd files', {
      'big.txt': `${'filler line\n'.repeat(400)}${big.url}\n`,
      'image.bin': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.from(`${inBinary.url}\n`)]),
      'model.bin': `version https://git-lfs.github.com/spec/v1\noid sha256:${randomBytes(32).toString('hex')}\nsize 123456\n`,
      'ok.js': `"${visible.url}"\n`,
    });
    repo.git(['update-index', '--add', '--cacheinfo', `160000,${head},vendor/lib`]);
    repo.tick++;
    repo.git(['commit', '-q', '-m', 'submodule']);
    // Dangling (unreachable) big and binary blobs: not part of the history, not counted.
    repo.git(['hash-object', '-w', '--stdin'], { input: 'dangling\n'.repeat(1000) });
    repo.git(['hash-object', '-w', '--stdin'], { input: '\0\0dangling binary\0' });

    const r = await scanGit(repo.dir, { kind: 'history' }, 2048);
    expect(secrets(r)).toEqual([visible.secret]);
    const reasons = skippedReasons(r);
    expect(reasons.filter((x) => x === 'too-large')).toHaveLength(1);
    expect(reasons.filter((x) => x === 'binary')).toHaveLength(1);
    expect(reasons.filter((x) => x === 'lfs-pointer')).toHaveLength(1);
    expect(reasons.filter((x) => x === 'submodule')).toHaveLength(1);
    expect(r.stats.skipped.find((s) => s.reason === 'too-large')!.path).toBe('big.txt');
    expect(r.stats.skipped.find((s) => s.reason === 'binary')!.path).toBe('image.bin');
    expect(r.stats.skipped.find((s) => s.reason === 'lfs-pointer')!.path).toBe('model.bin');
    expect(r.stats.filesSkipped).toBe(4);
    // The skip detail never carries the secret.
    expect(JSON.stringify(r.stats.skipped)).not.toContain(big.secret);

    // With a bigger cap the big blob is scanned.
    const r2 = await scanGit(repo.dir, { kind: 'history' }, 1 << 20);
    expect(secrets(r2)).toEqual([big.secret, visible.secret].sort());
  });

  /** A repository whose last commit's blob has been deleted from .git/objects (loose objects, never packed). */
  function repoWithMissingBlob() {
    const repo = Repo.init();
    const kept = slack();
    const lost = discord();
    repo.commit('c1', { 'kept.js': `"${kept.url}"\n` });
    repo.commit('c2', { 'lost.js': `"${lost.url}"\n`, 'fine.txt': 'fine\n' });
    const blob = repo.git(['rev-parse', 'HEAD:lost.js']);
    rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    expect(() => repo.git(['cat-file', '-e', blob])).toThrow();
    return { repo, kept, lost, blob };
  }

  it('history: a missing object is skipped, counted, and the scan goes on', async () => {
    const { repo, kept } = repoWithMissingBlob();
    const r = await scanGit(repo.dir, { kind: 'history' });
    expect(secrets(r)).toEqual([kept.secret]);
    expect(skippedReasons(r)).toContain('missing-object');
    expect(r.stats.filesSkipped).toBe(1);
  });

  it('range: a missing object is skipped, counted, and the scan goes on', async () => {
    const { repo } = repoWithMissingBlob();
    const r = await scanGit(repo.dir, { kind: 'range', range: 'HEAD~1..HEAD' });
    expect(r.findings).toEqual([]);
    expect(r.stats.skipped).toEqual([expect.objectContaining({ reason: 'missing-object', path: 'lost.js' })]);
    expect(r.stats.filesScanned).toBe(1); // fine.txt
  });

  it('--history outside a git repository: exit 2 with one clear line and a hint', async () => {
    const dir = tempDir('hookscan-nogit-');
    writeFileSync(join(dir, 'a.txt'), 'hello\n');
    const r = await cli(['scan', dir, '--history'], dir);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^hookscan: .*not a git repository/);
    // Then only the cause that adds something and what to do: no stack.
    expect(lines.slice(1).every((l) => /^  (?:caused by|hint): /.test(l))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^  hint: .*without them/);
    expect(r.stdout).toBe('');
    await expect(scanGit(dir, { kind: 'history' })).rejects.toBeInstanceOf(UsageError);
  });

  it('git missing: exit 2 with a line saying git is not installed, and a hint', async () => {
    const repo = Repo.init();
    repo.commit('c1', { 'a.txt': 'a\n' });
    const empty = tempDir('hookscan-nopath-');
    const saved = process.env.PATH;
    let r: Ran;
    try {
      process.env.PATH = empty;
      r = await cli(['scan', '.', '--history'], repo.dir);
    } finally {
      process.env.PATH = saved;
    }
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/git is not installed/);
    expect(lines.slice(1).every((l) => /^  (?:caused by|hint): /.test(l))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^  hint: install git/);
  });
});
