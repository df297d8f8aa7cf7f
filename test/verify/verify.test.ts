// The verification runner: once per distinct URL, policy (never contact automation platforms or
// capture services), concurrency limits, breakers, progress, redaction. Fake servers on 127.0.0.1.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { verify as verifyFromLibrary } from '../../src/index.js';
import { VERIFIERS } from '../../src/providers/index.js';
import type { Progress, Verdict } from '../../src/types.js';
import { parseOrigin, verify } from '../../src/verify/index.js';
import { fabricate } from '../support/fabricate.js';
import { SPEAKERS, startFakeProvider, startServer, type FakeServer } from '../support/fake-provider.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

describe('verify()', () => {
  let servers: FakeServer[] = [];
  const track = <T extends FakeServer>(s: T) => (servers.push(s), s);
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  it('is the library API', () => {
    expect(verifyFromLibrary).toBe(verify);
  });

  it('checks each distinct URL once, and reuses a shared cache across calls', async () => {
    const fake = track(await startFakeProvider('slack'));
    const { finding } = fabricate('slack');
    fake.set(finding.secret, 'live');
    const twin = { ...finding, url: finding.url.replace('https://', ''), fingerprint: 'other' };
    const cache = new Map<string, Verdict>();
    const out = await verify([finding, twin, finding], { origins: { slack: fake.origin }, cache });
    expect(out.map((f) => f.verification!.status)).toEqual(['live', 'live', 'live']);
    expect(fake.log).toHaveLength(1);
    await verify([finding], { origins: { slack: fake.origin }, cache });
    expect(fake.log).toHaveLength(1);
  });

  it('never contacts automation platforms or capture services, even with an origin named for them', async () => {
    const catchAll = track(await startServer(() => ({ status: 200, body: 'ok' })));
    const kinds = ['slack-workflow', 'zapier', 'make', 'pipedream', 'rocket-chat', 'webhook-site'];
    const findings = kinds.map((k) => fabricate(k).finding);
    const origins = Object.fromEntries(findings.map((f) => [f.provider, catchAll.origin]));
    const out = await verify(findings, { origins, allowHosts: ['*.example.io'] });
    expect(catchAll.log).toHaveLength(0);
    const status = Object.fromEntries(out.map((f) => [f.ruleId, f.verification!]));
    for (const id of ['slack-workflow-webhook', 'zapier-webhook', 'make-webhook', 'pipedream-endpoint', 'rocket-chat-webhook']) {
      expect(status[id].status, id).toBe('unverifiable');
      expect(status[id].reason, id).toMatch(/no safe check/);
    }
    expect(status['webhook-site-url'].status).toBe('skipped');
    expect(status['webhook-site-url'].reason).toMatch(/never contacted/);
  });

  it('verifies only the selected providers', async () => {
    const slack = track(await startFakeProvider('slack'));
    const discord = track(await startFakeProvider('discord'));
    const s = fabricate('slack').finding;
    const d = fabricate('discord').finding;
    slack.set(s.secret, 'live');
    discord.set(d.secret, 'live');
    const out = await verify([s, d], { providers: ['discord'], origins: { slack: slack.origin, discord: discord.origin } });
    expect(out[0].verification).toMatchObject({ status: 'skipped', reason: expect.stringContaining('--verify-providers') });
    expect(out[1].verification!.status).toBe('live');
    expect(slack.log).toHaveLength(0);
  });

  it('keeps to the concurrency limits, overall and per provider', async () => {
    const slack = track(await startFakeProvider('slack', { delayMs: 60 }));
    const discord = track(await startFakeProvider('discord', { delayMs: 60 }));
    const telegram = track(await startFakeProvider('telegram', { delayMs: 60 }));
    const findings = [...Array(8)].flatMap(() => [fabricate('slack').finding, fabricate('discord').finding, fabricate('telegram').finding]);
    const origins = { slack: slack.origin, discord: discord.origin, telegram: telegram.origin };
    await verify(findings, { origins, perProviderConcurrency: 2, concurrency: 5 });
    for (const s of [slack, discord, telegram]) expect(s.maxInFlight).toBeLessThanOrEqual(2);
    expect(slack.maxInFlight + discord.maxInFlight + telegram.maxInFlight).toBeGreaterThanOrEqual(4); // really parallel
    // Overall: count requests overlapping in time across the three servers.
    const overall = track(await startServer(async () => ({ status: 400, body: 'invalid_payload' })));
    let inFlight = 0;
    let max = 0;
    const slow = track(
      await startServer(async () => {
        max = Math.max(max, ++inFlight);
        await new Promise((r) => setTimeout(r, 40));
        inFlight--;
        return { status: 400, body: 'invalid_payload' };
      }),
    );
    void overall;
    await verify([...Array(10)].map(() => fabricate('slack').finding), { origins: { slack: slow.origin }, perProviderConcurrency: 10, concurrency: 3 });
    expect(max).toBeLessThanOrEqual(3);
    expect(max).toBeGreaterThan(1);
  });

  it('reports progress as n of m distinct URLs', async () => {
    const fake = track(await startFakeProvider('telegram'));
    const findings = [...Array(4)].map(() => fabricate('telegram').finding);
    const seen: Progress[] = [];
    await verify([...findings, fabricate('zapier').finding], { origins: { telegram: fake.origin }, onProgress: (p) => seen.push({ ...p }) });
    expect(seen[0]).toMatchObject({ phase: 'verify', done: 0, total: 4 });
    expect(seen.at(-1)).toMatchObject({ phase: 'verify', done: 4, total: 4 });
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops contacting a provider that does not answer, after a few timeouts in a row', async () => {
    const hang = track(await startServer(() => 'hang'));
    const findings = [...Array(12)].map(() => fabricate('feishu').finding);
    const t0 = Date.now();
    const out = await verify(findings, { origins: { feishu: hang.origin }, timeoutMs: 300 });
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(out.every((f) => f.verification!.status === 'unknown')).toBe(true);
    expect(out.filter((f) => /did not answer 3 requests in a row/.test(f.verification!.reason)).length).toBeGreaterThan(5);
    expect(hang.log.length).toBeLessThanOrEqual(4);
  });

  it('never puts a secret in a reason, even when the provider echoes it back', async () => {
    const echo = track(await startServer((r) => ({ status: 400, body: `unexpected: you sent ${r.url}` })));
    const { finding } = fabricate('slack');
    const [out] = await verify([finding], { origins: { slack: echo.origin } });
    expect(out.verification!.status).toBe('unknown');
    expect(out.verification!.reason).toContain('unrecognised answer');
    for (const part of finding.secret.split('/')) expect(out.verification!.reason).not.toContain(part);
  });

  it('refuses the real provider host when it resolves to a private address', async () => {
    const { finding } = fabricate('slack');
    const [out] = await verify([finding], { lookup: async () => [{ address: '192.168.10.10', family: 4 }] });
    expect(out.verification).toMatchObject({ status: 'skipped', reason: expect.stringContaining('192.168.10.10') });
  });

  it('treats a URL whose host a pattern matched but the verifier does not know as not checkable', async () => {
    const { finding } = fabricate('slack');
    const { captures, ...read } = finding; // as read back from a report: no parts
    expect(captures?.host).toBe('hooks.slack.com');
    const forged = { ...read, url: finding.url.replace('hooks.slack.com', 'hooks.slack.com.evil.example') };
    const [out] = await verify([forged], { lookup: async () => [{ address: '8.8.8.8', family: 4 }] });
    expect(out.verification).toMatchObject({ status: 'skipped', reason: expect.stringContaining('not checked: the finding has no parts of its URL from the slack-incoming-webhook pattern') });
    // Parts that disagree with the URL: the request goes to the parts' host, which is not the URL's, so nothing is sent.
    const stale = { ...finding, url: forged.url };
    const [out2] = await verify([stale], { lookup: async () => [{ address: '8.8.8.8', family: 4 }] });
    expect(out2.verification).toMatchObject({ status: 'skipped', reason: expect.stringContaining('is not the matched host hooks.slack.com.evil.example') });
  });

  it('validates origins and numbers', async () => {
    expect(() => parseOrigin('slack', 'ftp://x.example')).toThrow(UsageError);
    expect(() => parseOrigin('slack', 'https://u:p@x.example')).toThrow(UsageError);
    expect(() => parseOrigin('slack', 'https://x.example/?q=1')).toThrow(UsageError);
    expect(() => parseOrigin('slack', 'not a url')).toThrow(UsageError);
    expect(parseOrigin('slack', 'http://127.0.0.1:9/base').href).toBe('http://127.0.0.1:9/base');
    await expect(verify([], { origins: { slack: 'nope' } })).rejects.toThrow(UsageError);
    await expect(verify([], { timeoutMs: 0 })).rejects.toThrow(UsageError);
  });

  it('can be cancelled', async () => {
    const hang = track(await startServer(() => 'hang'));
    const ac = new AbortController();
    const p = verify([fabricate('slack').finding], { origins: { slack: hang.origin }, signal: ac.signal, timeoutMs: 10_000 });
    setTimeout(() => ac.abort(new Error('stop')), 50);
    await expect(p).rejects.toThrow('stop');
  });

  it('has a fake speaker (and so a contract test) for every verifier', () => {
    for (const v of VERIFIERS) expect(SPEAKERS[v.provider], v.provider).toBeDefined();
  });

  it('keeps network and process access where the architecture puts it', () => {
    for (const dir of ['src/verify', 'src/providers']) {
      for (const f of readdirSync(join(ROOT, dir))) {
        const text = readFileSync(join(ROOT, dir, f), 'utf8');
        expect(text, f).not.toMatch(/process\.(env|argv|cwd|exit|stdout|stderr)/);
        if (f !== 'http.ts') expect(text, f).not.toMatch(/\bfetch\(|node:http|node:https|node:dns/);
      }
    }
  });
});
