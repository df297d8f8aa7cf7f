/** DNS resolver query logs: BIND, unbound, dnsmasq, Windows DNS debug, Route 53 Resolver, Cloudflare Gateway DNS. */
import type { LogFormat } from '../types.js';
import { epochNumber, hostOf, isoTime, jsonLines, monthIndex, regexLines, str } from './fields.js';

// 29-May-2024 16:26:40.123 queries: info: client @0x7f2b8c0 10.0.0.5#51514 (discord.com): query: discord.com IN A +E(0)K (10.0.0.1)
const BIND = /^(\d\d)-(\w{3})-(\d{4}) (\d\d):(\d\d):(\d\d)(?:\.(\d+))?.*?client (?:@0x[0-9a-fA-F]+ )?([0-9a-fA-F.:]+)#\d+(?: \([^)]*\))?: (?:view \S+: )?query: (\S+) \S+ \S+/;
// [1717000000] unbound[123:0] info: 10.0.0.5 discord.com. A IN
const UNBOUND = /^\[(\d+)\] unbound\[[^\]]+\] info: (\S+) (\S+) \S+ IN\b/;
// May 29 16:26:40 gw dnsmasq[812]: query[A] discord.com from 10.0.0.5
const DNSMASQ = /^(\w{3})\s+(\d+) (\d\d):(\d\d):(\d\d) \S+ dnsmasq\[\d+\]: (?:(query)\[\w+\] (\S+) from (\S+)|.*)$/;
// 6/5/2013 10:00:32 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.161.60.71    5b47   Q [0001   D   NOERROR] A      (7)discord(3)com(0)
const WINDNS = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d\d):(\d\d)(?: (AM|PM))? \S+ PACKET\s+\S+\s+(?:UDP|TCP)\s+(Rcv|Snd)\s+(\S+)\s+\S+\s+(R?)\s*\w?\s*\[[^\]]*\]\s+\S+\s+(\S+)\s*$/;

export const bind: LogFormat = regexLines({
  name: 'bind',
  sizes: 'no byte counts (query log)',
  re: BIND,
  events(m) {
    if (!m) return null;
    const time = Date.UTC(+m[3], monthIndex(m[2]), +m[1], +m[4], +m[5], +m[6], m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0);
    return [{ time, source: m[8], host: hostOf(m[9]), kind: 'dns' }];
  },
});

export const unbound: LogFormat = regexLines({
  name: 'unbound',
  sizes: 'no byte counts (query log)',
  re: UNBOUND,
  events(m, line) {
    if (m) return [{ time: Number(m[1]) * 1000, source: m[2], host: hostOf(m[3]), kind: 'dns' }];
    // log-replies and other info lines of unbound are not queries.
    return / unbound\[/.test(line) ? [] : null;
  },
});

/** dnsmasq logs through syslog without a year: the year is given (default: the current one). */
export function dnsmasq(year: number): LogFormat {
  return regexLines({
    name: 'dnsmasq',
    sizes: 'no byte counts (query log)',
    re: DNSMASQ,
    events(m) {
      if (!m) return null;
      if (!m[6]) return []; // forwarded, reply, cached, config lines
      const time = Date.UTC(year, monthIndex(m[1]), +m[2], +m[3], +m[4], +m[5]);
      return [{ time, source: m[8], host: hostOf(m[7]), kind: 'dns' }];
    },
  });
}

/** "(7)discord(3)com(0)" → "discord.com". */
export function windowsName(encoded: string): string {
  return encoded.replace(/^\(\d+\)/, '').replace(/\(0\)$/, '').replace(/\(\d+\)/g, '.');
}

/** Windows DNS server debug log; its times are local: offsetMinutes (east of UTC) turns them into UTC. */
export function windowsDns(offsetMinutes: number): LogFormat {
  return regexLines({
    name: 'windows-dns',
    sizes: 'no byte counts (packet log)',
    re: WINDNS,
    events(m, line) {
      // The legend printed at the top of the file and blank/continuation lines.
      if (!m) return /PACKET/.test(line) ? null : [];
      // Only queries received from clients; responses and forwarded packets repeat them.
      if (m[8] !== 'Rcv' || m[10] === 'R') return [];
      let hour = +m[4] % 12;
      if (m[7] === 'PM') hour += 12;
      if (!m[7]) hour = +m[4];
      const time = Date.UTC(+m[3], +m[1] - 1, +m[2], hour, +m[5], +m[6]) - offsetMinutes * 60000;
      return [{ time, source: m[9], host: hostOf(windowsName(m[11])), kind: 'dns' }];
    },
  });
}

export const route53: LogFormat = jsonLines({
  name: 'route53',
  sizes: 'no byte counts (query log)',
  is: (o) => 'query_name' in o && 'srcaddr' in o,
  events: (o) => (typeof o.query_name !== 'string' ? null : [{ time: isoTime(o.query_timestamp), source: str(o.srcaddr) ?? '', host: hostOf(o.query_name), kind: 'dns' }]),
});

function cfTime(v: unknown): number {
  return typeof v === 'number' ? epochNumber(v) : isoTime(v);
}

export const cloudflareDns: LogFormat = jsonLines({
  name: 'cloudflare-dns',
  sizes: 'no byte counts (query log)',
  is: (o) => 'QueryName' in o && 'Datetime' in o,
  events(o) {
    if (typeof o.QueryName !== 'string') return null;
    const source = str(o.SrcIP) ?? str(o.SourceIP) ?? str(o.DeviceName) ?? '';
    return [{ time: cfTime(o.Datetime), source, host: hostOf(o.QueryName), kind: 'dns' }];
  },
});

export const cloudflareHttp: LogFormat = jsonLines({
  name: 'cloudflare-http',
  sizes: 'no byte counts in the documented field list',
  is: (o) => 'HTTPHost' in o && 'Datetime' in o,
  events(o) {
    if (typeof o.HTTPHost !== 'string') return null;
    const source = str(o.SourceIP) ?? str(o.Email) ?? str(o.DeviceName) ?? '';
    return [{ time: cfTime(o.Datetime), source, host: hostOf(o.HTTPHost), kind: 'http', method: str(o.HTTPMethod), url: str(o.URL) }];
  },
});
