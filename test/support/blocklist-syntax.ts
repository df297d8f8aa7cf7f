/**
 * Syntax checks for every blocklist format, written in TypeScript so they run everywhere (CI has
 * none of the consumers). Each parser follows the consumer's grammar for the lines hookscan writes
 * and gives back the domains the file blocks and what is wrong. Where Debian has the consumer,
 * test/cli/blocklist.test.ts also runs it on the same output.
 */
import type { BlocklistFormat } from '../../src/blocklist/index.js';

export interface Parsed {
  /** Domains blocked (for suffix formats: each with its subdomains). */
  domains: string[];
  errors: string[];
}

/** A lower-case DNS name of two labels or more, no trailing dot. */
export const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z][a-z0-9-]{0,61}[a-z0-9]|xn--[a-z0-9-]+)$/;

function lines(text: string, comment: string): { n: number; line: string }[] {
  const out: { n: number; line: string }[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith(comment)) return;
    out.push({ n: i + 1, line });
  });
  return out;
}

/** Domains listed line by line through one regex whose first group is the domain. */
function byLine(text: string, comment: string, re: RegExp, what: string): Parsed {
  const domains: string[] = [];
  const errors: string[] = [];
  for (const { n, line } of lines(text, comment)) {
    const m = re.exec(line);
    if (!m || !DOMAIN.test(m[1])) errors.push(`line ${n}: not ${what}: ${line}`);
    else domains.push(m[1]);
  }
  return { domains, errors };
}

function plain(text: string): Parsed {
  return byLine(text, '#', /^(\S+)$/, 'a domain');
}

function hosts(text: string): Parsed {
  return byLine(text, '#', /^0\.0\.0\.0[ \t]+(\S+)$/, 'an "0.0.0.0 host" line');
}

function dnsmasq(text: string): Parsed {
  return byLine(text, '#', /^address=\/([^/]+)\/$/, 'an "address=/domain/" line');
}

function unbound(text: string): Parsed {
  const body = lines(text, '#');
  const errors: string[] = [];
  if (body[0]?.line !== 'server:') errors.push('the first directive must be "server:" (local-zone lives in the server clause)');
  const rest = byLine(
    body.slice(1).map((l) => l.line).join('\n'),
    '#',
    /^[ \t]+local-zone:[ \t]+"([^"]+)\."[ \t]+always_nxdomain$/,
    'an indented local-zone: "domain." always_nxdomain line',
  );
  return { domains: rest.domains, errors: [...errors, ...rest.errors] };
}

/** A zone file: ';' comments only ('#' is not a comment there), $TTL, SOA, NS, then CNAME . pairs. */
function rpz(text: string): Parsed {
  const errors: string[] = [];
  const body = lines(text, ';');
  for (const { n, line } of body) if (line.startsWith('#')) errors.push(`line ${n}: '#' is not a comment in a zone file`);
  const [ttl, soa, ns, ...records] = body.map((l) => l.line);
  if (!/^\$TTL \d+$/.test(ttl ?? '')) errors.push(`expected "$TTL seconds" first, got ${ttl}`);
  const s = /^@ IN SOA (\S+\.) (\S+\.) (\d+) (\d+) (\d+) (\d+) (\d+)$/.exec(soa ?? '');
  if (!s) errors.push(`expected "@ IN SOA mname. rname. serial refresh retry expire minimum", got ${soa}`);
  else if (Number(s[3]) > 0xffffffff) errors.push(`SOA serial ${s[3]} does not fit 32 bits`);
  if (!/^@ IN NS \S+\.$/.test(ns ?? '')) errors.push(`expected "@ IN NS host.", got ${ns}`);
  const apex = new Set<string>();
  const wild = new Set<string>();
  for (const r of records) {
    const m = /^(\*\.)?(\S+) CNAME \.$/.exec(r);
    if (!m || !DOMAIN.test(m[2])) {
      errors.push(`not an "owner CNAME ." record (owner relative, no trailing dot): ${r}`);
      continue;
    }
    (m[1] ? wild : apex).add(m[2]);
  }
  for (const d of apex) if (!wild.has(d)) errors.push(`${d} has no *.${d} record: its subdomains would not be blocked`);
  for (const d of wild) if (!apex.has(d)) errors.push(`*.${d} has no ${d} record`);
  return { domains: [...apex], errors };
}

function squid(text: string): Parsed {
  const body = lines(text, '#');
  const errors: string[] = [];
  const domains: string[] = [];
  const acl = new Set<string>();
  let denied = false;
  for (const { n, line } of body) {
    const a = /^acl ([A-Za-z0-9_-]+) dstdomain \.(\S+)$/.exec(line);
    const d = /^http_access deny ([A-Za-z0-9_-]+)$/.exec(line);
    if (a && DOMAIN.test(a[2])) {
      if (denied) errors.push(`line ${n}: acl after http_access`);
      acl.add(a[1]);
      domains.push(a[2]);
    } else if (d) {
      if (!acl.has(d[1])) errors.push(`line ${n}: http_access names an undefined ACL ${d[1]}`);
      if (denied) errors.push(`line ${n}: a second http_access line`);
      denied = true;
    } else errors.push(`line ${n}: not an acl dstdomain or http_access deny line: ${line}`);
  }
  if (domains.length && !denied) errors.push('no http_access deny line: the ACL would block nothing');
  // Squid warns when an ACL holds a domain and one of its subdomains.
  const set = new Set(domains);
  for (const x of domains) {
    const labels = x.split('.');
    for (let i = 1; i < labels.length - 1; i++) if (set.has(labels.slice(i).join('.'))) errors.push(`.${x} is a subdomain of .${labels.slice(i).join('.')}`);
  }
  return { domains, errors };
}

