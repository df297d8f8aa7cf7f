// The fabricators are data (fabricators.yaml): each template must give a URL that its provider's
// pattern reports, and a broken template must fail loudly rather than produce a near-miss URL.
import { describe, expect, it } from 'vitest';
import { VERIFIERS } from '../../src/providers/index.js';
import { REVOKERS } from '../../src/providers/revokers.js';
import { FABRICATE, TEMPLATES, fabricate, fillTemplate } from './fabricate.js';

describe('fabricators as data', () => {
  it('has a template for every provider with a verifier or a revoker', () => {
    const providers = new Set([...VERIFIERS, ...REVOKERS].map((v) => v.provider));
    expect(providers.size).toBeGreaterThan(10);
    for (const provider of providers) expect(TEMPLATES[provider], `${provider}: add it to test/support/fabricators.yaml`).toBeTypeOf('string');
  });

  for (const kind of Object.keys(TEMPLATES)) {
    it(`${kind}: a fabricated URL is reported once, by the ${kind.split('-')[0]} provider's pattern`, () => {
      const { url, finding } = fabricate(kind);
      expect(url.startsWith('https://')).toBe(true);
      expect(url).not.toMatch(/[{}]/);
      expect(kind === finding.provider || kind.startsWith(`${finding.provider}-`), `${kind} → ${finding.provider}`).toBe(true);
      expect(url).toContain(finding.secret);
      // random: two calls differ
      expect(FABRICATE[kind]()).not.toBe(FABRICATE[kind]());
    });
  }

  it('fills alphabets, character lists, UUIDs and nested base64url, innermost first', () => {
    expect(fillTemplate('x{DIGITS*5}y')).toMatch(/^x\d{5}y$/);
    expect(fillTemplate('{[ab]*8}')).toMatch(/^[ab]{8}$/);
    expect(fillTemplate('{uuid}')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const encoded = fillTemplate('{base64url:id/{HEX*4}}');
    expect(Buffer.from(encoded, 'base64url').toString()).toMatch(/^id\/[0-9a-f]{4}$/);
  });

  it('rejects what it cannot fill, naming the template', () => {
    expect(() => fillTemplate('{NOPE*3}', 'acme')).toThrow(/acme: cannot fill \{NOPE\*3\}/);
    expect(() => fillTemplate('{HEX}', 'acme')).toThrow(/cannot fill/);
    expect(() => fillTemplate('a{b', 'acme')).toThrow(/unbalanced braces/);
    expect(() => fabricate('no-such-provider')).toThrow(/fabricators\.yaml/);
  });
});
