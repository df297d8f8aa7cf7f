// The Mattermost verifier against a fake server on 127.0.0.1 (see contract.ts), and its
// self-hosted policy: only hosts the user allows are contacted. Fabricated URLs only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { fabricate } from '../support/fabricate.js';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.js';
import { providerContract } from './contract.js';

providerContract('mattermost', { controlPerHost: true });

describe('mattermost policy', () => {
  let fake: FakeProvider;
  beforeAll(async () => {
    fake = await startFakeProvider('mattermost');
  });
  afterAll(() => fake.close());

  it('does not contact a self-hosted server the user did not allow', async () => {
    const { finding } = fabricate('mattermost');
    fake.set(finding.secret, 'live');
    const [out] = await verify([finding], { origins: { mattermost: fake.origin } });
    expect(out.verification).toMatchObject({ status: 'skipped' });
    expect(out.verification!.reason).toContain('--verify-allow-host');
    expect(fake.log).toHaveLength(0);
  });

  it('checks an allowed host, naming a random channel and sending no text', async () => {
    const { finding, url } = fabricate('mattermost');
    fake.set(finding.secret, 'live');
    const [out] = await verify([finding], { origins: { mattermost: fake.origin }, allowHosts: [new URL(url).hostname] });
    expect(out.verification!.status).toBe('live');
    const bodies = fake.log.map((l) => JSON.parse(l.body) as { channel: string; text?: string });
    expect(new Set(bodies.map((b) => b.channel)).size).toBe(bodies.length); // a fresh random channel each time
    for (const b of bodies) expect(b.text).toBeUndefined();
  });
});
