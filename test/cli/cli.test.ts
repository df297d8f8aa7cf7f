// The CLI in-process through run(argv, io), plus one spawned smoke test of bin/hookscan.cjs.
// Webhook URLs are fabricated at run time (crypto random) so this file holds no secret.
import { execFile, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/index.js';
import { providerTable } from '../../src/cli/providers-table.js';
import { loadProviders } from '../../src/patterns/index.js';
import { cli, type Ran } from '../support/cli.js';
import { webhook } from '../support/fabricate.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

// ---- fabricated URLs ------------------------------------------------------------------------
const slack = () => webhook('slack');
const discord = () => webhook('discord');

// ---- in-process CLI -------------------------------------------------------------------------
/** A usage error: exit 2, nothing on stdout, and the stderr names the problem. */
function expectUsageError(r: Ran, ...mentions: (string | RegExp)[]) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim()).not.toBe('');
  for (const m of mentions) typeof m === 'string' ? expect(r.stderr).toContain(m) : expect(r.stderr).toMatch(m);
}

interface JsonLocation {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface JsonFinding {
  fingerprint: string;
  ruleId: string;
  provider: string;
  kind: string;
  url: string;
  encoding: string;
  severity: string;
  locations: JsonLocation[];
}
interface JsonReport {
  version: number;
  redacted: boolean;
  findings: JsonFinding[];
  stats: Record<string, unknown> & { filesScanned: number; findings: number; suppressed: number };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hookscan-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});
