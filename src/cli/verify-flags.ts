/** The scan command's verification flags: parsing, checks and the call into verify(). */
import { checkFailOn, type FailOn } from '../app/fail-on.js';
import { UsageError } from '../errors.js';
import type { VerifyRequest } from '../app/verify-options.js';

export interface VerifyFlags {
  verify?: boolean;
  verifyProviders?: string[];
  verifyOrigin?: string[];
  verifyAllowHost?: string[];
  verifyTimeout?: number;
  failOn: string;
}

/** Commander collector for repeatable options. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Commander collector for comma-separated, repeatable lists. */
export function commaList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

/** Flags that only make sense with --verify are a usage error without it (nothing is sent by default). */
export function checkVerifyFlags(flags: VerifyFlags): void {
  if (flags.verify) return;
  const used = [
    flags.verifyProviders && '--verify-providers',
    flags.verifyOrigin && '--verify-origin',
    flags.verifyAllowHost && '--verify-allow-host',
    flags.verifyTimeout !== undefined && '--verify-timeout',
  ].filter(Boolean);
  if (used.length) throw new UsageError(`${used.join(', ')} need${used.length === 1 ? 's' : ''} --verify (verification is off by default)`);
  if (flags.failOn) checkFailOn(flags.failOn as FailOn, false);
}

/** The --verify-* flags as the application's verify request (undefined without --verify). */
export function verifyRequest(flags: VerifyFlags): VerifyRequest | undefined {
  return flags.verify ? { providers: flags.verifyProviders, origins: flags.verifyOrigin, allowHosts: flags.verifyAllowHost, timeoutMs: flags.verifyTimeout } : undefined;
}
