// The DingTalk verifier against a fake server on 127.0.0.1 (see contract.ts), plus signed robots
// and the control probe. Fabricated URLs only.
import { afterEach, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { fabricate } from '../support/fabricate.js';
import { startServer, type FakeServer } from '../support/fake-provider.js';
import { providerContract } from './contract.js';

providerContract('dingtalk');

const json = (body: unknown) => ({ status: 200, body: JSON.stringify(body) });

describe('dingtalk answers', () => {
  let server: FakeServer | undefined;
  afterEach(() => server?.close());

  it('a robot with signing on is live (310000 sign not match)', async () => {
    const { finding } = fabricate('dingtalk');
    server = await startServer((req) =>
      req.query.get('access_token') === finding.secret ? json({ errcode: 310000, errmsg: 'sign not match, more: [https://ding-doc.dingtalk.com/doc]' }) : json({ errcode: 300005, errmsg: 'token is not exist' }),
    );
    const [out] = await verify([finding], { origins: { dingtalk: server.origin } });
    expect(out.verification).toMatchObject({ status: 'live' });
    expect(out.verification!.reason).toContain('310000');
  });

  it('a payload error is unknown when a random token gets the same answer', async () => {
    server = await startServer(() => json({ errcode: 300001, errmsg: 'message msgtype not support' }));
    const [out] = await verify([fabricate('dingtalk').finding], { origins: { dingtalk: server.origin } });
    expect(out.verification!.status).toBe('unknown');
  });

  it('quota answers are unknown, never dead', async () => {
    server = await startServer((req) => (req.query.get('access_token')!.length === 64 && req.body ? json({ errcode: 90030, errmsg: 'webhook over limit' }) : json({})));
    const [out] = await verify([fabricate('dingtalk').finding], { origins: { dingtalk: server.origin } });
    expect(out.verification!.status).toBe('unknown');
  });
});
