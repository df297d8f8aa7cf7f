/**
 * The mirror cache: one bare mirror per repository under `<cache>/<host>/<owner>/<name>.git`,
 * created on the first run and fetched (pruned) on the next ones, plus the incremental state:
 * the refs' tips at the last successful scan, in `hookscan-state.json` inside the mirror.
 *
 * The token reaches git as an HTTP header through GIT_CONFIG_COUNT/KEY/VALUE environment
 * variables (git ≥ 2.31), scoped to the clone URL's origin: it is never on a command line
 * (visible in `ps`), in a URL, or in a file (the mirror's config only holds the plain clone URL).
 * Fetched refs: branches, tags and pull-request heads (`refs/pull/N/head` stay readable on
 * GitHub forever, even after a force-push, so what they hold is exposed); not the synthetic
 * `refs/pull/N/merge` commits GitHub builds.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';
import { gitOutput } from '../git/index.js';
import { tokenForms } from '../secrets/index.js';

export const FETCH_REFSPECS = ['+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*', '+refs/pull/*/head:refs/pull/*/head'];
export const STATE_FILE = 'hookscan-state.json';

export interface MirrorOptions {
  cacheDir: string;
  token?: string;
  /** The environment git runs with (the CLI passes its own; the library never reads process.env). */
  env: Record<string, string | undefined>;
  /** Variables removed from git's environment (the token's own variable, e.g. GITHUB_TOKEN). */
  dropEnv?: string[];
  signal?: AbortSignal;
}

export interface RepoState {
  version: 1;
  repository: string;
  scannedAt: string;
  /** ref name → object id at the last successful scan. */
  tips: Record<string, string>;
}

/** A file-system-safe path component. */
function safe(part: string): string {
  const s = part.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return s || '_';
}

/** Where a repository's mirror lives in the cache. */
export function mirrorDir(cacheDir: string, cloneUrl: string, fullName: string): string {
  let host = 'local';
  try {
    const u = new URL(cloneUrl);
    if (u.host) host = u.host;
  } catch {
    /* checked by checkCloneUrl */
  }
  const [owner, name] = fullName.split('/');
  return join(cacheDir, safe(host), safe(owner ?? '_'), `${safe(name ?? fullName)}.git`);
}

/** Only http(s) and file URLs without credentials are cloned (no ext::, no ssh with options). */
export function checkCloneUrl(cloneUrl: string): URL {
  let u: URL;
  try {
    u = new URL(cloneUrl);
  } catch {
    throw new EnvironmentError(`clone URL '${cloneUrl}' is not a URL`);
  }
  if (!['https:', 'http:', 'file:'].includes(u.protocol)) throw new EnvironmentError(`clone URL scheme ${u.protocol} is not supported (https, http, file)`);
  if (u.username || u.password) throw new EnvironmentError('clone URL holds credentials; refusing to use it');
  return u;
}

/** The header value git sends: Basic x-access-token:TOKEN, what GitHub (and actions/checkout) use. */
export function authorizationHeader(token: string): string {
  return `Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}

/** Every form of the token an error text could carry, for scrubbing. */
export { tokenForms };

/**
 * git's environment: the base one without askpass helpers and the dropped variables, prompts off,
 * and (for http(s) with a token) the header as `http.<origin>/.extraHeader` appended to any
 * GIT_CONFIG_* entries already there. Credential helpers are reset so nothing is stored.
 */
export function gitEnvironment(base: Record<string, string | undefined>, cloneUrl: string | undefined, token: string | undefined, drop: string[] = []): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined && !drop.includes(k)) env[k] = v;
  delete env.GIT_ASKPASS;
  delete env.SSH_ASKPASS;
  env.GIT_TERMINAL_PROMPT = '0';
  const n = /^\d+$/.test(env.GIT_CONFIG_COUNT ?? '') ? Number(env.GIT_CONFIG_COUNT) : 0;
  const extra: [string, string][] = [['credential.helper', '']];
  if (cloneUrl && token) {
    const u = new URL(cloneUrl);
    if (u.protocol === 'https:' || u.protocol === 'http:') {
      extra.push([`http.${u.origin}/.extraHeader`, authorizationHeader(token)]);
      // A redirect could carry the header elsewhere: the API's clone_url is canonical, follow none.
      extra.push(['http.followRedirects', 'false']);
    }
  }
  extra.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${n + i}`] = k;
    env[`GIT_CONFIG_VALUE_${n + i}`] = v;
  });
  env.GIT_CONFIG_COUNT = String(n + extra.length);
  return env;
}

interface GitRun {
  cwd?: string;
  env: Record<string, string>;
  signal?: AbortSignal;
  scrub: string[];
  input?: string;
}

