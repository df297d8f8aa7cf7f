// Git hooks: `hookscan install-hook` and `hookscan hook pre-push|pre-commit`, in-process through
// run(argv, io) on temporary repositories, plus an end-to-end `git push` / `git commit` through the
// installed hook. Webhook URLs are fabricated at run time (crypto random): this file holds none.
import { execFileSync, spawnSync } from 'node:child_process';

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, type Ran } from '../support/cli.js';
import { webhook } from '../support/fabricate.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const MARKER = '# installed by hookscan';
const ZERO = '0'.repeat(40);

// ---- fabricated webhook URLs ----------------------------------------------------------------
type Hook = ReturnType<typeof webhook>;
const slack = () => webhook('slack');
const discord = () => webhook('discord');

// ---- temporary repositories -----------------------------------------------------------------
const BASE = 1_600_000_000;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(prefix = 'hookscan-hooks-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

class Repo {
  tick = 0;
  constructor(readonly dir: string) {}

  static init(): Repo {
    const dir = tempDir();
    execFileSync('git', ['init', '-q', '-b', 'main', dir]);
    return new Repo(dir);
  }

  env(): NodeJS.ProcessEnv {
    const t = `${BASE + 60 * this.tick} +0000`;
    return { ...process.env, GIT_AUTHOR_DATE: t, GIT_COMMITTER_DATE: t, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
  }

  args(args: string[]): string[] {
    return ['-c', 'user.name=Test Author', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args];
  }

  git(args: string[], input?: string): string {
    return execFileSync('git', this.args(args), { cwd: this.dir, input, env: this.env(), stdio: ['pipe', 'pipe', 'pipe'] })
      .toString('utf8')
      .trim();
  }

  /** Runs git without throwing (hooks run: push and commit may be rejected). */
  gitStatus(args: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync('git', this.args(args), { cwd: this.dir, env: this.env(), encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  write(files: Record<string, string | null>): void {
    for (const [rel, content] of Object.entries(files)) {
      const file = join(this.dir, rel);
      if (content === null) rmSync(file, { force: true });
      else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    }
  }

  commit(message: string, files: Record<string, string | null> = {}): string {
    this.write(files);
    this.git(['add', '-A']);
    this.tick++;
    this.git(['commit', '-q', '--no-verify', '--allow-empty', '-m', message]);
    return this.git(['rev-parse', 'HEAD']);
  }

  head(): string {
    return this.git(['rev-parse', 'HEAD']);
  }
}

/** A repository with a bare `origin` that already holds main, whose first commit holds `old`. */
function withRemote() {
  const bare = join(tempDir('hookscan-remote-'), 'remote.git');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare]);
  const repo = Repo.init();
  const old = slack();
  const c1 = repo.commit('legacy', { 'legacy.js': `const a = 1;\nconst hook = "${old.url}";\n` });
  const c2 = repo.commit('readme', { 'README.md': '# demo\n' });
  repo.git(['remote', 'add', 'origin', bare]);
  repo.git(['push', '-q', '--no-verify', 'origin', 'main']);
  return { repo, bare, old, c1, c2 };
}


/** `hookscan hook pre-push origin <url>` with the given pre-push protocol lines on stdin. */
function prePush(repo: Repo, bare: string, lines: string[]): Promise<Ran> {
  return cli(['hook', 'pre-push', 'origin', bare], repo.dir, { readStdin: async () => lines.map((l) => `${l}\n`).join('') });
}

function expectNoSecrets(r: Ran, hooks: Hook[]): void {
  for (const h of hooks) {
    expect(r.stdout).not.toContain(h.secret);
    expect(r.stderr).not.toContain(h.secret);
  }
}

// ---- install-hook ---------------------------------------------------------------------------
describe('install-hook', () => {
  it('writes .git/hooks/pre-push, executable, with the marker line; reinstalling is fine', async () => {
    const repo = Repo.init();
    const r = await cli(['install-hook'], repo.dir);
    expect(r.code).toBe(0);
    const file = join(repo.dir, '.git', 'hooks', 'pre-push');
    expect(r.stdout).toContain(file);
    expect(statSync(file).mode & 0o777).toBe(0o755);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('#!/bin/sh\n')).toBe(true);
    expect(text.split('\n').some((l) => l.startsWith(MARKER))).toBe(true);
    expect(text).toContain('hook pre-push');
    expect(text).toContain('--no-verify');
    expect(text).toContain(join(ROOT, 'bin', 'hookscan.cjs'));

    const again = await cli(['install-hook', '--pre-push'], repo.dir);
    expect(again.code).toBe(0);
    expect(existsSync(`${file}.backup`)).toBe(false);
  });

  it('honours core.hooksPath (relative, from a subdirectory too)', async () => {
    const repo = Repo.init();
    repo.git(['config', 'core.hooksPath', '.githooks']);
    mkdirSync(join(repo.dir, 'src', 'deep'), { recursive: true });
    const r = await cli(['install-hook'], join(repo.dir, 'src', 'deep'));
    expect(r.code).toBe(0);
    expect(existsSync(join(repo.dir, '.githooks', 'pre-push'))).toBe(true);
    expect(existsSync(join(repo.dir, 'src', 'deep', '.githooks'))).toBe(false);
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-push'))).toBe(false);

    const abs = join(tempDir('hookscan-hookspath-'), 'shared-hooks');
    repo.git(['config', 'core.hooksPath', abs]);
    const r2 = await cli(['install-hook', '--pre-commit'], repo.dir);
    expect(r2.code).toBe(0);
    expect(statSync(join(abs, 'pre-commit')).mode & 0o777).toBe(0o755);
  });

  it('refuses to overwrite a foreign hook (exit 2) unless --force, which keeps a backup', async () => {
    const repo = Repo.init();
    const file = join(repo.dir, '.git', 'hooks', 'pre-push');
    const foreign = '#!/bin/sh\necho "my own checks"\nexit 0\n';
    writeFileSync(file, foreign, { mode: 0o755 });

    const r = await cli(['install-hook'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--force/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(foreign);
    expect(existsSync(`${file}.backup`)).toBe(false);

    const f = await cli(['install-hook', '--force'], repo.dir);
    expect(f.code).toBe(0);
    expect(readFileSync(`${file}.backup`, 'utf8')).toBe(foreign);
    expect(readFileSync(file, 'utf8')).toContain(MARKER);
    expect(f.stdout).toContain('.backup');
  });

  it('--pre-commit writes pre-commit; both flags or no repository → exit 2', async () => {
    const repo = Repo.init();
    const r = await cli(['install-hook', '--pre-commit'], repo.dir);
    expect(r.code).toBe(0);
    const file = join(repo.dir, '.git', 'hooks', 'pre-commit');
    expect(statSync(file).mode & 0o777).toBe(0o755);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(MARKER);
    expect(text).toContain('hook pre-commit');
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-push'))).toBe(false);

    expect((await cli(['install-hook', '--pre-commit', '--pre-push'], repo.dir)).code).toBe(2);
    const outside = await cli(['install-hook'], tempDir('hookscan-nogit-'));
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/not a git repository/);
  });
});

// ---- hook pre-push (in-process) -------------------------------------------------------------
describe('hook pre-push', () => {
  it('a new branch: scans only the commits no remote has; a secret already on the remote is not reported', async () => {
    const { repo, bare, old } = withRemote();
    const fresh = discord();
    repo.git(['checkout', '-q', '-b', 'feature']);
    // Touches the file holding the old secret (elsewhere) and adds a new one.
    repo.commit('feature work', { 'legacy.js': `const a = 2;\nconst hook = "${old.url}";\n`, 'notify.js': `post("${fresh.url}");\n` });
    const head = repo.head();

    const r = await prePush(repo, bare, [`refs/heads/feature ${head} refs/heads/feature ${ZERO}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('notify.js');
    expect(r.stderr).not.toContain('legacy.js');
    expect(r.stderr).toMatch(/1 finding\b/);
    expectNoSecrets(r, [old, fresh]);
    // How to allow a false positive, and how to skip once.
    expect(r.stderr).toContain('hookscan:allow');
    expect(r.stderr).toContain('allow-fingerprints');
    expect(r.stderr).toContain('--no-verify');
  });

  it('a new branch built on commits another remote already has does not rescan them', async () => {
    const { repo, bare } = withRemote();
    const upstreamOnly = slack();
    // A commit that only the `upstream` remote has (e.g. a fork whose origin is behind).
    const up = repo.commit('upstream work', { 'up.js': `"${upstreamOnly.url}"\n` });
    repo.git(['update-ref', 'refs/remotes/upstream/main', up]);
    repo.git(['checkout', '-q', '-b', 'topic']);
    const head = repo.commit('topic', { 'topic.txt': 'clean\n' });
    const r = await prePush(repo, bare, [`refs/heads/topic ${head} refs/heads/topic ${ZERO}`]);
    expectNoSecrets(r, [upstreamOnly]);
    expect(r.stderr).not.toContain('up.js');
    expect(r.code).toBe(0);
  });

  it('an update scans only the new commits', async () => {
    const { repo, bare, c2 } = withRemote();
    const first = slack();
    // c3 holds a secret and is (as far as git's stdin says) already on the remote; c4 is new and clean.
    const c3 = repo.commit('c3', { 'c3.js': `"${first.url}"\n` });
    const c4 = repo.commit('c4', { 'c4.txt': 'clean\n' });
    const clean = await prePush(repo, bare, [`refs/heads/main ${c4} refs/heads/main ${c3}`]);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('');

    // Pushing c3 and c4 over c2: c3's secret is reported.
    const dirty = await prePush(repo, bare, [`refs/heads/main ${c4} refs/heads/main ${c2}`]);
    expect(dirty.code).toBe(1);
    expect(dirty.stderr).toContain('c3.js');
    expect(dirty.stderr).not.toContain('legacy.js');
    expectNoSecrets(dirty, [first]);
  });

  it('a deletion scans nothing and exits 0; empty stdin too', async () => {
    const { repo, bare, c1 } = withRemote();
    repo.commit('secret', { 'x.js': `"${slack().url}"\n` });
    const del = await prePush(repo, bare, [`(delete) ${ZERO} refs/heads/old-branch ${repo.head()}`]);
    expect(del).toEqual({ code: 0, stdout: '', stderr: '' });
    const none = await prePush(repo, bare, []);
    expect(none).toEqual({ code: 0, stdout: '', stderr: '' });
    // A deletion next to a clean update: only the update is scanned.
    const mixed = await prePush(repo, bare, [`(delete) ${ZERO} refs/heads/gone ${c1}`, `refs/heads/main ${repo.head()} refs/heads/main ${repo.head()}`]);
    expect(mixed.code).toBe(0);
  });

  it('a line marked hookscan:allow does not block', async () => {
    const { repo, bare, c2 } = withRemote();
    const s = slack();
    const head = repo.commit('allowed', { 'doc.md': `example: ${s.url} <!-- hookscan:allow -->\n` });
    const r = await prePush(repo, bare, [`refs/heads/main ${head} refs/heads/main ${c2}`]);
    expect(r.code).toBe(0);
    expectNoSecrets(r, [s]);
  });
});

// ---- hook pre-commit (in-process) -----------------------------------------------------------
describe('hook pre-commit', () => {
  it('a staged secret → exit 1 with help; clean or unstaged-only → exit 0', async () => {
    const repo = Repo.init();
    repo.commit('base', { 'a.txt': 'a\n' });
    const clean = await cli(['hook', 'pre-commit'], repo.dir);
    expect(clean.code).toBe(0);

    const s = discord();
    repo.write({ 'unstaged.js': `"${s.url}"\n` });
    expect((await cli(['hook', 'pre-commit'], repo.dir)).code).toBe(0);

    repo.git(['add', 'unstaged.js']);
    const dirty = await cli(['hook', 'pre-commit'], repo.dir);
    expect(dirty.code).toBe(1);
    expect(dirty.stderr).toContain('unstaged.js');
    expect(dirty.stderr).toContain('commit blocked');
    expect(dirty.stderr).toContain('hookscan:allow');
    expect(dirty.stderr).toContain('git commit --no-verify');
    expectNoSecrets(dirty, [s]);
  });
});

// ---- end to end: real git through the installed hook ----------------------------------------
describe('end to end', () => {
  beforeAll(() => {
    const dist = join(ROOT, 'dist', 'cli', 'index.js');
    const src = join(ROOT, 'src', 'app', 'hook.ts');
    if (!existsSync(dist) || statSync(dist).mtimeMs < statSync(src).mtimeMs) {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
    }
  }, 120_000);

  it('git push is rejected while any pushed commit adds a webhook, accepted once history is rewritten', async () => {
    const { repo, bare, c2 } = withRemote();
    expect((await cli(['install-hook'], repo.dir)).code).toBe(0);
    const s = slack();
    const remoteMain = () => execFileSync('git', ['--git-dir', bare, 'rev-parse', 'main']).toString().trim();

    repo.commit('add webhook', { 'notify.js': `post("${s.url}");\n` });
    const p1 = repo.gitStatus(['push', 'origin', 'main']);
    expect(p1.status).not.toBe(0);
    expect(p1.stderr).toContain('push blocked');
    expect(p1.stderr).toContain('notify.js');
    expect(p1.stderr).not.toContain(s.secret);
    expect(remoteMain()).toBe(c2);

    // Removing it in a new commit is not enough: the pushed history still holds it.
    repo.commit('remove webhook', { 'notify.js': 'post(process.env.HOOK);\n' });
    const p2 = repo.gitStatus(['push', 'origin', 'main']);
    expect(p2.status).not.toBe(0);
    expect(p2.stderr).toContain('push blocked');
    expect(remoteMain()).toBe(c2);

    // Rewriting the commits (reset + a clean commit) lets it through.
    repo.git(['reset', '-q', '--soft', c2]);
    repo.tick++;
    repo.git(['commit', '-q', '--no-verify', '-m', 'notify from env']);
    const clean = repo.head();
    const p3 = repo.gitStatus(['push', 'origin', 'main']);
    expect(p3.stderr).not.toContain('push blocked');
    expect(p3.status).toBe(0);
    expect(remoteMain()).toBe(clean);
  }, 30_000);

  it('git commit is blocked by the installed pre-commit hook when a webhook is staged', async () => {
    const repo = Repo.init();
    repo.commit('base', { 'a.txt': 'a\n' });
    expect((await cli(['install-hook', '--pre-commit'], repo.dir)).code).toBe(0);
    const s = discord();
    repo.write({ 'b.js': `"${s.url}"\n` });
    repo.git(['add', 'b.js']);
    const c = repo.gitStatus(['commit', '-q', '-m', 'oops']);
    expect(c.status).not.toBe(0);
    expect(c.stderr).toContain('commit blocked');
    expect(c.stderr).not.toContain(s.secret);
    repo.write({ 'b.js': 'process.env.HOOK\n' });
    repo.git(['add', 'b.js']);
    expect(repo.gitStatus(['commit', '-q', '-m', 'fine']).status).toBe(0);
  }, 30_000);
});
