// The fake provider servers are data (speakers.yaml) read by one generic speaker: every provider
// with a verifier has an entry, every entry answers each scenario, and its safety rule rejects
// requests that could post a message or start a run (so the contract tests' "nothing unsafe was
// sent" can fail).
import { describe, expect, it } from 'vitest';
import { VERIFIERS } from '../../src/providers/index.js';
import { SPEAKER_SPECS, SPEAKERS, speakerFrom, type Logged } from './fake-provider.js';

function request(method: string, path: string, body = '', query = ''): Logged {
  return { method, url: `${path}${query ? `?${query}` : ''}`, path, query: new URLSearchParams(query), headers: {}, body, at: 0 };
}

/** A message any provider would deliver. */
const MESSAGE = JSON.stringify({ text: 'hello', msgtype: 'text', content: 'hello', channel: 'town-square', attachments: [{ text: 'hello' }] });

describe('fake provider speakers as data', () => {
  it('has a speaker for every provider with a verifier, and none for a provider without one', () => {
    const verified = new Set(VERIFIERS.map((v) => v.provider));
    for (const p of verified) expect(SPEAKER_SPECS[p], `${p}: add it to test/support/speakers.yaml`).toBeDefined();
    for (const p of Object.keys(SPEAKER_SPECS)) expect(verified.has(p), `${p} in speakers.yaml has no verifier`).toBe(true);
  });

  for (const [provider, spec] of Object.entries(SPEAKER_SPECS)) {
    it(`${provider}: answers every scenario and rejects requests that could deliver`, () => {
      const s = SPEAKERS[provider];
      for (const which of ['live', 'revoked', 'never-existed', 'unexpected'] as const) expect(spec.answers[which], `${provider} ${which}`).toBeDefined();
      const req = request(spec.safe.method, '/x/hook', '');
      for (const a of [s.live(req), s.revoked(req), s.neverExisted(req), s.unexpected(req)]) {
        expect(a.status).toBeGreaterThanOrEqual(200);
        expect(a.headers?.['content-type']).toBeTruthy();
      }
      // The wrong method, and a message in the body, are unsafe whatever the path.
      const other = spec.safe.method === 'GET' ? 'POST' : 'GET';
      expect(s.unsafe(request(other, '/x/hook'))).toMatch(/method/);
      expect(s.unsafe(request(spec.safe.method, '/x/hook', MESSAGE))).toBeTruthy();
    });
  }

  it('reads the credential from the path or the query, and fills answers from its named parts', () => {
    const discord = SPEAKERS.discord;
    const req = request('GET', '/api/v10/webhooks/1234567890123456789/tok%2Den');
    expect(discord.tokenOf(req)).toBe('1234567890123456789/tok-en');
    expect(JSON.parse(discord.live(req).body!)).toMatchObject({ id: '1234567890123456789', token: 'tok-en' });
    expect(SPEAKERS['google-chat'].tokenOf(request('POST', '/v1/spaces/AAA/messages', '{}', 'key=k&token=abc%3D'))).toBe('abc');
    expect(SPEAKERS.ifttt.unsafe(request('POST', '/trigger/deploy/with/key/abc'))).toMatch(/event deploy/);
    expect(SPEAKERS.ifttt.unsafe(request('POST', `/trigger/hookscan_probe_${'0'.repeat(24)}/with/key/abc`))).toBeNull();
  });

  it('names a missing answer', () => {
    const broken = speakerFrom('acme', { ...SPEAKER_SPECS.slack, answers: { ...SPEAKER_SPECS.slack.answers, live: undefined! } });
    expect(() => broken.live(request('POST', '/services/x'))).toThrow(/acme has no 'live' answer/);
  });
});
