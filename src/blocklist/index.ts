/**
 * Blocklist export: the webhook and request-capture domains named by the pattern files (`hosts:`),
 * written for firewalls, proxies and DNS filters. Pure: the caller gives providers, version and date.
 *
 * A `hosts:` entry means the domain and every subdomain (Teams tenants sit under
 * webhook.office.com, Pipedream endpoints under m.pipedream.net, tunnels under ngrok.io); a leading
 * `*.` or `.` says the same. Formats that match suffixes (dnsmasq, unbound, rpz, squid, suricata,
 * plain) list only the outermost domains (Squid warns about an ACL that names a domain and one of
 * its subdomains); the hosts format, which can only name exact hosts, lists every known name.
 */
import { ConfigError } from '../errors.js';
import { entryDomain } from '../host-name.js';
import type { Kind, PatternFile } from '../types.js';

export const BLOCKLIST_FORMATS = ['plain', 'hosts', 'dnsmasq', 'unbound', 'rpz', 'squid', 'suricata'] as const;
export type BlocklistFormat = (typeof BLOCKLIST_FORMATS)[number];
export const BLOCKLIST_KINDS = ['all', 'credential', 'exfil-sink'] as const;
export type BlocklistKind = (typeof BLOCKLIST_KINDS)[number];

/** One domain with the providers that name it. */
export interface BlocklistEntry {
  domain: string;
  providers: string[];
  kinds: Kind[];
}

export interface BlocklistMeta {
  version: string;
  date: Date;
  kind: BlocklistKind;
}

/** The Squid ACL name written by the squid format. */
export const SQUID_ACL = 'hookscan_webhooks';
/** Suricata signature ids are drawn from this range (inside the 1000000–1999999 local range). */
export const SURICATA_SID_BASE = 1_900_000;
export const SURICATA_SID_SPAN = 100_000;

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A hosts: entry as a lower-case domain name, or why it is not one. */
export function normalizeDomain(host: string): string | { invalid: string } {
  const d = entryDomain(host);
  const labels = d.split('.');
  if (d.length > 253 || labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^[0-9]+$/.test(labels[labels.length - 1])) {
    return { invalid: `'${host}' is not a domain name (expected e.g. hooks.example.com or *.example.com)` };
  }
  return d;
}

