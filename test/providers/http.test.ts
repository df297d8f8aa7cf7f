// The guarded HTTP helper: host policy, private addresses after DNS, no redirects, timeouts,
// Retry-After within a budget, body cap, secrets scrubbed. Servers on 127.0.0.1 inside the test.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { GuardedHttp, isBlockedAddress, pinnedLookup, retryAfterMs, rewriteToOrigin, type GuardedRequest, type HttpPolicy } from '../../src/providers/index.js';
import { startServer, type FakeServer } from '../support/fake-provider.js';

const secret = randomBytes(18).toString('base64url');

function client(server: FakeServer | undefined, extra: Partial<HttpPolicy> = {}): GuardedHttp {
  return new GuardedHttp({
    timeoutMs: 400,
    userAgent: 'hookscan/test',
    origins: server ? new Map([['slack', new URL(server.origin)]]) : undefined,
    ...extra,
  });
}
function req(extra: Partial<GuardedRequest> = {}): GuardedRequest {
  return {
    provider: 'slack',
    method: 'POST',
    url: new URL(`https://hooks.slack.com/services/${secret}?q=1`),
    matchedHost: 'hooks.slack.com',
    allowedHosts: ['hooks.slack.com'],
    secrets: [secret],
    body: 'not json',
    ...extra,
  };
}

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1',
    '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a9fe:a9fe', 'not-an-ip',
  ])('refuses %s', (a) => expect(isBlockedAddress(a)).toBe(true));
  it.each(['8.8.8.8', '104.16.0.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows %s', (a) => expect(isBlockedAddress(a)).toBe(false));
});

