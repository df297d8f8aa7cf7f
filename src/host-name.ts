/**
 * The one host-matching rule, used by config (`allow-hosts`), the hook audit, the verifiers' and
 * revokers' host lists and the blocklist. Case-insensitive; a trailing dot is ignored.
 *  - `*.example.com` (or `.example.com`) covers example.com and every subdomain, matched on a
 *    label boundary: `a.example.com` yes, `badexample.com` never;
 *  - a bare `hooks.example.com` names that one host (the `allow-hosts` contract).
 * A pattern file's `hosts:` entry names a domain with its subdomains: read it with `hostInDomain`
 * (the same rule, through `*.domain`). Pure.
 */

/** The domain an entry names: lower case, without a leading `*.`/`.` or a trailing dot. */
export function entryDomain(entry: string): string {
  return entry.trim().toLowerCase().replace(/^\*?\./, '').replace(/\.$/, '');
}

/** True when `host` matches the entry (see the rule above). */
export function hostMatches(host: string, entry: string): boolean {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  const e = entry.trim().toLowerCase();
  const d = entryDomain(e);
  if (d === '') return false;
  const wildcard = e.startsWith('*.') || e.startsWith('.');
  return h === d || (wildcard && h.endsWith(`.${d}`));
}

/** True when any entry matches the host. */
export function hostListed(host: string, entries: readonly string[]): boolean {
  return entries.some((e) => hostMatches(host, e));
}

/** True when `host` is the domain or one of its subdomains (a pattern file's `hosts:` entry). */
export function hostInDomain(host: string, domain: string): boolean {
  return hostMatches(host, `*.${entryDomain(domain)}`);
}