async function git(args: string[], run: GitRun): Promise<string> {
  return (await gitOutput(args, { cwd: run.cwd, env: run.env, signal: run.signal, scrub: run.scrub, input: run.input, purpose: 'needed for org scans' })).toString('utf8');
}

/** A value in git-config syntax (quoted, with \\ and \" escaped). */
function configValue(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The `origin` remote of a mirror: the clone URL (never credentials), the refspecs, mirror = true. */
export function remoteSection(url: string): string {
  return `[remote "origin"]\n\turl = ${configValue(url)}\n${FETCH_REFSPECS.map((s) => `\tfetch = ${s}\n`).join('')}\tmirror = true\n`;
}

/**
 * Clones (first time) or fetches (later) the mirror of one repository. A new mirror is built in a
 * temporary folder and renamed into place, so a failed clone leaves nothing that looks cached.
 */
export async function syncMirror(repo: { fullName: string; cloneUrl: string }, opts: MirrorOptions): Promise<{ dir: string; action: 'cloned' | 'fetched' }> {
  const url = checkCloneUrl(repo.cloneUrl).href;
  const dir = mirrorDir(opts.cacheDir, repo.cloneUrl, repo.fullName);
  const env = gitEnvironment(opts.env, url, opts.token, opts.dropEnv);
  const run = (cwd: string): GitRun => ({ cwd, env, signal: opts.signal, scrub: tokenForms(opts.token) });
  if (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'config'))) {
    // The repository may have been renamed or moved: follow the API's current URL.
    const config = readFileSync(join(dir, 'config'), 'utf8');
    if (!config.includes(`\turl = ${configValue(url)}\n`) && !config.includes(`\turl = ${url}\n`)) await git(['config', 'remote.origin.url', url], run(dir));
    await git(['fetch', '--prune', '--quiet', '--no-write-fetch-head', 'origin'], run(dir));
    return { dir, action: 'fetched' };
  }
  mkdirSync(dirname(dir), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  try {
    await git(['init', '--bare', '--quiet', tmp], run(dirname(dir)));
    // The remote, written directly (one process instead of five `git config` calls).
    appendFileSync(join(tmp, 'config'), remoteSection(url));
    await git(['fetch', '--prune', '--quiet', '--no-write-fetch-head', 'origin'], run(tmp));
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return { dir, action: 'cloned' };
}

type LocalGit = Pick<MirrorOptions, 'env' | 'dropEnv'>;

/** The refs of a mirror and the objects they point at. */
export async function readTips(dir: string, local: LocalGit): Promise<Record<string, string>> {
  const out = await git(['for-each-ref', '--format=%(objectname) %(refname)'], { cwd: dir, env: gitEnvironment(local.env, undefined, undefined, local.dropEnv), scrub: [] });
  const tips: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp > 0) tips[line.slice(sp + 1)] = line.slice(0, sp);
  }
  return tips;
}

/** Which of these object ids the mirror still has. */
export async function existingObjects(dir: string, ids: string[], local: LocalGit): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const env = gitEnvironment(local.env, undefined, undefined, local.dropEnv);
  const out = await git(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { cwd: dir, env, scrub: [], input: `${ids.join('\n')}\n` });
  const have = new Set<string>();
  for (const line of out.split('\n')) {
    const [id, type] = line.split(' ');
    if (id && type && type !== 'missing') have.add(id);
  }
  return have;
}

export function readState(dir: string): RepoState | undefined {
  try {
    const s = JSON.parse(readFileSync(join(dir, STATE_FILE), 'utf8')) as RepoState;
    return s && s.version === 1 && s.tips && typeof s.tips === 'object' ? s : undefined;
  } catch {
    return undefined;
  }
}

export function writeState(dir: string, state: RepoState): void {
  const file = join(dir, STATE_FILE);
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, file);
}

/**
 * The rev-list arguments of an incremental scan: the tips that are new or moved since the last
 * scan, minus everything the old tips reached. null: nothing changed.
 */
export function incrementalRevs(previous: Record<string, string>, current: Record<string, string>, stillThere: Set<string>): string[] | null {
  const include = [...new Set(Object.entries(current).filter(([ref, id]) => previous[ref] !== id).map(([, id]) => id))];
  if (include.length === 0) return null;
  const exclude = [...new Set(Object.values(previous))].filter((id) => stillThere.has(id));
  return exclude.length ? [...include, '--not', ...exclude] : include;
}

/** Checks that a cache folder can be used (created when missing). */
export function prepareCache(cacheDir: string): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot create the cache folder ${cacheDir}: ${(e as Error).message}`, { cause: e });
  }
}