function write(rel: string, text: string | Buffer): string {
  const file = join(dir, rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('hookscan scan: exit codes', () => {
  it('0 on a clean folder, with a summary on stdout', async () => {
    write('src/app.js', 'export const answer = 42;\n');
    write('README.md', '# nothing to see\nhttps://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n');
    const r = await cli(['scan'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/no webhook URLs found/);
  });

  it('1 when something is found', async () => {
    write('deploy.env', `SLACK=${slack().url}\n`);
    const r = await cli(['scan'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 finding/);
  });

  it('scans the paths given, relative to cwd', async () => {
    write('a/hook.env', `SLACK=${slack().url}\n`);
    write('b/clean.txt', 'nothing\n');
    expect((await cli(['scan', 'b'], dir)).code).toBe(0);
    expect((await cli(['scan', 'a'], dir)).code).toBe(1);
    expect((await cli(['scan', 'b', 'a/hook.env'], dir)).code).toBe(1);
    expect((await cli(['scan', join(dir, 'a')], tmpdir())).code).toBe(1);
  });

  it('--fail-on none exits 0 but still reports', async () => {
    write('deploy.env', `SLACK=${slack().url}\n`);
    const r = await cli(['scan', '--fail-on', 'none', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonReport).findings).toHaveLength(1);
    expect((await cli(['scan', '--fail-on', 'any'], dir)).code).toBe(1);
  });

  it('2 on a path that does not exist', async () => {
    write('a.txt', 'x\n');
    expectUsageError(await cli(['scan', 'no-such-folder'], dir), 'no-such-folder');
  });

  it.each([
    [['scan', '--frobnicate'], /frobnicate/],
    [['scan', '--format', 'xml'], /xml/],
    [['scan', '--fail-on', 'sometimes'], /sometimes/],
    [['scan', '--max-file-size', 'huge'], /huge|size/],
    [['frobnicate'], /frobnicate/],
  ])('2 on a bad flag or command: %j', async (argv, mention) => {
    write('a.txt', 'x\n');
    expectUsageError(await cli(argv, dir), mention);
  });

  it.each(['0', '-3', 'abc', '1.5', ''])('2 on --jobs %j', async (n) => {
    write('a.txt', 'x\n');
    expectUsageError(await cli(['scan', '--jobs', n], dir), '--jobs');
  });

  it('--jobs 1 and -j 3 work', async () => {
    write('a.env', `A=${slack().url}\n`);
    write('b.env', `B=${discord().url}\n`);
    const one = JSON.parse((await cli(['scan', '--jobs', '1', '-f', 'json'], dir)).stdout) as JsonReport;
    const three = JSON.parse((await cli(['scan', '-j', '3', '-f', 'json'], dir)).stdout) as JsonReport;
    expect(one.findings).toHaveLength(2);
    expect(three.findings.map((f) => f.fingerprint)).toEqual(one.findings.map((f) => f.fingerprint));
  });

  it('--include-dependencies walks node_modules, which is skipped by default', async () => {
    write('node_modules/evil/index.js', `fetch("${discord().url}", { method: "POST" });\n`);
    expect((await cli(['scan'], dir)).code).toBe(0);
    expect((await cli(['scan', '--include-dependencies'], dir)).code).toBe(1);
  });
});

describe('hookscan scan --format json', () => {
  it('follows the contract', async () => {
    const s = slack();
    // line 3; column counts code points: 'é' is one column although two bytes
    write('config/app.env', `# settings\nAPP=1\né="${s.url}"\n`);
    const r = await cli(['scan', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.version).toBe(1);
    expect(report.redacted).toBe(true);
    expect(report.findings).toHaveLength(1);
    const f = report.findings[0];
    expect(f.fingerprint).toMatch(/^[0-9a-f]{16,}$/);
    expect(f.ruleId).toBe('slack-incoming-webhook');
    expect(f.provider).toBe('slack');
    expect(f.kind).toBe('credential');
    expect(['critical', 'high', 'medium', 'low']).toContain(f.severity);
    expect(f.encoding).toBe('plain');
    expect(f.url).toMatch(/^https:\/\/hooks\.slack\.com\/services\//);
    expect(f.url).not.toBe(s.url);
    expect(f.locations).toEqual([
      expect.objectContaining({ path: 'config/app.env', line: 3, column: 4, endLine: 3, endColumn: 4 + s.url.length }),
    ]);
    for (const k of ['filesScanned', 'bytesScanned', 'filesSkipped', 'findings', 'suppressed', 'durationMs']) {
      expect(typeof report.stats[k], `stats.${k}`).toBe('number');
    }
    expect(report.stats.filesScanned).toBe(1);
    expect(report.stats.findings).toBe(1);
  });

  it('one finding per (rule, secret) with every location; kinds are credential or exfil-sink', async () => {
    const s = slack();
    const sink = `https://webhook.site/${randomUUID()}`;
    write('a.env', `A=${s.url}\n`);
    write('b/c.json', `{\n  "hook": "${s.url}",\n  "sink": "${sink}"\n}\n`);
    const report = JSON.parse((await cli(['scan', '-f', 'json'], dir)).stdout) as JsonReport;
    expect(report.findings).toHaveLength(2);
    const slackFinding = report.findings.find((f) => f.provider === 'slack')!;
    expect(slackFinding.locations.map((l) => `${l.path}:${l.line}`).sort()).toEqual(['a.env:1', 'b/c.json:2']);
    const sinkFinding = report.findings.find((f) => f.provider === 'webhook-site')!;
    expect(sinkFinding.kind).toBe('exfil-sink');
  });

  it('reports an escaped URL decoded, with its encoding', async () => {
    const s = slack();
    write('x.json', `{"hook":"${s.url.replaceAll('/', '\\/')}"}\n`);
    const report = JSON.parse((await cli(['scan', '-f', 'json', '--no-redact'], dir)).stdout) as JsonReport;
    expect(report.redacted).toBe(false);
    expect(report.findings.map((f) => [f.url, f.encoding])).toEqual([[s.url, 'escaped']]);
  });
});

describe('hookscan scan: text report', () => {
  it('shows provider, redacted URL, path:line:column, a fix hint and the fingerprint', async () => {
    const s = slack();
    write('ci/notify.sh', `#!/bin/sh\ncurl -X POST "${s.url}" -d '{}'\n`);
    const r = await cli(['scan'], dir);
    const json = JSON.parse((await cli(['scan', '-f', 'json'], dir)).stdout) as JsonReport;
    expect(r.stdout).toContain('Slack');
    expect(r.stdout).toContain('ci/notify.sh:2:15');
    expect(r.stdout).toContain(json.findings[0].url);
    expect(r.stdout).toContain(json.findings[0].fingerprint);
    expect(r.stdout).toMatch(/fix: \S/);
    expect(r.stdout).not.toContain(s.secret);
  });

  it('--verbose lists skipped files', async () => {
    write('blob.bin', Buffer.from([0x89, 0x50, 0x00, 0x00, 0x01, 0x02]));
    write('a.txt', 'x\n');
    const quiet = await cli(['scan'], dir);
    expect(quiet.stdout).toMatch(/1 skipped/);
    expect(quiet.stdout).not.toContain('blob.bin');
    const loud = await cli(['scan', '--verbose'], dir);
    expect(loud.stdout).toContain('blob.bin');
    expect(loud.stdout).toMatch(/binary/);
  });
});

describe('hookscan scan --output', () => {
  it('writes the report to the file and nothing to stdout', async () => {
    write('a.env', `A=${slack().url}\n`);
    const r = await cli(['scan', '-f', 'json', '--output', 'report.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as JsonReport;
    expect(report.findings).toHaveLength(1);
    expect(report.redacted).toBe(true);
  });

  it('with --no-redact the file gets mode 0600 and stderr warns', async () => {
    const s = slack();
    write('a.env', `A=${s.url}\n`);
    const out = join(dir, 'full.json');
    // an existing, world-readable file is tightened too
    writeFileSync(out, '{}');
    chmodSync(out, 0o644);
    const r = await cli(['scan', '-f', 'json', '--no-redact', '-o', 'full.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(r.stderr).toContain('full.json');
    expect(r.stderr).toMatch(/unredacted|0600/);
    expect(r.stderr).not.toContain(s.secret);
    expect((JSON.parse(readFileSync(out, 'utf8')) as JsonReport).findings[0].url).toBe(s.url);
  });

  it('an unwritable output path is exit 2 naming it', async () => {
    write('a.env', `A=${slack().url}\n`);
    expectUsageError(await cli(['scan', '-o', 'no/such/dir/report.txt'], dir), 'no/such/dir/report.txt');
  });
});

describe('baselines', () => {
  it('--baseline with an earlier JSON report drops its findings; a new URL is still reported', async () => {
    const old1 = slack();
    const old2 = discord();
    write('src/a.env', `A=${old1.url}\nB=${old2.url}\n`);
    const first = await cli(['scan', '-f', 'json', '-o', 'base.json'], dir);
    expect(first.code).toBe(1);
    const baseFile = join(dir, 'base.json');
    const accepted = await cli(['scan', '--baseline', baseFile], dir);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/no webhook URLs found/);
    expect(accepted.stdout).toMatch(/2 suppressed/);

    // the old URLs moved to another file: still accepted (fingerprints have no location)
    write('src/a.env', `# moved\n`);
    write('lib/moved.env', `\n\nB=${old2.url}\nA=${old1.url}\n`);
    expect((await cli(['scan', '--baseline', 'base.json'], dir)).code).toBe(0);

    const fresh = slack();
    write('src/new.env', `C=${fresh.url}\n`);
    const r = await cli(['scan', '--baseline', 'base.json', '-f', 'json', '--no-redact'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.map((f) => f.url)).toEqual([fresh.url]);
    expect(report.stats.suppressed).toBe(2);
  });

  it('a baseline that is not a JSON report is exit 2 naming it', async () => {
    write('a.env', `A=${slack().url}\n`);
    write('base.json', '[1, 2');
    expectUsageError(await cli(['scan', '--baseline', 'base.json'], dir), 'base.json');
    write('base2.json', '{"results": []}');
    expectUsageError(await cli(['scan', '--baseline', 'base2.json'], dir), 'base2.json');
    expectUsageError(await cli(['scan', '--baseline', 'missing.json'], dir), 'missing.json');
  });

  it('hookscan baseline -o FILE writes a usable, redacted baseline', async () => {
    const a = slack();
    const b = discord();
    write('src/a.env', `A=${a.url}\nB=${b.url}\n`);
    const r = await cli(['baseline', '-o', 'accepted.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/2 finding/);
    const text = readFileSync(join(dir, 'accepted.json'), 'utf8');
    expect(text).not.toContain(a.secret);
    expect(text).not.toContain(b.secret);
    const doc = JSON.parse(text) as JsonReport;
    expect(doc.version).toBe(1);
    expect(doc.findings).toHaveLength(2);

    expect((await cli(['scan'], dir)).code).toBe(1);
    const accepted = await cli(['scan', '--baseline', 'accepted.json'], dir);
    expect(accepted.code).toBe(0);

    const c = slack();
    write('src/c.env', `C=${c.url}\n`);
    const next = await cli(['scan', '-b', 'accepted.json', '-f', 'json', '--no-redact'], dir);
    expect(next.code).toBe(1);
    expect((JSON.parse(next.stdout) as JsonReport).findings.map((f) => f.url)).toEqual([c.url]);
  });

  it('hookscan baseline writes .hookscan-baseline.json by default', async () => {
    write('a.env', `A=${slack().url}\n`);
    expect((await cli(['baseline'], dir)).code).toBe(0);
    expect(existsSync(join(dir, '.hookscan-baseline.json'))).toBe(true);
    expect((await cli(['scan', '--baseline', '.hookscan-baseline.json'], dir)).code).toBe(0);
  });
});

describe('hookscan providers', () => {
  it('--format markdown is the provider table', async () => {
    const r = await cli(['providers', '--format', 'markdown'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(providerTable(loadProviders(), 'markdown'));
    expect(r.stdout.split('\n')[0]).toMatch(/^\| Provider \|/);
  });

  it('--format json lists every provider and pattern id', async () => {
    const r = await cli(['providers', '-f', 'json'], dir);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { provider: string; patterns: string[]; hosts: string[] }[];
    const providers = loadProviders();
    expect(rows.map((x) => x.provider)).toEqual(providers.map((p) => p.id));
    expect(rows.flatMap((x) => x.patterns)).toEqual(providers.flatMap((p) => p.patterns.map((q) => q.id)));
    for (const row of rows) expect(row.hosts.length, row.provider).toBeGreaterThan(0);
  });

  it('text (default) names every provider', async () => {
    const r = await cli(['providers'], dir);
    expect(r.code).toBe(0);
    for (const p of loadProviders()) expect(r.stdout).toContain(p.name);
  });

  it('an unknown format is exit 2', async () => {
    expectUsageError(await cli(['providers', '--format', 'html'], dir), 'html');
  });
});

describe('help and version', () => {
  // The flags promised by architecture.md and the README.
  const CONTRACT_FLAGS = [
    '--format', '--output', '--no-redact', '--config', '--baseline', '--fail-on', '--jobs',
    '--max-file-size', '--include-dependencies', '--patterns', '--verbose', '--quiet',
  ];

  it('scan --help mentions every flag and exits 0', async () => {
    const r = await cli(['scan', '--help'], dir);
    expect(r.code).toBe(0);
    for (const flag of CONTRACT_FLAGS) expect(r.stdout, flag).toContain(flag);
    const scanCmd = buildProgram({ stdout: { write: () => true }, stderr: { write: () => true }, cwd: dir, env: {} }, () => {})
      .commands.find((c) => c.name() === 'scan')!;
    for (const o of scanCmd.options) expect(r.stdout, o.long).toContain(o.long!);
    expect(r.stdout).toMatch(/Exit codes/);
  });

  it('--help lists the commands', async () => {
    const r = await cli(['--help'], dir);
    expect(r.code).toBe(0);
    for (const c of ['scan', 'baseline', 'providers']) expect(r.stdout).toContain(c);
  });

  it.each(['--version', '-V'])('%s prints the package version', async (flag) => {
    const r = await cli([flag], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(PKG.version);
  });
});

describe('terminal behaviour', () => {
  const ESC = '\x1b[';

  it('colours the text report only when stdout is a terminal', async () => {
    write('a.env', `A=${slack().url}\n`);
    const tty = await cli(['scan'], dir, { stdoutIsTTY: true });
    expect(tty.stdout).toContain(ESC);
    const pipe = await cli(['scan'], dir, { stdoutIsTTY: false });
    expect(pipe.stdout).not.toContain(ESC);
    const noColor = await cli(['scan'], dir, { stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain(ESC);
    const json = await cli(['scan', '-f', 'json'], dir, { stdoutIsTTY: true });
    expect(json.stdout).not.toContain(ESC);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    await cli(['scan', '-o', 'report.txt'], dir, { stdoutIsTTY: true });
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).not.toContain(ESC);
  });

  it('shows progress only on a stderr terminal, never with --quiet, never on stdout', async () => {
    for (let i = 0; i < 5; i++) write(`f${i}.txt`, `file ${i}\n`);
    write('a.env', `A=${slack().url}\n`);
    const tty = await cli(['scan'], dir, { stderrIsTTY: true, stdoutIsTTY: true });
    expect(tty.stderr).toMatch(/scanning \d+/);
    expect(tty.stdout).not.toContain('\r');
    expect(tty.stdout).not.toMatch(/scanning \d+/);

    const quiet = await cli(['scan', '--quiet'], dir, { stderrIsTTY: true });
    expect(quiet.stderr).toBe('');
    const q = await cli(['scan', '-q'], dir, { stderrIsTTY: true });
    expect(q.stderr).toBe('');

    const pipe = await cli(['scan'], dir, { stderrIsTTY: false });
    expect(pipe.stderr).toBe('');
  });
});

describe('bin/hookscan.cjs (spawned)', () => {
  const distEntry = join(ROOT, 'dist', 'cli', 'index.js');

  /** True when dist/ is missing or older than a source file. */
  function distIsStale(): boolean {
    if (!existsSync(distEntry)) return true;
    const built = statSync(distEntry).mtimeMs;
    const walk = (d: string): boolean =>
      readdirSync(d, { withFileTypes: true }).some((e) =>
        e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.ts') && statSync(join(d, e.name)).mtimeMs > built,
      );
    return walk(join(ROOT, 'src'));
  }

  beforeAll(() => {
    if (!distIsStale()) return;
    // tsc emits even when another engineer's half-written file has a type error; only a missing
    // entry point is fatal for this test.
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8', timeout: 18_000 });
    if (!existsSync(distEntry)) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  }, 20_000);

  it('scans a temporary folder: exit 1 and a redacted finding', async () => {
    const s = slack();
    write('app/config.yml', `notify:\n  slack: "${s.url}"\n`);
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [join(ROOT, 'bin', 'hookscan.cjs'), 'scan', '.', '--format', 'json'], { cwd: dir, env, timeout: 15_000 }, (err, stdout, stderr) =>
        done({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
      );
    });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].provider).toBe('slack');
    expect(report.findings[0].locations[0]).toMatchObject({ path: 'app/config.yml', line: 2 });
    expect(r.stdout + r.stderr).not.toContain(s.secret);
  }, 20_000);
});
