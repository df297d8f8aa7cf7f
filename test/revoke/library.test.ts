// The library: planRevocation (pure) and applyRevocation (effects) as exported from src/index.ts,
// against stateful fakes on 127.0.0.1 reached through the origin mapping. Fabricated URLs only.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRevocation, loadProviders, planRevocation, REVOKE_CREDENTIALS, type Finding, type RevocationPlan } from '../../src/index.js';
import { fabricate, findingsIn, rand } from '../support/fabricate.js';
import { fakeArm, fakeDiscord, fakeMake, fakeMattermost, fakeN8n, type FakeAdmin } from './fake-admin.js';

const patterns = loadProviders().flatMap((p) => p.patterns);
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const HEX = '0123456789abcdef';

const verdict = (status: 'live' | 'dead' | 'unknown' | 'unverifiable' | 'skipped'): Finding['verification'] => ({ status, reason: `fabricated ${status}`, checkedAt: new Date().toISOString() });
function withVerdict(f: Finding, status?: Parameters<typeof verdict>[0]): Finding {
  return { ...f, locations: [{ path: 'src/app.js', line: 3, column: 1, endLine: 3, endColumn: 9 }], ...(status ? { verification: verdict(status) } : {}) };
}
function one(text: string): Finding {
  const found = findingsIn(text);
  expect(found.length, text).toBe(1);
  return found[0];
}
const leakForms = (f: Finding) => [f.url, f.secret, ...f.secret.split(/[/:@.?&=]/).filter((p) => p.length >= 8)];

describe('planRevocation', () => {
  const discordLive = withVerdict(fabricate('discord').finding, 'live');
  const discordDead = withVerdict(fabricate('discord').finding, 'dead');
  const mattermost = withVerdict(fabricate('mattermost').finding, 'skipped');
  const make = withVerdict(fabricate('make').finding, 'unverifiable');
  const slack = withVerdict(fabricate('slack').finding, 'live');
  const sink = withVerdict(fabricate('webhook-site').finding, 'skipped');
  const telegram = withVerdict(fabricate('telegram').finding, 'live');
  const all = [sink, slack, make, mattermost, discordDead, discordLive, telegram];

  it('is pure and holds no secret', () => {
    const copy = structuredClone(all);
    const plan = planRevocation(all, { patterns });
    expect(all).toEqual(copy);
    expect(planRevocation(all, { patterns })).toEqual(plan);
    const text = JSON.stringify(plan);
    for (const f of all) for (const s of leakForms(f)) expect(text).not.toContain(s);
  });

  it('orders API actions first, then manual credentials, then indicators', () => {
    const plan = planRevocation(all, { patterns });
    expect(plan.steps.map((s) => [s.provider, s.action, s.eligible])).toEqual([
      ['mattermost', 'delete', true],
      ['discord', 'delete', true],
      ['discord', 'delete', false],
      ['slack', 'manual', false],
      ['make', 'manual', false],
      ['telegram', 'manual', false],
      ['webhook-site', 'manual', false],
    ]);
    expect(plan.summary).toEqual({ findings: 7, api: 3, eligible: 2, manual: 4 });
    const mm = plan.steps[0];
    expect(mm.credentials.map((c) => c.name)).toEqual(['HOOKSCAN_MATTERMOST_TOKEN']);
    expect(mm.selfHostedHost).toBe(new URL(mattermost.url).host);
    expect(plan.steps[1].credentials).toEqual([]);
    expect(plan.steps[1].request).toMatch(/^DELETE https:\/\/discord\.com\/api\/v10\/webhooks\/\d{4}…\/.{4}…$/);
  });

  it('gives each manual step the runbook of its pattern; indicators are never revoked', () => {
    const plan = planRevocation(all, { patterns });
    const by = (p: string) => plan.steps.find((s) => s.provider === p)!;
    expect(by('telegram').runbook).toMatch(/@BotFather/);
    expect(by('slack').runbook).toMatch(/Incoming Webhooks/);
    expect(by('make').why).toMatch(/unconfirmed .*--unconfirmed-apis/);
    expect(by('webhook-site').why).toMatch(/never revoked by hookscan/);
    expect(by('webhook-site').runbook).toMatch(/^\*\*Indicator, not your credential\.\*\*/);
    expect(by('webhook-site').runbook).toMatch(/Block egress to `webhook\.site`/);
    expect(by('webhook-site').seenAt).toEqual(['src/app.js:3']);
  });

  it('uses unconfirmed APIs only with unconfirmedApis, and --only narrows it', () => {
    const plan = planRevocation(all, { patterns, unconfirmedApis: true, only: [make.fingerprint.slice(0, 8)] });
    expect(plan.steps.length).toBe(1);
    expect(plan.steps[0]).toMatchObject({ provider: 'make', action: 'delete', eligible: true });
    expect(plan.steps[0].credentials.map((c) => c.name)).toEqual(['HOOKSCAN_MAKE_TOKEN', 'HOOKSCAN_MAKE_TEAM_ID']);
    expect(plan.steps[0].unconfirmed).toMatch(/not confirmed/);
  });

  it('documents every credential name and every provider in docs/revocation.md', () => {
    const doc = readFileSync(new URL('../../docs/revocation.md', import.meta.url), 'utf8');
    for (const name of REVOKE_CREDENTIALS) expect(doc).toContain(name);
    // and every provider, by id, with its action or runbook
    for (const p of loadProviders()) expect(doc, p.id).toContain(`\`${p.id}\``);
  });
});

