// The issue's done-when measurement: `hookscan scan --verify` over a folder with a hundred
// fabricated URLs across providers, one of whose servers never answers, finishes within a minute
// with the right verdicts. Default timeout (5 s) and concurrency, so the time is realistic.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { fabricate } from '../support/fabricate.js';
import { SPEAKERS, startFakeProvider, startServer, type FakeProvider, type FakeServer, type Scenario } from '../support/fake-provider.js';

const ANSWERING = ['slack', 'discord', 'microsoft-teams', 'google-chat', 'telegram', 'dingtalk', 'feishu', 'wecom', 'ifttt'];
const SILENT = 'webex'; // its server accepts connections and never answers
const NEVER_CONTACTED = ['zapier', 'zapier', 'zapier', 'zapier', 'make', 'make', 'make', 'webhook-site', 'webhook-site', 'webhook-site'];
const ROTATION: Scenario[] = ['live', 'revoked', 'never-existed'];

describe('done when: a hundred URLs, one provider silent', () => {
  const servers = new Map<string, FakeProvider>();
  let silent: FakeServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hookscan-hundred-'));
    for (const p of ANSWERING) servers.set(p, await startFakeProvider(p));
    silent = await startServer(() => 'hang');
    const lines: string[] = [];
    for (const p of ANSWERING) {
      for (let i = 0; i < 9; i++) {
        const { url, finding } = fabricate(p);
        const s = ROTATION[i % 3];
        servers.get(p)!.set(SPEAKERS[p].tokenOfSecret(finding.secret), s);
        lines.push(url);
      }
    }
    for (let i = 0; i < 9; i++) {
      lines.push(fabricate(SILENT).url);
    }
    for (const k of NEVER_CONTACTED) {
      lines.push(fabricate(k).url);
    }
    expect(lines).toHaveLength(100);
    // Twenty files of five URLs each.
    for (let f = 0; f < 20; f++) {
      writeFileSync(join(dir, `notify-${f}.env`), `${lines.slice(f * 5, f * 5 + 5).map((u, i) => `HOOK_${i}="${u}"`).join('\n')}\n`);
    }
  });
  afterAll(async () => {
    await Promise.all([...servers.values(), silent].map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('finishes within a minute with the right verdicts', { timeout: 90_000 }, async () => {
    const origins = [...servers.keys()].flatMap((p) => ['--verify-origin', `${p}=${servers.get(p)!.origin}`]);
    origins.push('--verify-origin', `${SILENT}=${silent.origin}`);
    let stdout = '';
    let stderr = '';
    const t0 = performance.now();
    const code = await run(['scan', '.', '--verify', ...origins, '-f', 'json'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: dir,
      env: {},
    });
    const seconds = (performance.now() - t0) / 1000;
    console.log(`hookscan scan --verify: 100 URLs, ${SILENT} silent, finished in ${seconds.toFixed(1)} s`);
    expect(code, stderr).toBe(1);
    expect(seconds).toBeLessThan(60);

    const findings = (JSON.parse(stdout) as { findings: { url: string; ruleId: string; verification?: { status: string; reason: string } }[] }).findings;
    expect(findings).toHaveLength(100);
    // Verdict counts per provider (three URLs per scenario), then each server's request log.
    const counts = (rule: string) => {
      const c: Record<string, number> = {};
      for (const f of findings.filter((x) => x.ruleId.startsWith(rule))) c[f.verification!.status] = (c[f.verification!.status] ?? 0) + 1;
      return c;
    };
    for (const p of ANSWERING) expect(counts(p), p).toEqual({ live: 3, dead: 6 });
    expect(counts(SILENT)).toEqual({ unknown: 9 });
    expect(counts('zapier')).toEqual({ unverifiable: 4 });
    expect(counts('make')).toEqual({ unverifiable: 3 });
    expect(counts('webhook-site')).toEqual({ skipped: 3 });

    // Each answering server: every URL checked once (plus at most one control), all probes safe.
    for (const p of ANSWERING) {
      const s = servers.get(p)!;
      expect(s.log.length, p).toBeGreaterThanOrEqual(9);
      expect(s.log.length, p).toBeLessThanOrEqual(10);
      for (const r of s.log) expect(SPEAKERS[p].unsafe(r), `${p} ${r.method} ${r.url}`).toBeNull();
    }
    // The silent server was given up on after a few timeouts, not waited for nine times.
    // The control probe and two candidates time out; three timeouts in a row stop the provider.
    expect(silent.log.length).toBeLessThanOrEqual(3);
    const silentReasons = findings.filter((f) => f.ruleId.startsWith(SILENT)).map((f) => f.verification!.reason);
    expect(silentReasons.some((r) => r.includes('no answer within 5000 ms'))).toBe(true);
    expect(silentReasons.some((r) => r.includes('did not answer 3 requests in a row'))).toBe(true);
  });
});
