// The application layer: each command is a function from a typed request to { result, rendered,
// exitCode }, with no process, no streams and no commander. The shells only adapt to it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baselineCommand, scanCommand, underPaths } from '../../src/app/scan.js';
import { hookCommand } from '../../src/app/hook.js';
import { mergeCommand } from '../../src/app/merge.js';
import { blocklistCommand } from '../../src/app/blocklist.js';
import { revokeCommand } from '../../src/app/revoke.js';
import { renderResult } from '../../src/app/render.js';
import { UsageError } from '../../src/errors.js';
import { webhook } from '../support/fabricate.js';

const dirs: string[] = [];
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookscan-app-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('scanCommand', () => {
  const slack = webhook('slack');
  const discord = webhook('discord');
  const dir = workspace({ 'a.js': `const hook = "${slack.url}";\n`, 'b.py': `URL = "${discord.url}"\n`, 'clean.txt': 'nothing here\n' });

  it('returns the findings, a masked rendering and the exit code of the fail-on policy', async () => {
    const r = await scanCommand({ paths: [], cwd: dir, format: 'json', failOn: 'any' });
    expect(r.result.findings.map((f) => f.provider).sort()).toEqual(['discord', 'slack']);
    expect(r.exitCode).toBe(1);
    for (const s of [slack.secret, discord.secret]) expect(r.rendered).not.toContain(s);
    const none = await scanCommand({ paths: [], cwd: dir, format: 'text', failOn: 'none' });
    expect(none.exitCode).toBe(0);
  });

  it('shows secrets only when asked (noRedact)', async () => {
    const r = await scanCommand({ paths: ['a.js'], cwd: dir, format: 'json', failOn: 'any', noRedact: true });
    expect(r.rendered).toContain(slack.secret);
  });

  it('refuses fail-on live without verification, and a bad verify setting before reading anything', async () => {
    await expect(scanCommand({ paths: [], cwd: dir, format: 'text', failOn: 'live' })).rejects.toThrow(UsageError);
    await expect(scanCommand({ paths: [], cwd: join(dir, 'missing'), format: 'text', failOn: 'any', verify: { providers: ['nope'] } })).rejects.toThrow(/no such file/);
    await expect(scanCommand({ paths: [], cwd: dir, format: 'text', failOn: 'any', verify: { providers: ['nope'] } })).rejects.toThrow(/unknown provider 'nope'/);
    await expect(scanCommand({ paths: ['clean.txt'], cwd: dir, format: 'text', failOn: 'any', verify: { origins: ['nope=https://127.0.0.1:1'] } })).rejects.toThrow(/unknown provider 'nope'/);
  });

  it('keeps only the locations under `within`', async () => {
    const r = await scanCommand({ paths: [], cwd: dir, format: 'json', failOn: 'any', within: ['b.py'] });
    expect(r.result.findings.map((f) => f.provider)).toEqual(['discord']);
    expect(r.result.stats.findings).toBe(1);
    expect(underPaths(r.result.findings, ['.'], dir)).toHaveLength(1);
  });

  it('calls onScanned once, with the findings, before rendering', async () => {
    const seen: number[] = [];
    await scanCommand({ paths: [], cwd: dir, format: 'sarif', failOn: 'any', onScanned: (res) => seen.push(res.findings.length) });
    expect(seen).toEqual([2]);
  });

  it('a baseline is redacted JSON whose fingerprints a later scan skips', async () => {
    const b = await baselineCommand({ paths: [], cwd: dir });
    expect(b.exitCode).toBe(0);
    for (const s of [slack.secret, discord.secret]) expect(b.rendered).not.toContain(s);
    const file = join(dir, 'baseline.json');
    writeFileSync(file, b.rendered);
    const again = await scanCommand({ paths: [], cwd: dir, format: 'text', failOn: 'any', baselineFile: 'baseline.json' });
    expect(again.result.findings).toHaveLength(0);
    expect(again.exitCode).toBe(0);
    rmSync(file);
  });
});

describe('renderResult', () => {
  it('masks every form of the secret whatever the renderer wrote', async () => {
    const slack = webhook('slack');
    const dir = workspace({ 'x.js': `"${slack.url}"\n` });
    const { result, patterns } = await scanCommand({ paths: [], cwd: dir, format: 'text', failOn: 'any' });
    // A renderer that leaked the secret (here: the unredacted URL in the text) is masked anyway.
    result.stats.skipped.push({ path: `leak ${slack.url}`, reason: 'unreadable' } as never);
    for (const format of ['text', 'json', 'sarif'] as const) {
      const text = renderResult(result, { format, patterns, verbose: true });
      expect(text).not.toContain(slack.secret);
    }
  });
});

