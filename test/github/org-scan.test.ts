// `hookscan org` and `hookscan merge` end to end against a fake GitHub on 127.0.0.1 (REST with
// Link-header pagination over 120 repositories, rate-limit headers, one exhausted primary budget,
// one secondary-limit 403, auth required) whose clone URLs are served by `git http-backend` from
// bare repositories built here. Webhook URLs and the token are fabricated at run time.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIO } from '../../src/cli/index.js';
import type { JsonReport } from '../../src/report/index.js';
import { fabricate, rand } from '../support/fabricate.js';
import { validateSarifSchema } from '../support/sarif-validate.js';
import { addCommits } from './bare-repos.js';
import { FakeGitHub, type FakeRepo } from './fake-github.js';

const ORG = 'acme';
const TOKEN = `ghp_${rand('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 36)}`;
const N = 120;
const name = (i: number) => `r${String(i).padStart(3, '0')}`;
const FORKS = [5, 17, 33];
const ARCHIVED = [40, 41];
const BROKEN = 77;
const EMPTY = 119;

let root: string;
let gitRoot: string;
let shimLog: string;
let shimDir: string;
let gh: FakeGitHub;
/** fingerprint → repositories it must be reported in (by the default selection). */
const expected = new Map<string, Set<string>>();
/** Every fabricated URL, to check redaction. */
const allUrls: string[] = [];
const secrets: string[] = [];

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}
async function cli(argv: string[], env: Record<string, string> = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: root,
    env: { PATH: `${shimDir}:${process.env.PATH}`, HOME: root, HS_TOKEN: TOKEN, ...env },
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const t = Date.now();
  const code = await run(argv, io);
  return { code, stdout, stderr, ms: Date.now() - t };
}
const report = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as JsonReport;
const repoOf = (l: { repository?: string }) => l.repository ?? '';
const api = () => ['--github-api-url', gh.apiUrl, '--token-env', 'HS_TOKEN'];

/** Adds a fabricated URL of a kind to the expectations (when `found`) and returns it. */
function plant(kind: string, repos: string[], found: boolean): string {
  const { url, finding } = fabricate(kind);
  allUrls.push(url);
  secrets.push(finding.secret);
  if (found) expected.set(finding.fingerprint, new Set(repos.map((r) => `${ORG}/${r}`)));
  return url;
}