/** Splits rule options on ';' outside quotes, honouring backslash escapes. */
export function ruleOptions(body: string): { key: string; value?: string }[] | string {
  const out: { key: string; value?: string }[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      cur += c + (body[i + 1] ?? '');
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      cur += c;
    } else if (c === ';' && !quoted) {
      const t = cur.trim();
      const k = /^([a-z][a-z0-9_.]*)(?::\s*([\s\S]*))?$/.exec(t);
      if (!k) return `bad option '${t}'`;
      out.push({ key: k[1], value: k[2] });
      cur = '';
    } else cur += c;
  }
  if (quoted) return 'unbalanced quotes';
  if (cur.trim()) return `option without a closing ';': '${cur.trim()}'`;
  return out;
}

const STICKY = { dns: 'dns.query', tls: 'tls.sni', http: 'http.host' } as const;
const KNOWN = new Set(['msg', 'flow', 'dns.query', 'tls.sni', 'http.host', 'dotprefix', 'content', 'nocase', 'endswith', 'classtype', 'sid', 'rev']);

function suricata(text: string, sidRange: [number, number]): Parsed {
  const errors: string[] = [];
  const byProto = { dns: new Set<string>(), tls: new Set<string>(), http: new Set<string>() };
  const sids = new Set<number>();
  for (const { n, line } of lines(text, '#')) {
    const m = /^alert (dns|tls|http) any any -> any any \((.*)\)$/.exec(line);
    if (!m) {
      errors.push(`line ${n}: not an "alert <proto> any any -> any any (…)" rule`);
      continue;
    }
    const proto = m[1] as keyof typeof STICKY;
    const opts = ruleOptions(m[2]);
    if (typeof opts === 'string') {
      errors.push(`line ${n}: ${opts}`);
      continue;
    }
    const keys = opts.map((o) => o.key);
    for (const k of keys) if (!KNOWN.has(k)) errors.push(`line ${n}: unexpected keyword ${k}`);
    const get = (k: string) => opts.find((o) => o.key === k)?.value;
    const msg = get('msg');
    if (!msg || !/^"[^"\\;]*"$/.test(msg)) errors.push(`line ${n}: msg must be a quoted string without ", \\ or ;`);
    const sid = Number(get('sid'));
    if (!Number.isInteger(sid) || sid < sidRange[0] || sid > sidRange[1]) errors.push(`line ${n}: sid ${get('sid')} outside ${sidRange.join('–')}`);
    else if (sids.has(sid)) errors.push(`line ${n}: duplicate sid ${sid}`);
    sids.add(sid);
    if (!/^\d+$/.test(get('rev') ?? '')) errors.push(`line ${n}: rev must be a number`);
    // sticky buffer, then dotprefix (a transform), then the content match, then its modifiers
    const at = keys.indexOf(STICKY[proto]);
    if (at < 0 || keys[at + 1] !== 'dotprefix' || keys[at + 2] !== 'content') errors.push(`line ${n}: expected ${STICKY[proto]}; dotprefix; content:…`);
    if (!keys.includes('endswith')) errors.push(`line ${n}: content without endswith would match any host containing the domain`);
    if (proto === 'http' && keys.includes('nocase')) errors.push(`line ${n}: http.host is lower-cased by Suricata: nocase is rejected`);
    const content = /^"\.([^"]+)"$/.exec(get('content') ?? '');
    if (!content || !DOMAIN.test(content[1])) errors.push(`line ${n}: content must be ".<domain>" in lower case`);
    else byProto[proto].add(content[1]);
  }
  for (const d of byProto.dns) if (!byProto.tls.has(d) || !byProto.http.has(d)) errors.push(`${d}: a DNS rule without both TLS and HTTP rules`);
  return { domains: [...byProto.dns], errors };
}

/** Parses a blocklist in the given format: the domains it blocks and every syntax problem. */
export function parseBlocklist(format: BlocklistFormat, text: string, sidRange: [number, number] = [1_000_000, 1_999_999]): Parsed {
  const errors: string[] = [];
  if (!text.endsWith('\n')) errors.push('no final newline');
  const p = { plain, hosts, dnsmasq, unbound, rpz, squid, suricata: (t: string) => suricata(t, sidRange) }[format](text);
  const seen = new Set<string>();
  for (const d of p.domains) {
    if (seen.has(d)) errors.push(`${d} listed twice`);
    seen.add(d);
  }
  return { domains: p.domains, errors: [...errors, ...p.errors] };
}
