/** Suricata EVE JSON: http, dns (v2 rrname, v3/Suricata 8 queries[], alert query[]) and tls SNI events. */
import type { LogEvent, LogFormat } from '../types.js';
import { at, count, hostOf, isoTime, jsonLines, str } from './fields.js';

function dnsNames(dns: Record<string, unknown>): string[] {
  const type = str(dns.type);
  if (type === 'answer' || type === 'response') return [];
  const list = Array.isArray(dns.queries) ? dns.queries : Array.isArray(dns.query) ? dns.query : [dns];
  return list.map((q) => hostOf(str(at(q, 'rrname')))).filter(Boolean);
}

export const suricataEve: LogFormat = jsonLines({
  name: 'suricata-eve',
  sizes: 'http: bytes in = length (response body); request size is not recorded',
  is: (o) => typeof o.event_type === 'string',
  events(o) {
    if (typeof o.event_type !== 'string') return null;
    const time = isoTime(o.timestamp);
    const source = str(o.src_ip) ?? '';
    switch (o.event_type) {
      case 'http': {
        const h = (o.http ?? {}) as Record<string, unknown>;
        return [{ time, source, host: hostOf(str(h.hostname)), kind: 'http', method: str(h.http_method), url: str(h.url), bytesIn: count(h.length) }];
      }
      case 'dns': {
        const d = (o.dns ?? {}) as Record<string, unknown>;
        return dnsNames(d).map((host): LogEvent => ({ time, source, host, kind: 'dns' }));
      }
      case 'tls':
        return [{ time, source, host: hostOf(str(at(o, 'tls', 'sni'))), kind: 'tls' }];
      default:
        return [];
    }
  },
});
