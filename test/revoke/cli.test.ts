// `hookscan revoke` in-process through run(argv, io), against stateful fake Discord, Mattermost and
// Rocket.Chat servers on 127.0.0.1 reached through --verify-origin. The findings file is written by
// `hookscan scan --verify --no-redact` over fabricated URLs (crypto random, made at run time).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fabricate, rand } from '../support/fabricate.js';
import { fakeDiscord, fakeMattermost, fakeRocketChat, type FakeAdmin } from './fake-admin.js';
import { cli, type Ran } from '../support/cli.js';


const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Every string a secret could leak as: the URL, the secret and each of its parts of 8+ characters. */
function leakForms(url: string, secret: string): string[] {
  return [url, secret, ...secret.split(/[/:@.?&=]/).filter((p) => p.length >= 8)];
}

function auditLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

interface Fixture {
  dir: string;
  discord: FakeAdmin;
  mattermost: FakeAdmin;
  rocket: FakeAdmin;
  mmToken: string;
  rcUser: string;
  rcToken: string;
  /** --verify-origin and --verify-allow-host flags for all three. */
  net: string[];
  leaks: string[];
  fingerprints: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Writes fabricated URLs under dir/src and scans them into dir/findings.json (--no-redact), with
 * Discord verified against the fake. `states` gives each name its state at scan time.
 */
async function fixture(names: Record<string, { kind: string; state?: 'live' | 'gone' | 'error' | 'race' }>): Promise<Fixture & { urls: Record<string, { url: string; secret: string }> }> {
  const mmToken = rand(LOWER, 26);
  const rcUser = rand(ALNUM, 17);
  const rcToken = rand(ALNUM, 43);
  const urls: Record<string, { url: string; secret: string }> = {};
  const rcUrlTokens = new Map<string, string>();
  const discord = await fakeDiscord();
  const mattermost = await fakeMattermost(mmToken);
  const rocket = await fakeRocketChat(rcUser, rcToken, rcUrlTokens);
  const dir = mkdtempSync(join(tmpdir(), 'hookscan-revoke-'));
  mkdirSync(join(dir, 'src'));
  const hosts = new Set<string>();
  let lines = '';
  for (const [name, spec] of Object.entries(names)) {
    const { url, finding } = fabricate(spec.kind);
    urls[name] = { url, secret: finding.secret };
    lines += `${name.toUpperCase()} = "${url}"\n`;
    if (spec.kind === 'discord' && spec.state) discord.set(finding.secret, spec.state);
    if (spec.kind === 'mattermost') {
      hosts.add(new URL(url).hostname);
      if (spec.state) mattermost.set(finding.secret, spec.state);
    }
    if (spec.kind === 'rocket-chat') {
      hosts.add(new URL(url).hostname);
      const [id, token] = finding.secret.split('/');
      rcUrlTokens.set(id, token);
      if (spec.state) rocket.set(id, spec.state);
    }
  }
  writeFileSync(join(dir, 'src', 'hooks.py'), lines);
  const net = [
    '--verify-origin', `discord=${discord.origin}`,
    '--verify-origin', `mattermost=${mattermost.origin}`,
    '--verify-origin', `rocket-chat=${rocket.origin}`,
    ...[...hosts].flatMap((h) => ['--verify-allow-host', h]),
  ];
  const scan = await cli(['scan', 'src', '--verify', '--verify-providers', 'discord', '--verify-origin', `discord=${discord.origin}`, '-f', 'json', '--no-redact', '-o', 'findings.json'], dir);
  expect(scan.code, scan.stderr).toBe(1);
  const report = JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8')) as { findings: { fingerprint: string; url: string }[] };
  const fingerprints: Record<string, string> = {};
  for (const [name, u] of Object.entries(urls)) fingerprints[name] = report.findings.find((f) => f.url === u.url)!.fingerprint;
  discord.log.length = 0;
  mattermost.log.length = 0;
  rocket.log.length = 0;
  return {
    dir,
    discord,
    mattermost,
    rocket,
    mmToken,
    rcUser,
    rcToken,
    net,
    urls,
    fingerprints,
    leaks: Object.values(urls).flatMap((u) => leakForms(u.url, u.secret)),
    close: async () => {
      await Promise.all([discord.close(), mattermost.close(), rocket.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const requests = (fx: Fixture) => fx.discord.log.length + fx.mattermost.log.length + fx.rocket.log.length;
const mutations = (fx: Fixture) => [...fx.discord.mutations(), ...fx.mattermost.mutations(), ...fx.rocket.mutations()];

describe('hookscan revoke: the plan, inputs and confirmation', () => {
  let fx: Awaited<ReturnType<typeof fixture>>;
  beforeAll(async () => {
    fx = await fixture({
      discordLive: { kind: 'discord', state: 'live' },
      discordDead: { kind: 'discord', state: 'gone' },
      mattermost: { kind: 'mattermost', state: 'live' },
      rocket: { kind: 'rocket-chat', state: 'live' },
      slack: { kind: 'slack' },
      sink: { kind: 'webhook-site' },
    });
  });
  afterAll(() => fx.close());

  it('scan --no-redact --output writes the findings file with mode 0600 and says so', async () => {
    const r = await cli(['scan', 'src', '-f', 'json', '--no-redact', '-o', 'again.json'], fx.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/again\.json holds unredacted webhook URLs \(written with mode 0600\)/);
    if (process.platform !== 'win32') expect(statSync(join(fx.dir, 'again.json')).mode & 0o777).toBe(0o600);
  });

  it('prints the plan and sends no request at all', async () => {
    const r = await cli(['revoke', 'findings.json', ...fx.net], fx.dir, { env: { HOOKSCAN_MATTERMOST_TOKEN: fx.mmToken } });
    expect(r.code, r.stderr).toBe(0);
    expect(requests(fx)).toBe(0);
    expect(r.stdout).toMatch(/6 findings: 4 by API \(3 to act on\), 2 manual/);
    expect(r.stdout).toMatch(/Plan only: nothing is sent without --apply/);
    expect(r.stdout).toMatch(/DELETE +Discord webhook URL/);
    expect(r.stdout).toMatch(/needs +HOOKSCAN_MATTERMOST_TOKEN; sent only to chat-/);
    expect(r.stdout).toMatch(/needs +HOOKSCAN_ROCKETCHAT_USER_ID \+ HOOKSCAN_ROCKETCHAT_TOKEN/);
    expect(r.stdout).toMatch(/verified dead when scanned: nothing to revoke/);
    expect(r.stdout).toMatch(/MANUAL +Slack incoming webhook URL/);
    expect(r.stdout).toMatch(/never revoked by hookscan/);
    for (const s of fx.leaks) expect(r.stdout + r.stderr).not.toContain(s);
    expect(r.stdout + r.stderr).not.toContain(fx.mmToken);
    expect(existsSync(join(fx.dir, 'hookscan-audit.jsonl'))).toBe(false);
  });

  it('--format markdown writes the whole plan as a checklist with each runbook', async () => {
    const r = await cli(['revoke', 'findings.json', '--format', 'markdown', '-o', 'plan.md'], fx.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(requests(fx)).toBe(0);
    const md = readFileSync(join(fx.dir, 'plan.md'), 'utf8');
    expect(md).toMatch(/^# Webhook revocation: 6 findings/);
    expect(md).toMatch(/## By API/);
    expect(md).toMatch(/## Manual/);
    expect(md).toMatch(/## Indicators: report and block, never revoke/);
    expect(md.match(/^- \[ \] \*\*/gm)?.length).toBe(6);
    expect(md).toMatch(/api\.slack\.com\/apps/); // Slack's runbook, from patterns/slack.yaml
    expect(md).toMatch(/Block egress to `webhook\.site`/);
    expect(md).toContain('`HOOKSCAN_MATTERMOST_TOKEN`');
    for (const s of fx.leaks) expect(md).not.toContain(s);
  });

  it('refuses a redacted report with a clear message (exit 2)', async () => {
    const scan = await cli(['scan', 'src', '-f', 'json', '-o', 'redacted.json'], fx.dir);
    expect(scan.code).toBe(1);
    const r = await cli(['revoke', 'redacted.json'], fx.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/redacted\.json is a redacted report .*"redacted": true.*--no-redact/);
    // without the flag, URLs cut short with "…" give it away
    const doc = JSON.parse(readFileSync(join(fx.dir, 'redacted.json'), 'utf8')) as Record<string, unknown>;
    delete doc.redacted;
    writeFileSync(join(fx.dir, 'redacted2.json'), JSON.stringify(doc));
    const r2 = await cli(['revoke', 'redacted2.json'], fx.dir);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/is a redacted report \(\d+ URLs cut short with "…"\)/);
    const r3 = await cli(['revoke', 'missing.json'], fx.dir);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/cannot read findings missing\.json/);
    expect(requests(fx)).toBe(0);
  });

  it('--apply needs a confirmation: --yes off a terminal, the prompt on one; nothing is sent otherwise', async () => {
    const env = { HOOKSCAN_MATTERMOST_TOKEN: fx.mmToken };
    const r = await cli(['revoke', 'findings.json', '--apply', ...fx.net], fx.dir, { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/standard input is not a terminal, so add --yes to confirm \(nothing was sent\)/);
    let asked = '';
    const r2 = await cli(['revoke', 'findings.json', '--apply', ...fx.net], fx.dir, {
      env,
      stdinIsTTY: true,
      prompt: async (q) => {
        asked = q;
        return 'no';
      },
    });
    expect(asked).toMatch(/Revoke 3 webhooks by API as planned above\?/);
    expect(r2.stderr).toMatch(/DELETE +Discord webhook URL/); // the plan was shown before the question
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/not confirmed: nothing was sent/);
    expect(requests(fx)).toBe(0);
    const r3 = await cli(['revoke', 'findings.json', '--yes'], fx.dir);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/--yes only confirms --apply/);
  });

  it('reads credentials from variables .hookscan.yaml names, and never accepts a value there', async () => {
    writeFileSync(join(fx.dir, 'named.yaml'), 'revoke-credentials:\n  HOOKSCAN_MATTERMOST_TOKEN: MY_MM_ADMIN\n');
    const r = await cli(['revoke', 'findings.json', '-c', 'named.yaml', '--only', fx.fingerprints.rocket], fx.dir);
    expect(r.code, r.stderr).toBe(0);
    const bad = `revoke-credentials:\n  HOOKSCAN_MATTERMOST_TOKEN: ${fx.mmToken}\n`;
    writeFileSync(join(fx.dir, 'bad.yaml'), bad);
    const r2 = await cli(['revoke', 'findings.json', '-c', 'bad.yaml'], fx.dir);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/'revoke-credentials' must be a mapping of credential name .*never the credential itself/);
    expect(r2.stderr).not.toContain(fx.mmToken);
    writeFileSync(join(fx.dir, 'unknown.yaml'), 'revoke-credentials:\n  HOOKSCAN_SLACK_TOKEN: X\n');
    const r3 = await cli(['revoke', 'findings.json', '-c', 'unknown.yaml'], fx.dir);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/unknown credential 'HOOKSCAN_SLACK_TOKEN'/);
    expect(requests(fx)).toBe(0);
  });
});

describe('hookscan revoke --apply --yes', () => {
  let fx: Awaited<ReturnType<typeof fixture>>;
  let first: Ran;
  let audit: Record<string, unknown>[];
  beforeAll(async () => {
    fx = await fixture({
      discordLive: { kind: 'discord', state: 'live' },
      discordDead: { kind: 'discord', state: 'gone' },
      discordBroken: { kind: 'discord', state: 'error' },
      discordVanished: { kind: 'discord', state: 'live' },
      mmLive: { kind: 'mattermost', state: 'live' },
      mmRace: { kind: 'mattermost', state: 'race' },
      mmGone: { kind: 'mattermost', state: 'gone' },
      rocket: { kind: 'rocket-chat', state: 'live' },
      slack: { kind: 'slack' },
      sink: { kind: 'webhook-site' },
    });
    // Deleted by someone else between the scan (live) and the apply.
    fx.discord.set(fx.urls.discordVanished.secret, 'gone');
    // The Mattermost token is set (through a variable .hookscan.yaml names); the Rocket.Chat credentials are not.
    writeFileSync(join(fx.dir, '.hookscan.yaml'), 'revoke-credentials:\n  HOOKSCAN_MATTERMOST_TOKEN: MM_ADMIN_TOKEN\n');
    first = await cli(['revoke', 'findings.json', '--apply', '--yes', '--format', 'json', '-o', 'result.json', ...fx.net], fx.dir, { env: { MM_ADMIN_TOKEN: fx.mmToken } });
    audit = auditLines(join(fx.dir, 'hookscan-audit.jsonl'));
  });
  afterAll(() => fx.close());

  const resultOf = (name: string) => {
    const doc = JSON.parse(readFileSync(join(fx.dir, 'result.json'), 'utf8')) as { result: { results: { fingerprint: string; outcome: string; detail: string; httpStatus?: number }[] } };
    return doc.result.results.find((r) => r.fingerprint === fx.fingerprints[name])!;
  };

  it('exits 1 because an action failed (500) and one was skipped (missing credential)', () => {
    expect(first.code, first.stderr).toBe(1);
  });

  it('deletes exactly the live ones and re-verifies them dead', () => {
    expect(resultOf('discordLive')).toMatchObject({ outcome: 'revoked', httpStatus: 204 });
    expect(resultOf('discordLive').detail).toMatch(/re-verified dead/);
    expect(resultOf('mmLive')).toMatchObject({ outcome: 'revoked', httpStatus: 200 });
    expect(fx.discord.state(fx.urls.discordLive.secret)).toBe('gone');
    expect(fx.mattermost.state(fx.urls.mmLive.secret)).toBe('gone');
    const deletes = mutations(fx).map((l) => `${l.method} ${l.path}`);
    const [dLive, dBroken] = [fx.urls.discordLive.secret, fx.urls.discordBroken.secret];
    expect(deletes.sort()).toEqual(
      [
        `DELETE /api/v10/webhooks/${dLive}`,
        `DELETE /api/v10/webhooks/${dBroken}`,
        `DELETE /api/v4/hooks/incoming/${fx.urls.mmLive.secret}`,
        `DELETE /api/v4/hooks/incoming/${fx.urls.mmRace.secret}`,
      ].sort(),
    );
  });

  it('leaves dead and manual ones alone', () => {
    expect(resultOf('discordDead')).toMatchObject({ outcome: 'skipped' });
    expect(resultOf('discordDead').detail).toMatch(/verified dead when scanned/);
    expect(fx.discord.log.some((l) => l.path.endsWith(fx.urls.discordDead.secret))).toBe(false);
    expect(resultOf('slack')).toMatchObject({ outcome: 'manual' });
    expect(resultOf('sink')).toMatchObject({ outcome: 'manual' });
  });

  it('handles a webhook that is already gone (404) without deleting anything', () => {
    expect(resultOf('discordVanished')).toMatchObject({ outcome: 'already-gone' });
    expect(resultOf('discordVanished').detail).toMatch(/re-verified dead before acting, nothing sent/);
    expect(resultOf('mmGone')).toMatchObject({ outcome: 'already-gone', httpStatus: 404 });
    // deleted by someone else between the check and the DELETE
    expect(resultOf('mmRace')).toMatchObject({ outcome: 'already-gone', httpStatus: 404 });
  });

  it('reports a 500 as failed', () => {
    expect(resultOf('discordBroken')).toMatchObject({ outcome: 'failed', httpStatus: 500 });
    expect(first.stderr).toMatch(/failed +Discord https:\/\/discord\.com\/api\/webhooks\/\S+ \(HTTP 500\)/);
  });

  it('skips an action whose credential is missing, naming the variables', () => {
    expect(resultOf('rocket')).toMatchObject({ outcome: 'skipped' });
    expect(resultOf('rocket').detail).toMatch(/missing credential: set HOOKSCAN_ROCKETCHAT_USER_ID and HOOKSCAN_ROCKETCHAT_TOKEN/);
    expect(fx.rocket.log.length).toBe(0);
  });

  it('writes one audit line per step, with time, fingerprint, provider, action, status and outcome, never a secret', () => {
    expect(audit.length).toBe(10);
    expect(new Set(audit.map((a) => a.fingerprint))).toEqual(new Set(Object.values(fx.fingerprints)));
    for (const a of audit) {
      expect(Object.keys(a).sort()).toEqual(expect.arrayContaining(['time', 'fingerprint', 'provider', 'action', 'outcome']));
      expect(new Date(a.time as string).toISOString()).toBe(a.time);
      expect(['revoked', 'already-gone', 'failed', 'skipped', 'manual']).toContain(a.outcome);
    }
    expect(audit.find((a) => a.fingerprint === fx.fingerprints.discordLive)).toMatchObject({ provider: 'discord', action: 'delete', httpStatus: 204, outcome: 'revoked' });
    const text = readFileSync(join(fx.dir, 'hookscan-audit.jsonl'), 'utf8');
    for (const s of fx.leaks) expect(text).not.toContain(s);
    if (process.platform !== 'win32') expect(statSync(join(fx.dir, 'hookscan-audit.jsonl')).mode & 0o777).toBe(0o600);
  });

  it('puts credentials in no output: stdout, stderr, audit log, report', () => {
    const everything = [first.stdout, first.stderr, readFileSync(join(fx.dir, 'hookscan-audit.jsonl'), 'utf8'), readFileSync(join(fx.dir, 'result.json'), 'utf8')].join('\n');
    expect(everything).not.toContain(fx.mmToken);
    for (const s of fx.leaks) expect(everything).not.toContain(s);
    // the token did reach the server, as a bearer token
    expect(fx.mattermost.log.every((l) => l.headers.authorization === `Bearer ${fx.mmToken}`)).toBe(true);
  });

  it('a second --apply changes nothing: every revoked webhook is already gone', async () => {
    const before = mutations(fx).length;
    const again = await cli(['revoke', 'findings.json', '--apply', '--yes', '--only', [fx.fingerprints.discordLive, fx.fingerprints.mmLive].join(','), ...fx.net], fx.dir, {
      env: { MM_ADMIN_TOKEN: fx.mmToken },
    });
    expect(again.code, again.stderr).toBe(0);
    expect(mutations(fx).length).toBe(before);
    expect(again.stdout).toMatch(/Result: 2 already gone\./);
    expect(auditLines(join(fx.dir, 'hookscan-audit.jsonl')).length).toBe(12); // appended
  });
});

describe('hookscan revoke --apply: a clean run and its repetition', () => {
  let fx: Awaited<ReturnType<typeof fixture>>;
  beforeAll(async () => {
    fx = await fixture({
      discord: { kind: 'discord', state: 'live' },
      mattermost: { kind: 'mattermost', state: 'live' },
      rocket: { kind: 'rocket-chat', state: 'live' },
      slack: { kind: 'slack' },
    });
  });
  afterAll(() => fx.close());

  it('revokes all three by API after the prompt, exit 0; the second run is a no-op, exit 0', async () => {
    const env = { HOOKSCAN_MATTERMOST_TOKEN: fx.mmToken, HOOKSCAN_ROCKETCHAT_USER_ID: fx.rcUser, HOOKSCAN_ROCKETCHAT_TOKEN: fx.rcToken };
    const r = await cli(['revoke', 'findings.json', '--apply', '--audit-log', 'incident.jsonl', ...fx.net], fx.dir, { env, stdinIsTTY: true, prompt: async () => 'yes' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Result: 3 revoked, 1 manual\./);
    expect(fx.rocket.mutations().map((l) => JSON.parse(l.body) as unknown)).toEqual([{ type: 'webhook-incoming', integrationId: fx.urls.rocket.secret.split('/')[0] }]);
    const n = mutations(fx).length;
    expect(n).toBe(3);

    const again = await cli(['revoke', 'findings.json', '--apply', '--yes', '--audit-log', 'incident.jsonl', ...fx.net], fx.dir, { env });
    expect(again.code, again.stderr).toBe(0);
    expect(mutations(fx).length).toBe(n);
    expect(again.stdout).toMatch(/Result: 3 already gone, 1 manual\./);
    const lines = auditLines(join(fx.dir, 'incident.jsonl'));
    expect(lines.length).toBe(8);
    expect(lines.slice(4).map((l) => l.outcome).sort()).toEqual(['already-gone', 'already-gone', 'already-gone', 'manual']);

    const everything = [r.stdout, r.stderr, again.stdout, again.stderr, readFileSync(join(fx.dir, 'incident.jsonl'), 'utf8')].join('\n');
    for (const c of [fx.mmToken, fx.rcUser, fx.rcToken]) expect(everything).not.toContain(c);
    for (const s of fx.leaks) expect(everything).not.toContain(s);
  });
});