describe('applyRevocation', () => {
  let discord: FakeAdmin;
  let mattermost: FakeAdmin;
  let dir: string;
  const mmToken = rand(LOWER, 26);
  beforeAll(async () => {
    discord = await fakeDiscord();
    mattermost = await fakeMattermost(mmToken);
    dir = mkdtempSync(join(tmpdir(), 'hookscan-revoke-lib-'));
  });
  afterAll(async () => {
    await Promise.all([discord.close(), mattermost.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a plan sends nothing; apply revokes the live, re-verifies, and appends the audit log', async () => {
    const live = withVerdict(fabricate('discord').finding, 'live');
    const mm = withVerdict(fabricate('mattermost').finding);
    discord.set(live.secret, 'live');
    mattermost.set(mm.secret, 'live');
    const plan = planRevocation([live, mm], { patterns });
    expect(discord.log.length + mattermost.log.length).toBe(0);
    const auditLog = join(dir, 'audit.jsonl');
    const seen: string[] = [];
    const result = await applyRevocation(plan, [live, mm], {
      origins: { discord: discord.origin, mattermost: mattermost.origin },
      allowHosts: [new URL(mm.url).hostname],
      credentials: { HOOKSCAN_MATTERMOST_TOKEN: mmToken },
      auditLog,
      onResult: (r) => seen.push(r.outcome),
    });
    expect(result.ok).toBe(true);
    expect(seen).toEqual(['revoked', 'revoked']);
    expect(result.counts).toMatchObject({ revoked: 2, failed: 0 });
    expect(result.results[0].before?.status).toBe('live');
    expect(result.results[0].after?.status).toBe('dead');
    const lines = readFileSync(auditLog, 'utf8').trim().split('\n');
    expect(lines.length).toBe(2);
    const text = JSON.stringify(result) + readFileSync(auditLog, 'utf8');
    for (const s of [...leakForms(live), ...leakForms(mm), mmToken]) expect(text).not.toContain(s);
  });

  it('acts only on webhooks confirmed live just before acting, unless includeUnverified', async () => {
    const opaque = withVerdict(fabricate('discord').finding, 'unknown');
    discord.set(opaque.secret, 'opaque'); // checks answer 500
    const origins = { discord: discord.origin };
    const strict = await applyRevocation(planRevocation([opaque]), [opaque], { origins });
    expect(strict.ok).toBe(false);
    expect(strict.results[0]).toMatchObject({ outcome: 'skipped', counted: true });
    expect(strict.results[0].detail).toMatch(/gave unknown .*--include-unverified to act anyway/);
    expect(discord.mutations().filter((l) => l.path.endsWith(opaque.secret))).toEqual([]);
    const wide = await applyRevocation(planRevocation([opaque], { includeUnverified: true }), [opaque], { origins });
    expect(wide.results[0]).toMatchObject({ outcome: 'revoked', httpStatus: 204 });
    expect(wide.ok).toBe(true);
  });

  it('sends a credential only to an allowed self-hosted host, and never over plain http unless the origin is named', async () => {
    const mm = withVerdict(fabricate('mattermost').finding, 'live');
    mattermost.set(mm.secret, 'live');
    const credentials = { HOOKSCAN_MATTERMOST_TOKEN: mmToken };
    const notAllowed = await applyRevocation(planRevocation([mm]), [mm], { origins: { mattermost: mattermost.origin }, credentials });
    expect(notAllowed.results[0].outcome).toBe('skipped');
    expect(notAllowed.results[0].detail).toMatch(/allow it with --verify-allow-host chat-/);
    const plain = one(`u = "${mm.url.replace(/^https:/, 'http:')}"`);
    const http = await applyRevocation(planRevocation([plain]), [plain], { allowHosts: [new URL(mm.url).hostname], credentials, lookup: async () => [{ address: '127.0.0.1', family: 4 }] });
    expect(http.results[0].outcome).toBe('skipped');
    expect(http.results[0].detail).toMatch(/plain http .*--verify-origin mattermost=ORIGIN/);
    const missing = await applyRevocation(planRevocation([mm]), [mm], { origins: { mattermost: mattermost.origin }, allowHosts: [new URL(mm.url).hostname], credentialHints: { HOOKSCAN_MATTERMOST_TOKEN: 'MY_TOKEN (named in .hookscan.yaml)' } });
    expect(missing.results[0].detail).toMatch(/missing credential: set MY_TOKEN \(named in \.hookscan\.yaml\)/);
    expect(mattermost.log.filter((l) => l.path.endsWith(mm.secret))).toEqual([]);
  });

  it('treats a rejected credential as failed, and never echoes it', async () => {
    const mm = withVerdict(fabricate('mattermost').finding, 'live');
    mattermost.set(mm.secret, 'live');
    const wrong = rand(LOWER, 26);
    const r = await applyRevocation(planRevocation([mm], { includeUnverified: true }), [mm], {
      origins: { mattermost: mattermost.origin },
      allowHosts: [new URL(mm.url).hostname],
      credentials: { HOOKSCAN_MATTERMOST_TOKEN: wrong },
    });
    expect(r.results[0].outcome).toBe('failed');
    expect(r.results[0].httpStatus).toBe(401);
    expect(r.results[0].detail).toMatch(/credential was rejected/);
    expect(JSON.stringify(r)).not.toContain(wrong);
    expect(mattermost.state(mm.secret)).toBe('live');
  });
});

describe('applyRevocation with the unconfirmed APIs (Make, n8n, Azure Logic Apps)', () => {
  const makeToken = randomUUID();
  const team = String(100000 + (randomBytes(2).readUInt16BE() % 90000));
  const n8nKey = `n8n_api_${rand(B64URL, 40)}`;
  const armToken = `eyJ${rand(B64URL, 60)}.${rand(B64URL, 40)}`;
  let make: FakeAdmin;
  let n8n: FakeAdmin;
  let arm: FakeAdmin;
  const sigs = new Map<string, string>();
  let findings: Finding[];
  let plan: RevocationPlan;
  const options = () => ({
    origins: { make: make.origin, n8n: n8n.origin, 'azure-logic-apps': arm.origin },
    credentials: { HOOKSCAN_MAKE_TOKEN: makeToken, HOOKSCAN_MAKE_TEAM_ID: team, HOOKSCAN_N8N_API_KEY: n8nKey, HOOKSCAN_AZURE_TOKEN: armToken },
  });

  beforeAll(async () => {
    const wf = rand(HEX, 32);
    const sig = rand(B64URL, 43);
    sigs.set(wf, sig);
    make = await fakeMake(makeToken, team);
    n8n = await fakeN8n(n8nKey);
    arm = await fakeArm(armToken, sigs);
    const mk = withVerdict(fabricate('make').finding, 'unverifiable');
    const n8 = withVerdict(one(`N8N = "https://acme-${rand('abcdefgh', 6)}.app.n8n.cloud/webhook/${randomUUID()}"`), 'unverifiable');
    const la = withVerdict(
      one(`LA = "https://prod-12.westus.logic.azure.com:443/workflows/${wf}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}"`),
      'unverifiable',
    );
    make.set(mk.secret, 'live');
    n8n.set(n8.secret, 'live');
    arm.set(wf, 'live');
    findings = [mk, n8, la];
    plan = planRevocation(findings, { patterns, unconfirmedApis: true });
  });
  afterAll(async () => {
    await Promise.all([make.close(), n8n.close(), arm.close()]);
  });

  it('plans them as API actions only with the flag', () => {
    expect(planRevocation(findings, { patterns }).steps.map((s) => s.action)).toEqual(['manual', 'manual', 'manual']);
    expect(plan.steps.map((s) => [s.provider, s.action])).toEqual([
      ['make', 'delete'],
      ['n8n', 'disable'],
      ['azure-logic-apps', 'rotate'],
    ]);
  });

  it('deletes the Make hook, deactivates the n8n workflow and rotates the Logic App keys; then finds them all gone', async () => {
    const r = await applyRevocation(plan, findings, options());
    expect(r.results.map((x) => [x.provider, x.outcome])).toEqual([
      ['make', 'revoked'],
      ['n8n', 'revoked'],
      ['azure-logic-apps', 'revoked'],
    ]);
    expect(make.mutations().map((l) => `${l.method} ${l.path}?${l.query}`)).toEqual(['DELETE /api/v2/hooks/1000?confirmed=true']);
    expect(n8n.mutations().map((l) => `${l.method} ${l.path}`)).toEqual(['POST /api/v1/workflows/wf1/deactivate']);
    expect(arm.mutations().map((l) => JSON.parse(l.body) as unknown)).toEqual([{ keyType: 'Primary' }, { keyType: 'Secondary' }]);
    const again = await applyRevocation(plan, findings, options());
    expect(again.results.map((x) => x.outcome)).toEqual(['already-gone', 'already-gone', 'already-gone']);
    expect(again.ok).toBe(true);
    expect(make.mutations().length + n8n.mutations().length + arm.mutations().length).toBe(4);
    const text = JSON.stringify([r, again]);
    for (const f of findings) for (const s of leakForms(f)) expect(text).not.toContain(s);
    for (const c of Object.values(options().credentials)) expect(text).not.toContain(c);
  });
});
