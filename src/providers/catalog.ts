/**
 * Provider knowledge from the pattern files (patterns/*.yaml, compiled into catalog-data.ts):
 * which rules each verifier checks (`verify: true`) and each revoker acts on (`revoke: true`), and
 * the hosts each may call — the webhook domains (`hosts`), or for revocation the admin API's
 * (`api-hosts`). A domain covers its subdomains, read with the one host-matching rule
 * (src/host-name.ts) as `*.domain`.
 */
import { CATALOG } from './catalog-data.js';

const entry = (provider: string) => {
  const e = CATALOG[provider];
  if (!e) throw new Error(`no pattern file marks a rule of '${provider}' verify or revoke (patterns/${provider}.yaml)`);
  return e;
};

/** The rules a provider's verifier checks. */
export function verifiedRules(provider: string): string[] {
  return entry(provider).verify;
}

/** The rules a provider's revoker acts on. */
export function revokedRules(provider: string): string[] {
  return entry(provider).revoke;
}

/** The hosts a provider's verifier may call: its webhook domains and their subdomains. */
export function webhookHosts(provider: string): string[] {
  return entry(provider).hosts.map((h) => `*.${h}`);
}

/** The hosts a provider's revoker may call: its admin API's domains, else its webhook domains. */
export function apiHosts(provider: string): string[] {
  const e = entry(provider);
  return (e.apiHosts ?? e.hosts).map((h) => `*.${h}`);
}
