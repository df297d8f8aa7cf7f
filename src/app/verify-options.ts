/**
 * Where verification may send each provider's calls: the configuration's verify-origins, then
 * --verify-origin (flags win), every provider id and origin checked. One policy for the CLI and the
 * Action (the Action once took verify-origins unchecked).
 */
import type { HookscanConfig } from '../config/index.js';
import { UsageError } from '../errors.js';
import { parseOrigin } from '../verify/origin.js';

export function checkProvider(p: string, known: ReadonlySet<string>, where: string): void {
  if (!known.has(p)) throw new UsageError(`${where}: unknown provider '${p}' (see hookscan providers; e.g. ${[...known].slice(0, 4).join(', ')})`);
}

/** The origin mapping: the config's verify-origins, then --verify-origin (flags win). Checked. */
export function originsFrom(flags: { verifyOrigin?: string[] }, config: HookscanConfig, knownProviders: ReadonlySet<string>): Record<string, string> {
  const origins: Record<string, string> = {};
  for (const [p, o] of Object.entries(config.verifyOrigins)) {
    checkProvider(p, knownProviders, 'verify-origins in the configuration');
    origins[p] = o;
  }
  for (const pair of flags.verifyOrigin ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--verify-origin '${pair}': expected PROVIDER=ORIGIN, e.g. slack=https://slack-proxy.example.com`);
    const p = pair.slice(0, eq).trim();
    checkProvider(p, knownProviders, '--verify-origin');
    origins[p] = pair.slice(eq + 1).trim();
  }
  for (const [p, o] of Object.entries(origins)) parseOrigin(p, o);
  return origins;
}