describe('hookCommand', () => {
  it('pre-commit blocks a staged webhook with what to do next, and passes a clean index', async () => {
    const slack = webhook('slack');
    const dir = workspace({});
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    writeFileSync(join(dir, 'ok.txt'), 'fine\n');
    git('add', 'ok.txt');
    expect((await hookCommand({ kind: 'pre-commit', cwd: dir })).exitCode).toBe(0);
    writeFileSync(join(dir, 'bad.js'), `const u = "${slack.url}";\n`);
    git('add', 'bad.js');
    const r = await hookCommand({ kind: 'pre-commit', cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.rendered).toContain('commit blocked');
    expect(r.rendered).not.toContain(slack.secret);
  });

  it('pre-push with nothing pushed (a deletion) scans nothing', async () => {
    const r = await hookCommand({ kind: 'pre-push', cwd: tmpdir(), stdin: `(delete) ${'0'.repeat(40)} refs/heads/x ${'1'.repeat(40)}\n` });
    expect(r).toEqual({ result: undefined, rendered: '', exitCode: 0 });
  });
});

describe('mergeCommand', () => {
  it('joins shard reports, deduplicates and warns of a missing shard', async () => {
    const slack = webhook('slack');
    const dir = workspace({ 'a.js': `"${slack.url}"\n` });
    const one = await scanCommand({ paths: [], cwd: dir, format: 'json', failOn: 'any' });
    const doc = JSON.parse(one.rendered);
    doc.stats.repositories = { listed: 2, selected: 2, scanned: 1, unchanged: 0, failed: 0, skipped: {}, failures: [], shards: ['1/3'] };
    writeFileSync(join(dir, 's1.json'), JSON.stringify(doc));
    writeFileSync(join(dir, 's2.json'), JSON.stringify({ ...doc, stats: { ...doc.stats, repositories: { ...doc.stats.repositories, shards: ['2/3'] } } }));
    const r = mergeCommand({ files: ['s1.json', 's2.json'], cwd: dir, format: 'json', failOn: 'any', summary: true });
    expect(r.result.findings).toHaveLength(1);
    expect(r.exitCode).toBe(1);
    expect(r.warnings.join('\n')).toContain('3/3');
    expect(r.summary).toBeTruthy();
    expect(mergeCommand({ files: ['s1.json'], cwd: dir, format: 'text', failOn: 'none' }).exitCode).toBe(0);
    expect(() => mergeCommand({ files: ['s1.json'], cwd: dir, format: 'text', failOn: 'any', noRedact: true })).toThrow(/redacted URLs only/);
  });
});

describe('blocklistCommand', () => {
  it('renders the domains for a filter, dated as asked', () => {
    const r = blocklistCommand({ format: 'plain', kind: 'all', date: new Date(0), cwd: tmpdir() });
    expect(r.exitCode).toBe(0);
    expect(r.result.length).toBeGreaterThan(20);
    expect(r.rendered).toContain('1970-01-01');
    expect(r.rendered).toContain('hooks.slack.com');
  });
});

describe('revokeCommand', () => {
  it('prints the plan without sending; apply without a way to confirm is refused', async () => {
    const discord = webhook('discord');
    const dir = workspace({ 'a.js': `"${discord.url}"\n` });
    const scanned = await scanCommand({ paths: [], cwd: dir, format: 'json', failOn: 'any', noRedact: true });
    const doc = JSON.parse(scanned.rendered);
    for (const f of doc.findings) f.verification = { status: 'live', checkedAt: new Date(0).toISOString() };
    writeFileSync(join(dir, 'findings.json'), JSON.stringify(doc));
    const plan = await revokeCommand({ file: 'findings.json', cwd: dir, env: {}, format: 'text' });
    expect(plan.exitCode).toBe(0);
    expect(plan.rendered).not.toContain(discord.secret);
    expect(plan.result.plan.steps).toHaveLength(1);
    await expect(revokeCommand({ file: 'findings.json', cwd: dir, env: {}, format: 'text', apply: true })).rejects.toThrow(/add --yes/);
    let asked = 0;
    await expect(
      revokeCommand({ file: 'findings.json', cwd: dir, env: {}, format: 'text', apply: true, confirm: async (text) => (asked++, expect(text).not.toContain(discord.secret), false) }),
    ).rejects.toThrow(/not confirmed/);
    expect(asked).toBe(1);
    expect(readFileSync(join(dir, 'findings.json'), 'utf8')).toContain(discord.secret);
  });
});
