/**
 * Where verification may send each provider's calls: the configuration's verify-origins, then
 * --verify-origin (flags win), every provider id and origin checked. One policy for the CLI and the
 * Action (the Action once took verify-origins unchecked).
 */
import type { HookscanConfig } from '../config/index.js';
import { UsageError } from '../errors.js';
import { parseOrigin } from '../verify/origin.js';
import type { Finding, Progress } from '../types.js';

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

/** What a command verifies with: the shells' --verify-* flags or the Action's inputs, as data. */
export interface VerifyRequest {
  /** Only these provider ids. */
  providers?: string[];
  /** PROVIDER=ORIGIN pairs (flags); the configuration's verify-origins come first. */
  origins?: string[];
  /** Self-hosted servers (Mattermost …) verification may contact. */
  allowHosts?: string[];
  timeoutMs?: number;
}

/** Checks a verify request against the configuration and the known providers; returns the origin mapping. */
export function checkVerify(req: VerifyRequest, config: HookscanConfig, knownProviders: ReadonlySet<string>): Record<string, string> {
  const origins = originsFrom({ verifyOrigin: req.origins }, config, knownProviders);
  for (const p of req.providers ?? []) checkProvider(p, knownProviders, '--verify-providers');
  return origins;
}

/** Verifies findings under the one policy, with the origins `checkVerify` returned. The verifiers (HTTP, TLS, DNS) load only here. */
export async function verifyWith(findings: Finding[], req: VerifyRequest, origins: Record<string, string>, onProgress?: (p: Progress) => void): Promise<Finding[]> {
  const { verify } = await import('../verify/index.js');
  return verify(findings, { providers: req.providers, origins, allowHosts: req.allowHosts, timeoutMs: req.timeoutMs, onProgress });
}
