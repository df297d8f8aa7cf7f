// `hookscan scan --verify` in-process through run(argv, io), against fake provider servers on
// 127.0.0.1 reached through --verify-origin. Fabricated URLs only, written to a temp folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fabricate } from '../support/fabricate.js';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.js';
import { cli } from '../support/cli.js';


interface JsonFinding {
  ruleId: string;
  url: string;
  verification?: { status: string; reason: string; checkedAt: string };
}

describe('hookscan scan --verify', () => {
  let slack: FakeProvider;
  let discord: FakeProvider;
  let dir: string;
  let deadOnly: string;
  const secrets: string[] = [];
  let origins: string[];

  beforeAll(async () => {
    slack = await startFakeProvider('slack', { delayMs: 120 });
    discord = await startFakeProvider('discord');
    origins = ['--verify-origin', `slack=${slack.origin}`, '--verify-origin', `discord=${discord.origin}`];
    dir = mkdtempSync(join(tmpdir(), 'hookscan-verify-'));
    deadOnly = mkdtempSync(join(tmpdir(), 'hookscan-verify-dead-'));
    const live = fabricate('slack');
    const dead = fabricate('slack');
    const gone = fabricate('discord');
    const zap = fabricate('zapier');
    slack.set(live.finding.secret, 'live');
    slack.set(dead.finding.secret, 'revoked');
    discord.set(gone.finding.secret, 'never-existed');
    secrets.push(live.finding.secret, dead.finding.secret, gone.finding.secret);
    writeFileSync(join(dir, 'notify.py'), `LIVE = "${live.url}"\nDEAD = "${dead.url}"\n`);
    writeFileSync(join(dir, 'hooks.env'), `DISCORD=${gone.url}\nZAP=${zap.url}\nAGAIN=${live.url}\n`);
    const dead2 = fabricate('slack');
    slack.set(dead2.finding.secret, 'revoked');
    writeFileSync(join(deadOnly, 'old.sh'), `curl -X POST ${dead2.url}\n`);
  });
  afterAll(async () => {
    await slack.close();
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(deadOnly, { recursive: true, force: true });
  });

  it('adds a verdict to every finding in the JSON report, checking each URL once', async () => {
    slack.log.length = 0;
    const r = await cli(['scan', '.', '--verify', ...origins, '-f', 'json'], dir);
    expect(r.code, r.stderr).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    const by = (id: string) => findings.filter((f) => f.ruleId === id).map((f) => f.verification!.status).sort();
    expect(by('slack-incoming-webhook')).toEqual(['dead', 'live']);
    expect(by('discord-webhook')).toEqual(['dead']);
    expect(by('zapier-webhook')).toEqual(['unverifiable']);
    expect(slack.log).toHaveLength(2); // the live URL appears twice in the folder, checked once
    for (const s of secrets) expect(r.stdout).not.toContain(s);
    for (const f of findings) expect(Date.parse(f.verification!.checkedAt)).not.toBeNaN();
  });

  it('--fail-on live exits 1 only when something is live', async () => {
    expect((await cli(['scan', '.', '--verify', ...origins, '--fail-on', 'live', '-f', 'json'], dir)).code).toBe(1);
    const r = await cli(['scan', '.', '--verify', ...origins, '--fail-on', 'live'], deadOnly);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('verified dead');
    // Without --fail-on live, a dead finding is still a finding.
    expect((await cli(['scan', '.', '--verify', ...origins], deadOnly)).code).toBe(1);
  });

  it('marks LIVE in the text report and gives the reason', async () => {
    const r = await cli(['scan', '.', '--verify', ...origins], dir);
    expect(r.stdout).toContain('‼ LIVE');
    expect(r.stdout).toMatch(/verified live: HTTP 400 "invalid_payload"/);
    expect(r.stdout).toMatch(/verified unverifiable: no safe check/);
  });

  it('SARIF: level error for live, warning otherwise, verdict in the properties', async () => {
    const r = await cli(['scan', '.', '--verify', ...origins, '-f', 'sarif'], dir);
    const results = (JSON.parse(r.stdout) as { runs: { results: { level: string; properties: { verification?: { status: string } } }[] }[] }).runs[0].results;
    expect(results.length).toBeGreaterThan(3);
    for (const x of results) expect(x.level).toBe(x.properties.verification!.status === 'live' ? 'error' : 'warning');
    expect(results.some((x) => x.level === 'error')).toBe(true);
  });

  it('reads verify-origins from .hookscan.yaml, --verify-providers selects, --verify-timeout applies', async () => {
    const cfgDir = mkdtempSync(join(tmpdir(), 'hookscan-verify-cfg-'));
    try {
      const f = fabricate('slack');
      slack.set(f.finding.secret, 'hang');
      writeFileSync(join(cfgDir, '.hookscan.yaml'), `verify-origins:\n  slack: ${slack.origin}\n  discord: ${discord.origin}\n`);
      writeFileSync(join(cfgDir, 'a.txt'), `${f.url}\n${fabricate('discord').url}\n`);
      const t0 = Date.now();
      const r = await cli(['scan', '.', '--verify', '--verify-timeout', '300', '--verify-providers', 'slack', '-f', 'json'], cfgDir);
      expect(Date.now() - t0).toBeLessThan(5000);
      const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
      const v = Object.fromEntries(findings.map((x) => [x.ruleId, x.verification!]));
      expect(v['slack-incoming-webhook']).toMatchObject({ status: 'unknown', reason: 'no answer within 300 ms' });
      expect(v['discord-webhook']).toMatchObject({ status: 'skipped' });
    } finally {
      rmSync(cfgDir, { recursive: true, force: true });
    }
  });

  it('shows verification progress on a terminal', async () => {
    const r = await cli(['scan', '.', '--verify', ...origins, '-f', 'json'], dir, { stderrIsTTY: true });
    expect(r.stderr).toMatch(/verifying \d+\/3 URLs/);
  });

  it.each([
    [['--verify-origin', 'slack'], 'PROVIDER=ORIGIN'],
    [['--verify-origin', 'nosuch=http://127.0.0.1:1'], "unknown provider 'nosuch'"],
    [['--verify-origin', 'slack=ftp://127.0.0.1'], 'must be http or https'],
    [['--verify-providers', 'slack,nosuch'], "unknown provider 'nosuch'"],
    [['--verify-timeout', '0'], '--verify-timeout'],
  ])('usage error: --verify %j', async (flags, message) => {
    const r = await cli(['scan', '.', '--verify', ...flags], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('verification flags without --verify are usage errors (nothing is sent by default)', async () => {
    const a = await cli(['scan', '.', '--fail-on', 'live'], dir);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--fail-on live needs --verify');
    const b = await cli(['scan', '.', '--verify-providers', 'slack'], dir);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('needs --verify');
  });

  it('documents the flags in --help', async () => {
    const r = await cli(['scan', '--help'], dir);
    for (const flag of ['--verify ', '--verify-providers', '--verify-origin', '--verify-allow-host', '--verify-timeout', 'live']) expect(r.stdout).toContain(flag);
    expect(r.stdout).toContain('--verify --fail-on live');
  });
});
