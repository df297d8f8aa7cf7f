/** Per (source, sink domain): counts, bytes, times and paths, in memory bounded by caps. */
import type { LogEvent } from './types.js';
import type { Sink } from './sink-match.js';
import { beaconScore, type BeaconScore } from './beacon.js';
import { maskPath } from './mask.js';
import { formatBytes } from '../byte-size.js';

/** Samples of times and sizes kept per pair (the beacon score reads them); counts stay exact beyond. */
export const MAX_SAMPLES = 100_000;
const MAX_PATHS = 1000;
/** Pairs kept apart; beyond, new sources of a domain are folded into one "(other sources)" pair. */
export const MAX_PAIRS = 10_000;
export const OTHER_SOURCES = '(other sources)';

export interface SinkReport {
  source: string;
  domain: string;
  provider: string;
  providerName: string;
  kind: string;
  firstSeen: string | null;
  lastSeen: string | null;
  requests: number;
  posts: number;
  /** null when no event of this pair recorded the size. */
  bytesOut: number | null;
  bytesIn: number | null;
  /** (out − in) / (out + in) in [−1, 1]; null without both sizes. */
  producerConsumerRatio: number | null;
  beacon: BeaconScore;
  /** Most requested paths, redacted, with counts. */
  paths: { path: string; count: number }[];
  /** What the events were: http, dns, tls, conn. */
  seenIn: string[];
  formats: string[];
  /** Why this pair stands out, most important first. */
  reasons: string[];
  /** 0..1, for ordering. */
  risk: number;
  /** First log line of this pair: file and line number. */
  firstLine: { path: string; line: number };
}

interface Pair {
  sink: Sink;
  source: string;
  first: number;
  last: number;
  requests: number;
  posts: number;
  bytesOut: number | null;
  bytesIn: number | null;
  times: number[];
  sizes: number[];
  paths: Map<string, number>;
  kinds: Set<string>;
  formats: Set<string>;
  firstLine: { path: string; line: number };
}

export class SinkAggregator {
  private readonly pairs = new Map<string, Pair>();
  /** The dataset window over every event read, sink or not. */
  min = Infinity;
  /** Events counted in an "(other sources)" pair because MAX_PAIRS was reached. */
  folded = 0;
  max = -Infinity;

  /** Every event widens the window; only events to a sink are counted. */
  see(time: number): void {
    if (!Number.isFinite(time)) return;
    if (time < this.min) this.min = time;
    if (time > this.max) this.max = time;
  }

  /** Counts one event; returns the key of the pair it landed in (for addBytes). */
  add(e: LogEvent, sink: Sink, format: string, where: { path: string; line: number }): string {
    let key = `${e.source}\0${sink.domain}`;
    let p = this.pairs.get(key);
    if (!p && this.pairs.size >= MAX_PAIRS) {
      this.folded++;
      key = `${OTHER_SOURCES}\0${sink.domain}`;
      p = this.pairs.get(key);
      if (!p) e = { ...e, source: OTHER_SOURCES };
    }
    if (!p) {
      p = { sink, source: e.source, first: Infinity, last: -Infinity, requests: 0, posts: 0, bytesOut: null, bytesIn: null, times: [], sizes: [], paths: new Map(), kinds: new Set(), formats: new Set(), firstLine: where };
      this.pairs.set(key, p);
    }
    p.requests++;
    if (e.method === 'POST' || e.method === 'PUT') p.posts++;
    if (Number.isFinite(e.time)) {
      if (e.time < p.first) {
        p.first = e.time;
        p.firstLine = where;
      }
      if (e.time > p.last) p.last = e.time;
      if (p.times.length < MAX_SAMPLES) p.times.push(e.time);
    }
    if (e.bytesOut !== undefined) {
      p.bytesOut = (p.bytesOut ?? 0) + e.bytesOut;
      if (p.sizes.length < MAX_SAMPLES) p.sizes.push(e.bytesOut);
    }
    if (e.bytesIn !== undefined) p.bytesIn = (p.bytesIn ?? 0) + e.bytesIn;
    p.kinds.add(e.kind);
    p.formats.add(format);
    if (e.url !== undefined) {
      const path = maskPath(e.url);
      if (p.paths.has(path) || p.paths.size < MAX_PATHS) p.paths.set(path, (p.paths.get(path) ?? 0) + 1);
    }
    return key;
  }

