// The IFTTT verifier against a fake server on 127.0.0.1 (see contract.ts). Fabricated URLs only.
import { expect, it } from 'vitest';
import { providerContract } from './contract.js';

const contract = providerContract('ifttt');

it('never fires the event named in the URL; each key gets its own random event name', () => {
  const log = contract.fake().log;
  expect(log.length).toBeGreaterThan(0);
  const keysByEvent = new Map<string, Set<string>>();
  for (const l of log) {
    const [, , event, , , key] = l.path.split('/');
    expect(event).toMatch(/^hookscan_probe_[0-9a-f]{24}$/);
    keysByEvent.set(event, (keysByEvent.get(event) ?? new Set()).add(key));
  }
  for (const keys of keysByEvent.values()) expect(keys.size).toBe(1);
});
