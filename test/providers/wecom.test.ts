// The WeCom verifier against a fake server on 127.0.0.1 (see contract.ts). Fabricated URLs only.
import { afterEach, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { findingsIn } from '../support/fabricate.js';
import { SPEAKERS, startServer, type FakeServer } from '../support/fake-provider.js';
import { providerContract } from './contract.js';
import { randomUUID } from 'node:crypto';

providerContract('wecom');

describe('wecom', () => {
  let server: FakeServer | undefined;
  afterEach(() => server?.close());

  it('probes the send endpoint for an upload_media URL, with the same key', async () => {
    const key = randomUUID();
    const [finding] = findingsIn(`u = "https://qyapi.weixin.qq.com/cgi-bin/webhook/upload_media?type=file&key=${key}"`);
    server = await startServer((req) => (req.query.get('key') === key ? SPEAKERS.wecom.live(req) : SPEAKERS.wecom.revoked(req)));
    const [out] = await verify([finding], { origins: { wecom: server.origin } });
    expect(out.verification!.status).toBe('live');
    for (const l of server.log) expect(l.path).toBe('/cgi-bin/webhook/send');
  });
});