describe('GuardedHttp', () => {
  let servers: FakeServer[] = [];
  const start = async (h: Parameters<typeof startServer>[0]) => {
    const s = await startServer(h);
    servers.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  it('sends to the named origin keeping path and query; a base path is prefixed', async () => {
    const s = await start(() => ({ status: 400, body: 'invalid_payload' }));
    const r = await client(s).request(req());
    expect(r).toMatchObject({ kind: 'response', status: 400, body: 'invalid_payload', attempts: 1 });
    expect(s.log[0].url).toBe(`/services/${secret}?q=1`);
    expect(rewriteToOrigin(new URL('https://proxy.example/slack/'), new URL('https://hooks.slack.com/services/x?y=1')).href).toBe('https://proxy.example/slack/services/x?y=1');
  });

  it('refuses a request to another host than the matched one, or to a host the verifier does not know', async () => {
    const s = await start(() => ({ status: 200 }));
    const a = await client(s).request(req({ matchedHost: 'hooks.slack-gov.com' }));
    expect(a).toMatchObject({ kind: 'refused' });
    const b = await client(s).request(req({ url: new URL('https://evil.example/services/x'), matchedHost: 'evil.example' }));
    expect(b).toMatchObject({ kind: 'refused', reason: expect.stringContaining('not a known slack host') });
    expect(s.log).toHaveLength(0);
  });

  it('refuses a host that resolves to a private or loopback address (DNS checked first)', async () => {
    const lookups: string[] = [];
    const http = client(undefined, { lookup: async (h) => (lookups.push(h), [{ address: '10.0.0.7', family: 4 }]) });
    const r = await http.request(req());
    expect(r).toMatchObject({ kind: 'refused', reason: expect.stringContaining('10.0.0.7') });
    expect(lookups).toEqual(['hooks.slack.com']);
    const v6 = await client(undefined, { lookup: async () => [{ address: '8.8.8.8', family: 4 }, { address: '::1', family: 6 }] }).request(req());
    expect(v6).toMatchObject({ kind: 'refused' });
  });

  it('allows loopback for an origin the user named, and for an allowed self-hosted host', async () => {
    const s = await start(() => ({ status: 400, body: '{"id":"x"}' }));
    const port = new URL(s.origin).port;
    const selfHosted = await client(undefined, { namedHosts: ['127.0.0.1'] }).request(
      req({ provider: 'mattermost', url: new URL(`http://127.0.0.1:${port}/hooks/abc`), matchedHost: '127.0.0.1', allowedHosts: ['127.0.0.1'] }),
    );
    expect(selfHosted).toMatchObject({ kind: 'response', status: 400 });
    const notNamed = await client(undefined).request(req({ provider: 'mattermost', url: new URL(`http://127.0.0.1:${port}/hooks/abc`), matchedHost: '127.0.0.1', allowedHosts: ['127.0.0.1'] }));
    expect(notNamed).toMatchObject({ kind: 'refused' });
    expect(s.log).toHaveLength(1);
  });

  it('connects only to the address it checked, even when the name resolves differently later (DNS pinning)', async () => {
    const s = await start(() => ({ status: 400, body: '{"id":"x"}' }));
    const port = new URL(s.origin).port;
    const answers: string[] = [];
    // First answer: the fake server. Every later answer: an address nothing listens on.
    const rebinding = async () => {
      const address = answers.length === 0 ? '127.0.0.1' : '10.255.255.1';
      answers.push(address);
      return [{ address, family: 4 }];
    };
    const http = client(undefined, { namedHosts: ['chat.example'], lookup: rebinding });
    const ask = (path: string) =>
      http.request(req({ provider: 'mattermost', url: new URL(`http://chat.example:${port}${path}`), matchedHost: 'chat.example', allowedHosts: ['chat.example'] }));
    expect(await ask('/hooks/a')).toMatchObject({ kind: 'response', status: 400 });
    expect(await ask('/hooks/b')).toMatchObject({ kind: 'response', status: 400 });
    expect(answers).toEqual(['127.0.0.1']);
    expect(s.log.map((l) => [l.url, l.headers.host])).toEqual([['/hooks/a', `chat.example:${port}`], ['/hooks/b', `chat.example:${port}`]]);
  });

  it('the pinned lookup answers only the checked addresses for the checked name', async () => {
    const pin = pinnedLookup('hooks.slack.com', [{ address: '8.8.8.8', family: 4 }, { address: '2606:4700::1', family: 6 }]);
    const call = (host: string, options: object) =>
      new Promise<unknown[]>((resolve) => (pin as unknown as (h: string, o: object, cb: (...a: unknown[]) => void) => void)(host, options, (...a) => resolve(a)));
    expect(await call('hooks.slack.com', { all: true })).toEqual([null, [{ address: '8.8.8.8', family: 4 }, { address: '2606:4700::1', family: 6 }]]);
    expect(await call('HOOKS.slack.com', {})).toEqual([null, '8.8.8.8', 4]);
    const [err] = await call('evil.example', { all: true });
    expect(err).toMatchObject({ code: 'EPINNED' });
  });

  it('never follows a redirect', async () => {
    const target = await start(() => ({ status: 200, body: 'ok' }));
    const s = await start((r) => ({ status: 307, headers: { location: `${target.origin}/stolen${r.url}` } }));
    const r = await client(s).request(req());
    expect(r).toMatchObject({ kind: 'redirect', status: 307, to: new URL(target.origin).host });
    expect(target.log).toHaveLength(0);
  });

  it('times out a server that never answers', async () => {
    const s = await start(() => 'hang');
    const t0 = Date.now();
    const r = await client(s).request(req());
    expect(r).toMatchObject({ kind: 'timeout', reason: 'no answer within 400 ms' });
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('honours Retry-After within the budget, and gives up beyond it', async () => {
    const s = await start((_r, hits) => (hits === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 400, body: 'invalid_payload' }));
    const t0 = Date.now();
    const r = await client(s).request(req());
    expect(r).toMatchObject({ kind: 'response', status: 400, attempts: 2 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);

    const s2 = await start(() => ({ status: 429, headers: { 'retry-after': '120' } }));
    expect(await client(s2).request(req())).toMatchObject({ kind: 'response', status: 429, attempts: 1 });

    const s3 = await start(() => ({ status: 429, headers: { 'retry-after': '0' } }));
    expect(await client(s3).request(req())).toMatchObject({ status: 429, attempts: 3 }); // 2 retries, then stop
    const s4 = await start(() => ({ status: 429, headers: { 'retry-after': '1' } }));
    const tight = client(s4, { retry: { budgetMs: 500 } });
    expect(await tight.request(req())).toMatchObject({ status: 429, attempts: 1 }); // the budget is smaller than the wait
  });

  it('reads Retry-After as seconds, HTTP dates, and JSON retry_after', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }), '')).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), '', 4000)).toBe(6000);
    expect(retryAfterMs(new Headers(), '{"retry_after": 1.5}')).toBe(1500);
    expect(retryAfterMs(new Headers(), '{"parameters":{"retry_after":3}}')).toBe(3000);
    expect(retryAfterMs(new Headers(), 'nope')).toBeUndefined();
  });

  it('caps the body it reads', async () => {
    const s = await start(() => ({ status: 400, body: 'x'.repeat(300_000) }));
    const r = await client(s, { maxBodyBytes: 1000 }).request(req());
    expect(r.kind === 'response' && r.body.length).toBe(1000);
  });

  it('scrubs secrets from network errors and refusals', async () => {
    const r = await client(undefined, { lookup: async () => Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${secret}`), { code: 'ENOTFOUND' })) }).request(req());
    expect(r.kind).toBe('network');
    expect(JSON.stringify(r)).not.toContain(secret);
    const refused = await client(undefined).request(req({ url: new URL(`https://${secret.toLowerCase()}.example/x`), matchedHost: `${secret.toLowerCase()}.example`, secrets: [secret.toLowerCase()] }));
    expect(refused.kind).toBe('refused');
    expect(JSON.stringify(refused)).not.toContain(secret.toLowerCase());
  });

  it('passes cancellation through', async () => {
    const s = await start(() => 'hang');
    const ac = new AbortController();
    const p = client(s, { signal: ac.signal, timeoutMs: 10_000 }).request(req());
    setTimeout(() => ac.abort(new Error('cancelled by the user')), 50);
    await expect(p).rejects.toThrow('cancelled by the user');
  });
});
