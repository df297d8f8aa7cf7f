// The one host-matching rule (config allow_hosts, hook audit, verifier host lists, blocklist) and the one severity order.
import { describe, expect, it } from 'vitest';
import { hostAllowed } from '../src/config/index.js';
import { entryDomain, hostInDomain, hostListed, hostMatches } from '../src/host-name.js';
import { compareSeverity, isSeverity, SEVERITIES } from '../src/severity.js';

describe('host matching', () => {
  it.each([
    ['hooks.slack.com', 'hooks.slack.com', true],
    ['a.hooks.slack.com', 'hooks.slack.com', false],
    ['a.hooks.slack.com', '*.hooks.slack.com', true],
    ['a.hooks.slack.com', '.hooks.slack.com', true],
    ['A.Hooks.Slack.com.', '*.hooks.slack.com', true],
    ['hooks.slack.com', '*.hooks.slack.com', true],
    ['badhooks.slack.com', '*.hooks.slack.com', false],
    ['hooks.slack.com.evil.example', '*.hooks.slack.com', false],
    ['slack.com', 'hooks.slack.com', false],
    ['x.example', '*.', false],
  ])('%s against %s → %s', (host, entry, want) => {
    expect(hostMatches(host, entry)).toBe(want);
    expect(hostListed(host, [entry])).toBe(want);
    expect(hostAllowed(host, [entry])).toBe(want); // config uses the same rule
  });
  it("reads a pattern file's hosts entry as the domain and its subdomains", () => {
    expect(hostInDomain('abc.trycloudflare.com', 'trycloudflare.com')).toBe(true);
    expect(hostInDomain('trycloudflare.com', 'trycloudflare.com')).toBe(true);
    expect(hostInDomain('eviltrycloudflare.com', 'trycloudflare.com')).toBe(false);
  });
  it('normalises entries the same way for every user', () => {
    expect(entryDomain(' *.Example.COM. ')).toBe('example.com');
    expect(entryDomain('.example.com')).toBe('example.com');
  });
});

describe('severity order', () => {
  it('sorts most severe first and recognises only known severities', () => {
    expect([...SEVERITIES].reverse().sort(compareSeverity)).toEqual(['critical', 'high', 'medium', 'low']);
    expect(isSeverity('high')).toBe(true);
    expect(isSeverity('toString')).toBe(false);
    expect(isSeverity(undefined)).toBe(false);
  });
});
