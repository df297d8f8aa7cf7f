/** Random credentials and names for control probes and probe bodies (crypto random). */
import { randomBytes } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random characters from an alphabet. */
export function randomFrom(alphabet: string, n: number): string {
  let out = '';
  while (out.length < n) {
    for (const b of randomBytes(n * 2)) {
      // Rejection sampling keeps the distribution uniform.
      if (b < 256 - (256 % alphabet.length)) out += alphabet[b % alphabet.length];
      if (out.length === n) break;
    }
  }
  return out;
}
export const randomHex = (n: number) => randomFrom('0123456789abcdef', n);
export const randomAlnum = (n: number) => randomFrom(ALNUM, n);
