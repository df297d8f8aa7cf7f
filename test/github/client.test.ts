// The Octokit client's rate-limit handling against a scripted server on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type RateLimitWait } from '../../src/github/index.js';
import { EnvironmentError } from '../../src/errors.js';

type Step = { status: number; headers?: Record<string, string>; body?: unknown };
let server: Server | undefined;
const seen: { at: number; auth?: string }[] = [];

async function serve(steps: Step[]): Promise<string> {
  seen.length = 0;
  server = createServer((req, res) => {
    seen.push({ at: Date.now(), auth: req.headers.authorization });
    const s = steps.shift() ?? { status: 200, body: { ok: true } };
    res.writeHead(s.status, { 'content-type': 'application/json', ...s.headers });
    res.end(JSON.stringify(s.body ?? { message: 'x' }));
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

describe('GitHub client', () => {
  it('retries a 429 after retry-after and reports the wait', async () => {
    const url = await serve([{ status: 429, headers: { 'retry-after': '1' } }, { status: 200, body: { login: 'acme' } }]);
    const waits: RateLimitWait[] = [];
    const c = await createGitHubClient({ baseUrl: url, token: 'tkn', onWait: (w) => waits.push(w) });
    const res = await c.octokit.request('GET /orgs/{org}', { org: 'acme' });
    expect(res.data).toEqual({ login: 'acme' });
    expect(waits).toMatchObject([{ kind: 'secondary', waitMs: 1000, request: 'GET /orgs/{org}' }]);
    expect(seen[1].at - seen[0].at).toBeGreaterThanOrEqual(950);
    expect(seen[0].auth).toBe('token tkn');
  });

  it('gives up on a reset further away than --max-wait, and never retries a plain 403', async () => {
    const far = String(Math.floor(Date.now() / 1000) + 3600);
    const url = await serve([
      { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': far } },
      { status: 403, headers: { 'x-ratelimit-remaining': '4000' }, body: { message: 'Resource not accessible by integration' } },
    ]);
    const c = await createGitHubClient({ baseUrl: url, maxWaitMs: 5000 });
    await expect(c.octokit.request('GET /orgs/{org}', { org: 'acme' })).rejects.toThrow(EnvironmentError);
    await expect((await createGitHubClient({ baseUrl: url, maxWaitMs: 5000 })).octokit.request('GET /x')).rejects.toMatchObject({ status: 403 });
    expect(seen).toHaveLength(2);
  });

  it('waits for the reset once the budget is spent, before the next request', async () => {
    // Two seconds ahead: with one, a loaded machine could reach the first request after the reset
    // had passed, and the client rightly did not wait (seen once in CI).
    const reset = Math.floor(Date.now() / 1000) + 2;
    const url = await serve([{ status: 200, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: {} }, { status: 200, body: {} }]);
    const waits: RateLimitWait[] = [];
    const c = await createGitHubClient({ baseUrl: url, onWait: (w) => waits.push(w) });
    await c.octokit.request('GET /a');
    await c.octokit.request('GET /b');
    expect(waits).toMatchObject([{ kind: 'primary', request: 'GET /b' }]);
    expect(seen[1].at).toBeGreaterThanOrEqual(reset * 1000);
    expect(c.rateLimit().remaining).toBeUndefined();
  });

  it('retries a 5xx answer (plugin-retry), never a 404', async () => {
    const url = await serve([{ status: 502, body: { message: 'Server Error' } }, { status: 200, body: { login: 'acme' } }]);
    const c = await createGitHubClient({ baseUrl: url });
    const res = await c.octokit.request('GET /orgs/{org}', { org: 'acme' });
    expect(res.data).toEqual({ login: 'acme' });
    expect(seen).toHaveLength(2);
    const url2 = await (async () => {
      server?.closeAllConnections();
      await new Promise<void>((r) => server!.close(() => r()));
      return serve([{ status: 404, body: { message: 'Not Found' } }]);
    })();
    await expect((await createGitHubClient({ baseUrl: url2 })).octokit.request('GET /orgs/{org}', { org: 'nope' })).rejects.toMatchObject({ status: 404 });
    expect(seen).toHaveLength(1);
  });

  it('checks the API URL', async () => {
    await expect(createGitHubClient({ baseUrl: 'not a url' })).rejects.toThrow(/not a URL/);
    await expect(createGitHubClient({ baseUrl: 'https://u:p@ghe.example.com/api/v3' })).rejects.toThrow(/credentials/);
    expect((await createGitHubClient({ baseUrl: 'https://ghe.example.com/api/v3/' })).baseUrl).toBe('https://ghe.example.com/api/v3');
  });
});
