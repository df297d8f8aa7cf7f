/** Host → known webhook or capture service, by the blocklist's rule: a listed domain covers itself and its subdomains. */
import type { Kind, PatternFile } from '../types.js';
import { normalizeDomain } from '../blocklist/index.js';

export interface Sink {
  /** The listed domain that covers the host (the pattern file's hosts: entry). */
  domain: string;
  provider: string;
  providerName: string;
  /** exfil-sink when the provider is a capture service or tunnel; credential for webhook platforms. */
  kind: Kind;
}

export class SinkMatcher {
  private readonly byDomain = new Map<string, Sink>();
  /** Every listed domain, for prefilters and rules. */
  readonly domains: string[];

  constructor(providers: PatternFile[]) {
    for (const p of providers) {
      const kind: Kind = p.patterns.some((x) => x.kind === 'exfil-sink') ? 'exfil-sink' : 'credential';
      for (const h of p.hosts) {
        const d = normalizeDomain(h);
        if (typeof d !== 'string' || this.byDomain.has(d)) continue;
        this.byDomain.set(d, { domain: d, provider: p.id, providerName: p.name, kind });
      }
    }
    this.domains = [...this.byDomain.keys()].sort();
  }

  /** Recent answers: logs repeat the same hosts (bounded: cleared when full). */
  private readonly cache = new Map<string, Sink | null>();

  /** The sink of the longest listed domain that equals the host or is a parent of it. */
  match(host: string): Sink | undefined {
    if (!host) return undefined;
    const hit = this.cache.get(host);
    if (hit !== undefined) return hit ?? undefined;
    const found = this.walk(host);
    if (this.cache.size >= 65_536) this.cache.clear();
    this.cache.set(host, found ?? null);
    return found;
  }

  private walk(host: string): Sink | undefined {
    let h = host;
    for (;;) {
      const s = this.byDomain.get(h);
      if (s) return s;
      const dot = h.indexOf('.');
      if (dot < 0) return undefined;
      h = h.slice(dot + 1);
    }
  }
}