/** Every domain of the providers that have a pattern of the kind asked for: deduplicated, sorted. */
export function blocklistEntries(providers: PatternFile[], kind: BlocklistKind = 'all'): BlocklistEntry[] {
  const byDomain = new Map<string, BlocklistEntry>();
  for (const p of providers) {
    const kinds = [...new Set(p.patterns.map((x) => x.kind))];
    if (kind !== 'all' && !kinds.includes(kind)) continue;
    for (const h of p.hosts) {
      const d = normalizeDomain(h);
      if (typeof d !== 'string') throw new ConfigError(`${p.file}: hosts: ${d.invalid}`);
      const e = byDomain.get(d) ?? { domain: d, providers: [], kinds: [] };
      if (!e.providers.includes(p.name)) e.providers.push(p.name);
      for (const k of kinds) if (!e.kinds.includes(k)) e.kinds.push(k);
      byDomain.set(d, e);
    }
  }
  return [...byDomain.values()].sort((a, b) => compare(a.domain, b.domain));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Drops the domains that a listed parent domain already covers. */
/** Drops entries covered by another entry (the one host rule of src/host-name.ts, by label walk: linear). */
export function outermost(entries: BlocklistEntry[]): BlocklistEntry[] {
  const set = new Set(entries.map((e) => e.domain));
  return entries.filter((e) => {
    const labels = e.domain.split('.');
    for (let i = 1; i < labels.length - 1; i++) if (set.has(labels.slice(i).join('.'))) return false;
    return true;
  });
}

/** FNV-1a: stable Suricata sids across versions (a domain keeps its sid while it stays listed). */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function header(format: BlocklistFormat, count: number, meta: BlocklistMeta): string[] {
  const lines = [
    `hookscan ${meta.version} blocklist: format ${format}, kind ${meta.kind}, ${count} ${count === 1 ? 'entry' : 'entries'}, generated ${meta.date.toISOString().slice(0, 10)}`,
    'Webhook and request-capture domains known to hookscan (hookscan providers lists them by provider).',
    format === 'hosts'
      ? 'The hosts format names exact hosts only: subdomains (Teams tenants, tunnels, Pipedream endpoints) are NOT covered; prefer a DNS format.'
      : 'Each entry covers the domain and all of its subdomains.',
  ];
  if (meta.kind !== 'exfil-sink') {
    lines.push('Domains of credential providers (Slack, Discord, Teams…) often carry their ordinary traffic too: blocking them blocks that as well; --kind exfil-sink lists only capture services and tunnels.');
  }
  if (format === 'squid') lines.push(`Include this file before your "http_access allow" lines; it denies the ACL ${SQUID_ACL}.`);
  if (format === 'unbound') lines.push('Include it from unbound.conf with: include: "/path/to/this/file"');
  if (format === 'dnsmasq') lines.push('Answers NXDOMAIN. Use it with conf-file=/path/to/this/file or drop it into /etc/dnsmasq.d/.');
  if (format === 'rpz') lines.push('Load it as a response-policy zone (BIND response-policy, Unbound rpz:, Knot Resolver, PowerDNS Recursor); CNAME . answers NXDOMAIN.');
  if (format === 'suricata') lines.push(`Alerts on DNS queries, TLS SNI and HTTP Host; sids ${SURICATA_SID_BASE}–${SURICATA_SID_BASE + SURICATA_SID_SPAN - 1}, stable per domain.`);
  lines.push(`Regenerate: hookscan blocklist --format ${format} --kind ${meta.kind}`);
  const mark = format === 'rpz' ? ';' : '#';
  return lines.map((l) => `${mark} ${l}`);
}

/** RPZ zone serial: the date as YYYYMMDD00. */
function serial(date: Date): string {
  return `${date.toISOString().slice(0, 10).replace(/-/g, '')}00`;
}

function suricataRules(entries: BlocklistEntry[]): string[] {
  const used = new Set<number>();
  const sid = (key: string) => {
    let n = fnv1a(key) % SURICATA_SID_SPAN;
    while (used.has(n)) n = (n + 1) % SURICATA_SID_SPAN;
    used.add(n);
    return SURICATA_SID_BASE + n;
  };
  const out: string[] = [];
  for (const e of entries) {
    const who = e.providers.join(', ').replace(/[";\\]/g, '');
    const content = `content:".${e.domain}"`;
    out.push(
      `alert dns any any -> any any (msg:"hookscan blocklist: DNS query for ${e.domain} (${who})"; dns.query; dotprefix; ${content}; nocase; endswith; classtype:policy-violation; sid:${sid(`dns ${e.domain}`)}; rev:1;)`,
      `alert tls any any -> any any (msg:"hookscan blocklist: TLS SNI ${e.domain} (${who})"; flow:to_server,established; tls.sni; dotprefix; ${content}; nocase; endswith; classtype:policy-violation; sid:${sid(`tls ${e.domain}`)}; rev:1;)`,
      `alert http any any -> any any (msg:"hookscan blocklist: HTTP Host ${e.domain} (${who})"; flow:to_server,established; http.host; dotprefix; ${content}; endswith; classtype:policy-violation; sid:${sid(`http ${e.domain}`)}; rev:1;)`,
    );
  }
  return out;
}

/** The blocklist file in one format: header comment, then the entries, ending in a newline. */
export function renderBlocklist(all: BlocklistEntry[], format: BlocklistFormat, meta: BlocklistMeta): string {
  const entries = format === 'hosts' ? all : outermost(all);
  const head = header(format, entries.length, meta);
  let body: string[];
  switch (format) {
    case 'plain':
      body = entries.map((e) => e.domain);
      break;
    case 'hosts':
      body = entries.map((e) => `0.0.0.0 ${e.domain}`);
      break;
    case 'dnsmasq':
      body = entries.map((e) => `address=/${e.domain}/`);
      break;
    case 'unbound':
      body = ['server:', ...entries.map((e) => `    local-zone: "${e.domain}." always_nxdomain`)];
      break;
    case 'rpz':
      body = [
        '$TTL 300',
        `@ IN SOA localhost. hostmaster.localhost. ${serial(meta.date)} 3600 600 86400 300`,
        '@ IN NS localhost.',
        ...entries.flatMap((e) => [`${e.domain} CNAME .`, `*.${e.domain} CNAME .`]),
      ];
      break;
    case 'squid':
      // An http_access line naming an ACL that no acl line defines would stop Squid: none when empty.
      body = entries.length ? [...entries.map((e) => `acl ${SQUID_ACL} dstdomain .${e.domain}`), `http_access deny ${SQUID_ACL}`] : [];
      break;
    case 'suricata':
      body = suricataRules(entries);
      break;
  }
  return `${[...head, ...body].join('\n')}\n`;
}
