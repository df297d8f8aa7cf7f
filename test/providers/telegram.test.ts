// The Telegram verifier against a fake server on 127.0.0.1 (see contract.ts). Fabricated URLs only.
import { expect, it } from 'vitest';
import { providerContract } from './contract.js';

const contract = providerContract('telegram');

it('calls only getMe, whatever method the URL names (never sendMessage or getUpdates)', () => {
  const methods = new Set(contract.fake().log.map((l) => l.path.split('/').pop()));
  expect(methods).toEqual(new Set(['getMe']));
});
