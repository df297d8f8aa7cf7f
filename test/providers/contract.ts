// The contract every verifier meets against its fake server: the documented verdict for each
// answer, and no request that could have delivered a message or run a workflow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import type { Finding } from '../../src/types.js';
import { fabricate } from '../support/fabricate.js';
import { EXPECTED, SCENARIOS, SPEAKERS, startFakeProvider, startServer, type FakeProvider, type FakeServer, type Scenario } from '../support/fake-provider.js';

export const ALLOW_FABRICATED_SELF_HOSTED = ['*.example.io'];

/** Runs the scenarios for one provider; returns the fake server (for extra assertions). */
export function providerContract(provider: string, opts: { controlPerHost?: boolean } = {}): { fake: () => FakeProvider } {
  let fake: FakeProvider;
  let elsewhere: FakeServer;
  describe(`${provider} verifier against a fake ${provider} server`, () => {
    beforeAll(async () => {
      elsewhere = await startServer(() => ({ status: 200, body: 'captured' }));
      fake = await startFakeProvider(provider, { redirectTo: elsewhere.origin });
    });
    afterAll(async () => {
      await fake.close();
      await elsewhere.close();
    });

    it('gives the documented verdict for each answer and sends nothing that could post or run', async () => {
      const speaker = SPEAKERS[provider];
      const cases: { scenario: Scenario; finding: Finding; token: string }[] = SCENARIOS.map((scenario) => {
        const { finding } = fabricate(provider);
        const token = speaker.tokenOfSecret(finding.secret);
        fake.set(token, scenario);
        return { scenario, finding, token };
      });
      const out = await verify(
        cases.map((c) => c.finding),
        { origins: { [provider]: fake.origin }, allowHosts: ALLOW_FABRICATED_SELF_HOSTED, timeoutMs: 500, timeoutRun: 100, retry: { maxWaitMs: 2000 } },
      );

      for (const [i, c] of cases.entries()) {
        const v = out[i].verification!;
        expect(v.status, `${c.scenario}: ${v.reason}`).toBe(EXPECTED[c.scenario]);
        expect(v.reason.length).toBeGreaterThan(10);
        expect(Number.isNaN(Date.parse(v.checkedAt))).toBe(false);
        // Reasons quote the answer, never the secret.
        expect(v.reason).not.toContain(c.finding.secret);
        expect(v.reason).not.toContain(c.token);
      }
      const by = (s: Scenario) => out[SCENARIOS.indexOf(s)].verification!;
      const hits = (s: Scenario) => fake.log.filter((l) => speaker.tokenOf(l) === cases[SCENARIOS.indexOf(s)].token).length;
      expect(by('hang').reason).toContain('no answer within 500 ms');
      expect(by('rate-limited').reason).toContain('429');
      expect(by('error').reason).toContain('500');
      expect(by('redirect').reason).toMatch(/redirect/);
      expect(by('unexpected').reason).toMatch(/unrecognised|unexpected|does not tell/);
      expect(hits('rate-limited-then-live')).toBe(2); // Retry-After: 1 honoured once
      expect(hits('rate-limited')).toBe(1); // Retry-After: 3600 is beyond the budget: no retry
      for (const s of SCENARIOS) if (s !== 'rate-limited-then-live') expect(hits(s), s).toBe(1);
      expect(elsewhere.log).toHaveLength(0); // the redirect was not followed

      // Every request: a safe probe, about one of the findings or a random control credential.
      const tokens = new Set(cases.map((c) => c.token));
      for (const r of fake.log) {
        expect(speaker.unsafe(r), `${r.method} ${r.url} ${r.body}`).toBeNull();
        expect(r.headers['user-agent']).toMatch(/^hookscan\//);
        const t = speaker.tokenOf(r);
        expect(t, r.url).toBeTruthy();
      }
      const controls = fake.log.filter((r) => !tokens.has(speaker.tokenOf(r)!));
      // At most one control probe per run (per server for self-hosted providers).
      expect(controls.length).toBeLessThanOrEqual(opts.controlPerHost ? cases.length : 1);
    });
  });
  return { fake: () => fake };
}