  /** Bytes of one connection joined to a pair afterwards (Zeek conn.log on uid). */
  addBytes(key: string, bytesOut: number | undefined, bytesIn: number | undefined): void {
    const p = this.pairs.get(key);
    if (!p) return;
    if (bytesOut !== undefined) {
      p.bytesOut = (p.bytesOut ?? 0) + bytesOut;
      if (p.sizes.length < MAX_SAMPLES) p.sizes.push(bytesOut);
    }
    if (bytesIn !== undefined) p.bytesIn = (p.bytesIn ?? 0) + bytesIn;
    p.formats.add('zeek conn.log (joined on uid)');
  }

  get size(): number {
    return this.pairs.size;
  }

  /** The pairs, riskiest first. `withFindings`: domains where a full webhook URL was seen. */
  reports(withFindings: Set<string>): SinkReport[] {
    const out: SinkReport[] = [];
    for (const p of this.pairs.values()) {
      const beacon = beaconScore(p.times, p.sizes, this.min, this.max);
      const pcr = p.bytesOut !== null && p.bytesIn !== null && p.bytesOut + p.bytesIn > 0 ? (p.bytesOut - p.bytesIn) / (p.bytesOut + p.bytesIn) : null;
      const reasons: string[] = [];
      const upload = p.bytesOut ?? 0;
      if (withFindings.has(`${p.source}\0${p.sink.domain}`)) reasons.push('full webhook URL in the log');
      if (upload >= 1_000_000) reasons.push(`uploaded ${formatBytes(upload)}`);
      if (beacon.score >= 0.7) reasons.push(`regular requests (beacon ${beacon.score.toFixed(2)}, every ~${Math.round(beacon.medianIntervalSeconds ?? 0)} s)`);
      if (p.posts > 0) reasons.push(`${p.posts} POST/PUT`);
      if (pcr !== null && pcr > 0.5 && upload > 0) reasons.push(`sends more than it receives (PCR ${pcr.toFixed(2)})`);
      if (p.sink.kind === 'exfil-sink') reasons.push('capture service, tunnel or paste site');
      const volume = Math.min(1, Math.log10(upload + 1) / 7);
      const risk = Math.min(1, 0.3 * (p.sink.kind === 'exfil-sink' ? 1 : 0.4) + 0.3 * beacon.score + 0.3 * volume + (p.posts > 0 ? 0.1 : 0) + (reasons[0] === 'full webhook URL in the log' ? 0.2 : 0));
      const paths = [...p.paths].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5).map(([path, count]) => ({ path, count }));
      out.push({
        source: p.source,
        domain: p.sink.domain,
        provider: p.sink.provider,
        providerName: p.sink.providerName,
        kind: p.sink.kind,
        firstSeen: Number.isFinite(p.first) ? new Date(p.first).toISOString() : null,
        lastSeen: Number.isFinite(p.last) ? new Date(p.last).toISOString() : null,
        requests: p.requests,
        posts: p.posts,
        bytesOut: p.bytesOut,
        bytesIn: p.bytesIn,
        producerConsumerRatio: pcr === null ? null : Math.round(pcr * 1000) / 1000,
        beacon,
        paths,
        seenIn: [...p.kinds].sort(),
        formats: [...p.formats].sort(),
        reasons,
        risk: Math.round(risk * 1000) / 1000,
        firstLine: p.firstLine,
      });
    }
    return out.sort((a, b) => b.risk - a.risk || b.requests - a.requests || (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0) || (a.source < b.source ? -1 : 1));
  }
}

