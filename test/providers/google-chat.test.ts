// The Google Chat verifier against a fake server on 127.0.0.1 (see contract.ts), plus the control
// probe calibration. Fabricated URLs only.
import { afterEach, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { fabricate } from '../support/fabricate.js';
import { SPEAKERS, startServer, type FakeServer } from '../support/fake-provider.js';
import { providerContract } from './contract.js';

providerContract('google-chat');

describe('google chat control probe', () => {
  let server: FakeServer | undefined;
  afterEach(() => server?.close());

  it('sends the control (random token, same key) before the candidate', async () => {
    server = await startServer((req) => (req.query.get('token')?.startsWith('real') ? SPEAKERS['google-chat'].live(req) : SPEAKERS['google-chat'].revoked(req)));
    const { finding } = fabricate('google-chat');
    const [out] = await verify([finding], { origins: { 'google-chat': server.origin } });
    expect(server.log).toHaveLength(2);
    const [control, candidate] = server.log;
    expect(control.query.get('key')).toBe(candidate.query.get('key'));
    expect(control.query.get('token')).not.toBe(candidate.query.get('token'));
    expect(candidate.query.get('token')!.replace(/=$/, '')).toBe(finding.secret);
    expect(out.verification!.status).toBe('dead'); // the fabricated token is not "real…"
  });

  it('reports unknown when a random token gets the same 400 (the check does not discriminate)', async () => {
    server = await startServer((req) => SPEAKERS['google-chat'].live(req));
    const { finding } = fabricate('google-chat');
    const [out] = await verify([finding], { origins: { 'google-chat': server.origin } });
    expect(out.verification!.status).toBe('unknown');
    expect(out.verification!.reason).toContain('does not tell them apart');
  });
});
