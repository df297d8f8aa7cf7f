/** The log formats hookscan reads, and detection of a file's format from its first lines. */
import type { LogFormat } from '../types.js';
import { combined, squidCommon, squidNative } from './proxy.js';
import { zeekJson, zeekTsv } from './zeek.js';
import { suricataEve } from './suricata.js';
import { sysmonJson } from './sysmon.js';
import { bind, cloudflareDns, cloudflareHttp, dnsmasq, route53, unbound, windowsDns } from './resolvers.js';
import { har } from './har.js';

export interface FormatOptions {
  /** Year for logs that omit it (dnsmasq via syslog). */
  year: number;
  /** Minutes east of UTC for logs written in local time (Windows DNS debug log). */
  tzOffsetMinutes: number;
}

/** In detection order: the more specific formats first (Squid common before plain combined). */
export function logFormats(o: FormatOptions): LogFormat[] {
  return [har, zeekTsv, zeekJson, suricataEve, sysmonJson, route53, cloudflareHttp, cloudflareDns, squidNative, squidCommon, combined, bind, unbound, dnsmasq(o.year), windowsDns(o.tzOffsetMinutes)];
}

export const FORMAT_NAMES = logFormats({ year: 2000, tzOffsetMinutes: 0 }).map((f) => f.name);

/** The format most of the sample lines fit (ties: the earlier, more specific one), or undefined. */
export function detectFormat(sample: string[], formats: LogFormat[]): LogFormat | undefined {
  const head = sample.join('\n');
  const doc = formats.find((f) => f.document && f.test(head));
  if (doc) return doc;
  let best: LogFormat | undefined;
  let bestHits = 0;
  const lines = sample.filter((l) => l.trim() !== '');
  for (const f of formats) {
    if (f.document) continue;
    let hits = 0;
    for (const l of lines) if (f.test(l)) hits++;
    if (hits > bestHits) {
      best = f;
      bestHits = hits;
    }
  }
  return best;
}