/** Every file under a folder except git objects (where the token could never be). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (e !== 'objects') out.push(...filesUnder(p));
    } else out.push(p);
  }
  return out;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hookscan-org-'));
  gitRoot = join(root, 'git');
  // A PATH shim in front of git: logs argv, the names of the config keys passed through the
  // environment, and whether the token's variable reached git.
  shimDir = join(root, 'shim');
  shimLog = join(root, 'git-argv.log');
  mkdirSync(shimDir);
  const realGit = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
  writeFileSync(
    join(shimDir, 'git'),
    [
      '#!/bin/sh',
      'rec="ARGV"',
      'for a in "$@"; do rec="$rec [$a]"; done',
      `keys=$(env | grep '^GIT_CONFIG_KEY_' | sort | sed 's/^/KEY /')`,
      'tv=""; [ -n "$HS_TOKEN" ] && tv="TOKEN-VAR-PRESENT"',
      // One write per process, so that concurrent gits do not interleave their records.
      `printf '%s\\n%s\\n%s\\n' "$rec" "$keys" "$tv" >> '${shimLog}'`,
      `exec '${realGit}' "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(join(shimDir, 'git'), 0o755);

  const repos: FakeRepo[] = [];
  const shared = plant('discord', ['r003', 'r004'], true);
  for (let i = 0; i < N; i++) {
    const r = name(i);
    const fork = FORKS.includes(i);
    const archived = ARCHIVED.includes(i);
    const broken = i === BROKEN;
    repos.push({ name: r, fork, archived, ...(broken ? { gitPath: `${ORG}/gone.git` } : {}) });
    const dir = join(gitRoot, ORG, `${r}.git`);
    if (i === EMPTY) {
      addCommits(dir, []);
      continue;
    }
    const files: Record<string, string> = { 'README.md': `# ${r}\n`, 'src/app.js': `console.log(${i});\n` };
    const scanned = !fork && !archived && !broken;
    if (i % 10 === 0) files['config/hooks.js'] = `module.exports = { notify: "${plant('slack', [r], scanned)}" };\n`;
    if (i === 3 || i === 4) files['notify.py'] = `URL = "${shared}"\n`;
    if (fork || i === BROKEN) files['leak.txt'] = `${plant('webhook-site', [r], false)}\n`;
    const commits = [{ files, message: 'initial' }];
    // The Slack URLs live only in history: the second commit removes them.
    commits.push({ files: i % 10 === 0 ? { 'config/hooks.js': null, 'src/app.js': `console.log(${i + 1});\n` } : { 'src/app.js': `console.log(${i + 1});\n` }, message: 'second' } as never);
    addCommits(dir, commits);
  }
  gh = new FakeGitHub({ org: ORG, token: TOKEN, repos, gitRoot, exhaustPrimaryOnce: true, secondaryOnce: true });
  await gh.start();
}, 120_000);

afterAll(async () => {
  await gh?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
}, 60_000);

function checkNoToken(...texts: string[]): void {
  for (const t of texts) {
    expect(t).not.toContain(TOKEN);
    expect(t).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'));
  }
}

function checkNoSecret(text: string): void {
  for (const s of secrets) expect(text).not.toContain(s);
}

describe('hookscan org', () => {
  let full: JsonReport;

  it(`scans ${N} repositories end to end: pagination, rate limits, header auth, skips, a failed clone`, async () => {
    const logStart = gh.log.length;
    const r = await cli(['org', ORG, ...api(), '--cache', 'cache', '-f', 'json', '-o', 'full.json', '-j', '8']);
    console.log(`hookscan org over ${N} repositories (first run, clones): ${r.ms} ms`);
    expect(r.code, r.stderr).toBe(1);
    full = report('full.json');
    const got = new Map(full.findings.map((f) => [f.fingerprint, new Set(f.locations.map(repoOf))]));
    expect(new Map([...got].map(([k, v]) => [k, [...v].sort()]))).toEqual(new Map([...expected].map(([k, v]) => [k, [...v].sort()])));
    // Every location names its repository; history locations carry their commit.
    for (const f of full.findings) for (const l of f.locations) expect(l.repository).toMatch(/^acme\/r\d{3}$/), expect(l.commit).toMatch(/^[0-9a-f]{40}$/);
    const repos = full.stats.repositories!;
    expect(repos).toMatchObject({ listed: N, selected: N - FORKS.length - ARCHIVED.length, scanned: N - FORKS.length - ARCHIVED.length - 1, failed: 1, unchanged: 0 });
    expect(repos.skipped).toEqual({ fork: FORKS.length, archived: ARCHIVED.length });
    expect(repos.failures).toEqual([{ repository: `${ORG}/${name(BROKEN)}`, stage: 'clone', error: expect.stringContaining('git fetch failed') }]);
    expect(r.stderr).toContain(`${ORG}/${name(BROKEN)}: clone failed`);

    // Pagination: two pages of 100, following the Link header.
    const api1 = gh.log.slice(logStart).filter((q) => q.path === `/api/v3/orgs/${ORG}/repos`);
    expect(api1.map((q) => q.query.get('page') ?? '1')).toEqual(['1', '2', '2']);
    expect(api1.every((q) => q.query.get('per_page') === '100')).toBe(true);
    // Primary budget spent after page 1 (reset about 1 s later): the next request waited for it.
    expect(gh.primaryResetAt).toBeGreaterThan(0);
    expect(api1[1].at).toBeGreaterThanOrEqual(gh.primaryResetAt * 1000);
    // Secondary limit with retry-after: 1 on page 2: retried one second later.
    expect(api1[1].status).toBe(403);
    expect(api1[2].at - api1[1].at).toBeGreaterThanOrEqual(950);
    expect(r.stderr).toMatch(/GitHub primary rate limit: waiting [12] s \(until \d\d:\d\d:\d\d UTC\) before GET \/orgs\/acme\/repos\n/);
    expect(r.stderr).toMatch(/GitHub secondary rate limit: waiting 1 s/);

    // git: every request carried the header (the fake answers 401 otherwise), none lacked it.
    const gitReqs = gh.log.slice(logStart).filter((q) => q.path.startsWith('/git/'));
    expect(gitReqs.length).toBeGreaterThan(2 * (N - 6));
    expect(gitReqs.filter((q) => q.auth !== 'ok')).toEqual([]);
    // Only the selected repositories were fetched (forks and archived ones never cloned).
    const fetched = new Set(gitReqs.map((q) => q.path.split('/')[3].replace(/\.git$/, '')));
    for (const i of [...FORKS, ...ARCHIVED]) expect(fetched.has(name(i))).toBe(false);
    expect(fetched.has('gone')).toBe(true);

    // The token: not in any output, argv, git config or cache file; its variable not in git's env.
    checkNoToken(r.stdout, r.stderr, readFileSync(join(root, 'full.json'), 'utf8'));
    const argvLog = readFileSync(shimLog, 'utf8');
    checkNoToken(argvLog);
    expect(argvLog).not.toContain('TOKEN-VAR-PRESENT');
    expect(argvLog).toMatch(/KEY GIT_CONFIG_KEY_\d+=http\.http:\/\/127\.0\.0\.1:\d+\/\.extraHeader/);
    expect(argvLog).toMatch(/ARGV \[fetch\] \[--prune\]/);
    for (const f of filesUnder(join(root, 'cache'))) checkNoToken(readFileSync(f, 'latin1'));
    const mirrorConfig = readFileSync(join(root, 'cache', `127.0.0.1_${gh.port}`, ORG, 'r010.git', 'config'), 'utf8');
    expect(mirrorConfig).toContain(`url = "${gh.gitUrl(`${ORG}/r010.git`)}"`);
    expect(mirrorConfig).not.toMatch(/extraHeader|authorization/i);
    checkNoSecret(readFileSync(join(root, 'full.json'), 'utf8'));
  }, 180_000);

  it('reuses the cache (fetch, not clone) and writes SARIF with repository-prefixed URIs', async () => {
    const logStart = gh.log.length;
    const argvStart = readFileSync(shimLog, 'utf8').length;
    const r = await cli(['org', ORG, ...api(), '--cache', 'cache', '-f', 'sarif', '-o', 'full.sarif', '-j', '8']);
    console.log(`hookscan org over ${N} repositories (second run, fetches): ${r.ms} ms`);
    expect(r.code, r.stderr).toBe(1);
    // Mirrors reused: only the repository that failed to clone is initialised again.
    const argv = readFileSync(shimLog, 'utf8').slice(argvStart).split('\n').filter((l) => l.startsWith('ARGV'));
    expect(argv.filter((l) => l.startsWith('ARGV [init]'))).toHaveLength(1);
    expect(argv.filter((l) => l.startsWith('ARGV [fetch]'))).toHaveLength(N - 5);
    const sarif = JSON.parse(readFileSync(join(root, 'full.sarif'), 'utf8'));
    const results = sarif.runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; properties: { repository: string; fingerprint: string } }[];
    expect(sarif.runs).toHaveLength(1);
    expect(new Set(results.map((x) => x.properties.fingerprint))).toEqual(new Set(expected.keys()));
    for (const x of results) expect(x.locations[0].physicalLocation.artifactLocation.uri.startsWith(`${x.properties.repository}/`)).toBe(true);
    expect(results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri)).toContain('acme/r010/config/hooks.js');
    expect(validateSarifSchema(sarif)).toEqual([]);
    // Pages fetched again, but no new clone: each mirror only fetched.
    expect(gh.log.slice(logStart).filter((q) => q.path.startsWith('/git/') && q.auth !== 'ok')).toEqual([]);
  }, 180_000);

  it('--since-last-run scans only new commits', async () => {
    const quiet = await cli(['org', ORG, ...api(), '--cache', 'cache', '--since-last-run', '-f', 'json', '-o', 'inc0.json', '-j', '8']);
    expect(quiet.code, quiet.stderr).toBe(0);
    const r0 = report('inc0.json');
    expect(r0.findings).toEqual([]);
    expect(r0.stats.repositories).toMatchObject({ incremental: true, scanned: 0, unchanged: N - 6, failed: 1 });

    // New work: a new secret on main in r010 (next to its old, already reported one), a new branch
    // with a secret in r020, a harmless commit in r030.
    const newOnMain = plant('telegram', ['r010'], false);
    const newBranch = plant('slack', ['r020'], false);
    addCommits(join(gitRoot, ORG, 'r010.git'), [{ files: { 'ops/alert.sh': `curl ${newOnMain}\n` } }]);
    addCommits(join(gitRoot, ORG, 'r020.git'), [{ branch: 'feature', files: { 'hooks.yaml': `url: ${newBranch}\n` } }]);
    addCommits(join(gitRoot, ORG, 'r030.git'), [{ files: { 'README.md': '# r030, again\n' } }]);
    const r = await cli(['org', ORG, ...api(), '--cache', 'cache', '--since-last-run', '-f', 'json', '-o', 'inc1.json', '-j', '8']);
    console.log(`hookscan org --since-last-run over ${N} repositories, 3 changed: ${r.ms} ms`);
    expect(r.code, r.stderr).toBe(1);
    const r1 = report('inc1.json');
    expect(r1.findings.map((f) => [f.ruleId.split('-')[0], f.locations.map(repoOf)]).sort()).toEqual([
      ['slack', ['acme/r020']],
      ['telegram', ['acme/r010']],
    ]);
    expect(r1.stats.repositories).toMatchObject({ scanned: 3, unchanged: N - 6 - 3 });
    expect(r1.stats.commitsScanned).toBe(3);

    const again = await cli(['org', ORG, ...api(), '--cache', 'cache', '--since-last-run', '-f', 'json', '-o', 'inc2.json']);
    expect(again.code, again.stderr).toBe(0);
    expect(report('inc2.json').findings).toEqual([]);
    // Restore the expectations of a full scan for the tests that follow.
    for (const f of r1.findings) expected.set(f.fingerprint, new Set(f.locations.map(repoOf)));
  }, 180_000);

  it('--shard I/N: disjoint shards whose union is the whole run; merge gives the full report back', async () => {
    const fetchedBy: Set<string>[] = [];
    for (const i of [1, 2, 3]) {
      const start = gh.log.length;
      const r = await cli(['org', ORG, ...api(), '--cache', 'cache', '--shard', `${i}/3`, '-f', 'json', '-o', `shard-${i}.json`, '-j', '8']);
      expect([0, 1]).toContain(r.code);
      fetchedBy.push(new Set(gh.log.slice(start).filter((q) => q.path.startsWith('/git/')).map((q) => q.path.split('/')[3])));
    }
    // Disjoint and complete: every selected repository fetched by exactly one shard.
    const all = fetchedBy.flatMap((s) => [...s]);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(N - FORKS.length - ARCHIVED.length);
    const shards = [1, 2, 3].map((i) => report(`shard-${i}.json`));
    expect(shards.reduce((n, s) => n + s.stats.repositories!.selected, 0)).toBe(N - FORKS.length - ARCHIVED.length);
    for (const s of shards) expect(s.stats.repositories!.listed).toBe(N);
    // Each repository's findings appear in its own shard only.
    const reposOfShard = shards.map((s) => new Set(s.findings.flatMap((f) => f.locations.map(repoOf))));
    for (let a = 0; a < 3; a++) for (let b = a + 1; b < 3; b++) for (const x of reposOfShard[a]) expect(reposOfShard[b].has(x)).toBe(false);

    const m = await cli(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '-f', 'json', '-o', 'merged.json', '--summary', 'summary.md']);
    expect(m.code, m.stderr).toBe(1);
    expect(m.stderr).toBe('');
    const merged = report('merged.json');
    expect(new Map(merged.findings.map((f) => [f.fingerprint, new Set(f.locations.map(repoOf))]))).toEqual(expected);
    const discord = merged.findings.find((f) => f.ruleId.startsWith('discord'))!;
    expect(new Set(discord.locations.map(repoOf))).toEqual(new Set(['acme/r003', 'acme/r004']));
    expect(merged.stats.repositories).toMatchObject({ listed: N, selected: N - 5, scanned: N - 6, failed: 1, shards: ['1/3', '2/3', '3/3'], skipped: { fork: 3, archived: 2 } });
    const summary = readFileSync(join(root, 'summary.md'), 'utf8');
    expect(summary).toContain('| acme/r003 | 1 |');
    expect(summary).toContain('acme/r077');
    checkNoSecret(summary);
    checkNoSecret(readFileSync(join(root, 'merged.json'), 'utf8'));

    // Any format out; a missing shard is pointed out.
    const s = await cli(['merge', 'shard-1.json', 'shard-3.json', '-f', 'sarif', '-o', 'merged.sarif']);
    expect(s.stderr).toContain('shard 2/3 missing from the merge');
    expect(validateSarifSchema(JSON.parse(readFileSync(join(root, 'merged.sarif'), 'utf8')))).toEqual([]);
    const t = await cli(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json']);
    expect(t.stdout).toMatch(/115 of 120 repositories: 114 scanned, 1 failed, 5 skipped \(3 fork, 2 archived\) · shards 1\/3, 2\/3, 3\/3/);
    checkNoSecret(t.stdout);
  }, 240_000);

  it('merge refuses what it cannot merge', async () => {
    writeFileSync(join(root, 'not-json.json'), 'nope');
    expect((await cli(['merge', 'not-json.json'])).code).toBe(2);
    expect((await cli(['merge', 'full.sarif'])).stderr).toContain('not a hookscan JSON report');
    const r = await cli(['merge', 'shard-1.json', '--no-redact']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('redacted URLs only');
  });

  it('--repos filters by name; forks and archived repositories come back with the flags', async () => {
    const r = await cli(['org', ORG, ...api(), '--cache', 'cache', '--repos', 'r00*,!r001', '--include-forks', '--include-archived', '-f', 'json', '-o', 'filtered.json']);
    expect(r.code, r.stderr).toBe(1);
    const rep = report('filtered.json');
    expect(rep.stats.repositories).toMatchObject({ selected: 9, skipped: { filtered: N - 9 } });
    // r005 is a fork: now scanned, so its capture URL is found.
    expect(rep.findings.some((f) => f.locations.some((l) => l.repository === 'acme/r005') && f.kind === 'exfil-sink')).toBe(true);
  }, 120_000);

  it('fails cleanly on a wrong token, never printing it', async () => {
    const wrong = `ghp_${randomBytes(18).toString('hex')}`;
    const r = await cli(['org', ORG, ...api(), '--cache', 'cache'], { HS_TOKEN: wrong });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rejected the token');
    expect(r.stderr + r.stdout).not.toContain(wrong);
    expect(gh.log.at(-1)).toMatchObject({ status: 401, auth: 'wrong' });
    const missing = await cli(['org', ORG, '--github-api-url', gh.apiUrl, '--token-env', 'NOPE', '--cache', 'cache']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no token: set NOPE');
    const unknownOrg = await cli(['org', 'nobody', ...api(), '--cache', 'cache']);
    expect(unknownOrg.code).toBe(2);
    expect(unknownOrg.stderr).toContain("organisation 'nobody' not found");
    const shard = await cli(['org', ORG, ...api(), '--shard', '4/3']);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('1 ≤ I ≤ N');
  });
});
