/** The scan command's verification flags: parsing, checks and the call into verify(). */
import { checkFailOn, type FailOn } from '../app/fail-on.js';
import type { HookscanConfig } from '../config/index.js';
import { UsageError } from '../errors.js';
import type { Finding, Progress } from '../types.js';
import { checkProvider, originsFrom } from '../app/verify-options.js';

export { originsFrom };

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

/** Runs verification with the flags and the config's verify-origins (flags win). */
export async function verifyFindings(
  findings: Finding[],
  flags: VerifyFlags,
  config: HookscanConfig,
  knownProviders: ReadonlySet<string>,
  onProgress?: (p: Progress) => void,
): Promise<Finding[]> {
  const origins = originsFrom(flags, config, knownProviders);
  for (const p of flags.verifyProviders ?? []) checkProvider(p, knownProviders, '--verify-providers');
  // The verifiers (HTTP, TLS, DNS) load only when --verify asks for them.
  const { verify } = await import('../verify/index.js');
  return verify(findings, {
    providers: flags.verifyProviders,
    origins,
    allowHosts: flags.verifyAllowHost,
    timeoutMs: flags.verifyTimeout,
    onProgress,
  });
}

/** Exit 1 under --fail-on live only when something is live. */
export { anyLive } from '../app/fail-on.js';
