// The Discord verifier against a fake Discord server on 127.0.0.1 (see contract.ts), plus the
// invalid-request breaker. Fabricated URLs only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { fabricate } from '../support/fabricate.js';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.js';
import { providerContract } from './contract.js';

const contract = providerContract('discord');

describe('discord', () => {
  let fake: FakeProvider;
  beforeAll(async () => {
    fake = await startFakeProvider('discord');
  });
  afterAll(() => fake.close());

  it('only ever GETs the webhook object (never DELETE, POST or PATCH)', () => {
    expect(contract.fake().log.length).toBeGreaterThan(0);
    expect(new Set(contract.fake().log.map((l) => l.method))).toEqual(new Set(['GET']));
  });

  it('stops verifying after a run of 401/403/429 answers, to stay clear of the IP ban', async () => {
    const findings = Array.from({ length: 30 }, () => fabricate('discord').finding);
    for (const f of findings) fake.set(f.secret, 'revoked'); // 401
    const out = await verify(findings, { origins: { discord: fake.origin }, invalidRequestRun: 5 });
    const dead = out.filter((f) => f.verification!.status === 'dead');
    const stopped = out.filter((f) => f.verification!.status === 'skipped');
    expect(dead.length).toBeGreaterThanOrEqual(5);
    expect(stopped.length).toBeGreaterThan(20);
    expect(stopped[0].verification!.reason).toMatch(/stopped verifying discord after 5 answers of 401\/403\/429/);
    // 5 answers trip the breaker; at most one more was in flight (2 per provider).
    expect(fake.log.length).toBeLessThanOrEqual(6);
    expect(dead.length + stopped.length).toBe(30);
  });

  it('does not count 404 (deleted) answers towards the breaker, and never re-probes a URL', async () => {
    fake.log.length = 0;
    const findings = Array.from({ length: 12 }, () => fabricate('discord').finding);
    for (const f of findings) fake.set(f.secret, 'never-existed'); // 404
    const out = await verify([...findings, ...findings], { origins: { discord: fake.origin }, invalidRequestRun: 5 });
    expect(out.every((f) => f.verification!.status === 'dead')).toBe(true);
    expect(fake.log).toHaveLength(12);
  });
});
