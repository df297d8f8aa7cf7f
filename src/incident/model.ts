/**
 * The incident model: inputs recognised by their content (scan/history/host JSON reports, logs reports,
 * revocation audit logs), merged into one timeline per leaked webhook with TTD, TTR and TTC.
 * Pure: the caller reads the files. Input reports are already redacted; nothing here un-redacts.
 */
import type { AuditEntry } from '../revoke/index.js';

export type InputKind = 'scan' | 'host' | 'logs' | 'audit-log';

export interface ReportFinding {
  fingerprint: string;
  provider: string;
  url: string;
  verification?: { status: string; reason: string; checkedAt: string };
  locations: { path: string; line?: number; commit?: string; date?: string; timestamp?: string; modified?: string; technique?: { id: string } }[];
}

export interface LogsSink {
  source?: string;
  domain: string;
  provider?: string;
  kind?: string;
  firstSeen?: string;
  lastSeen?: string;
  requests?: number;
  posts?: number;
  bytesOut?: number;
}

export interface IncidentInput {
  name: string;
  kind: InputKind;
  /** When the input was produced (its file time): the detection time of what it reports. */
  producedAt?: string;
  findings: ReportFinding[];
  sinks: LogsSink[];
  audit: AuditEntry[];
}

/** Recognises one input by its content. Throws a message (no secret) when it is none of the known shapes. */
export function recogniseInput(name: string, text: string, producedAt?: string): IncidentInput {
  const base = { name, producedAt, findings: [], sinks: [], audit: [] };
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
    let doc: Record<string, unknown>;
    try {
      doc = JSON.parse(trimmed) as Record<string, unknown>;
    } catch {
      throw new Error(`${name}: not valid JSON`);
    }
    if (Array.isArray(doc.sinks)) return { ...base, kind: 'logs', sinks: doc.sinks as LogsSink[], findings: (doc.findings as ReportFinding[]) ?? [] };
    if (Array.isArray(doc.findings)) return { ...base, kind: doc.host ? 'host' : 'scan', findings: doc.findings as ReportFinding[] };
    if (typeof doc.fingerprint === 'string' && typeof doc.outcome === 'string') return { ...base, kind: 'audit-log', audit: [doc as unknown as AuditEntry] };
    throw new Error(`${name}: a JSON document hookscan report does not know (expected a scan, host or logs report)`);
  }
  const audit: AuditEntry[] = [];
  let n = 0;
  for (const line of text.split('\n')) {
    n++;
    if (!line.trim()) continue;
    let e: AuditEntry;
    try {
      e = JSON.parse(line) as AuditEntry;
    } catch {
      throw new Error(`${name}:${n}: not a JSON line of a revocation audit log`);
    }
    if (typeof e.fingerprint !== 'string' || typeof e.time !== 'string' || typeof e.outcome !== 'string') throw new Error(`${name}:${n}: not a revocation audit log entry`);
    audit.push(e);
  }
  return { ...base, kind: 'audit-log', audit };
}

export type EventKind = 'exposure' | 'first-log-hit' | 'detection' | 'verification' | 'revocation' | 'response';

export interface TimelineEvent {
  time: string;
  kind: EventKind;
  fingerprint?: string;
  provider?: string;
  /** Redacted URL or domain. */
  indicator?: string;
  message: string;
  source: string;
}

export interface IncidentIndicator {
  fingerprint: string;
  provider: string;
  url: string;
  verdict?: string;
  exposureStart?: string;
  firstLogHit?: string;
  detected?: string;
  verified?: string;
  contained?: string;
  /** Milliseconds. */
  ttd?: number;
  ttr?: number;
  ttc?: number;
  actions: { time: string; action: string; outcome: string; detail?: string }[];
  open: boolean;
}

export interface Incident {
  generatedAt: string;
  inputs: { name: string; kind: InputKind }[];
  timeline: TimelineEvent[];
  indicators: IncidentIndicator[];
  /** Medians over the indicators that have them (ms). */
  ttd?: number;
  ttr?: number;
  ttc?: number;
}

const min = (a?: string, b?: string) => (!a ? b : !b ? a : a < b ? a : b);
const diff = (from?: string, to?: string) => (from && to ? Date.parse(to) - Date.parse(from) : undefined);
const hostOf = (url: string) => /^[a-z]+:\/\/([^/?#]+)/i.exec(url)?.[1]?.toLowerCase();

function median(xs: (number | undefined)[]): number | undefined {
  const v = xs.filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : undefined;
}

/**
 * Builds the incident: exposure start = the earliest commit (or host line) that holds the webhook; first log
 * hit = the earliest logs sink on the same host; detection = when the first report naming it was produced;
 * verification = its verdict's time; containment = the first revocation that succeeded (revoked or already gone).
 * TTD = detection − exposure; TTR = first response (verification or revocation attempt) − detection;
 * TTC = containment − detection.
 */
export function buildIncident(inputs: IncidentInput[], generatedAt: string): Incident {
  const byFp = new Map<string, IncidentIndicator>();
  const timeline: TimelineEvent[] = [];
  for (const input of inputs) {
    for (const f of input.findings) {
      let ind = byFp.get(f.fingerprint);
      if (!ind) {
        ind = { fingerprint: f.fingerprint, provider: f.provider, url: f.url, actions: [], open: true };
        byFp.set(f.fingerprint, ind);
      }
      for (const l of f.locations) {
        const t = l.date ?? l.timestamp;
        if (t) ind.exposureStart = min(ind.exposureStart, new Date(t).toISOString());
      }
      if (input.producedAt) ind.detected = min(ind.detected, input.producedAt);
      if (f.verification) {
        ind.verdict = f.verification.status;
        ind.verified = min(ind.verified, f.verification.checkedAt);
      }
    }
  }
  const sinks = inputs.flatMap((i) => i.sinks.map((s) => ({ s, source: i.name })));
  for (const ind of byFp.values()) {
    const host = hostOf(ind.url);
    for (const { s } of sinks) if (host && s.firstSeen && (host === s.domain || host.endsWith(`.${s.domain}`))) ind.firstLogHit = min(ind.firstLogHit, new Date(s.firstSeen).toISOString());
  }
  for (const input of inputs) {
    for (const e of input.audit) {
      const ind = byFp.get(e.fingerprint);
      const action = { time: e.time, action: e.action, outcome: e.outcome, ...(e.detail ? { detail: e.detail } : {}) };
      if (ind) ind.actions.push(action);
      if ((e.outcome === 'revoked' || e.outcome === 'already-gone') && ind) {
        ind.contained = min(ind.contained, e.time);
        ind.open = false;
      }
      timeline.push({ time: e.time, kind: e.outcome === 'revoked' || e.outcome === 'already-gone' ? 'revocation' : 'response', fingerprint: e.fingerprint, provider: e.provider, indicator: ind?.url, message: `${e.action}: ${e.outcome}${e.detail ? ` (${e.detail})` : ''}`, source: input.name });
    }
  }
  for (const ind of byFp.values()) {
    if (ind.exposureStart) timeline.push({ time: ind.exposureStart, kind: 'exposure', fingerprint: ind.fingerprint, provider: ind.provider, indicator: ind.url, message: `webhook exposed (earliest commit or trace holding it)`, source: 'reports' });
    if (ind.firstLogHit) timeline.push({ time: ind.firstLogHit, kind: 'first-log-hit', fingerprint: ind.fingerprint, provider: ind.provider, indicator: ind.url, message: 'first request to its host in the logs', source: 'logs' });
    if (ind.detected) timeline.push({ time: ind.detected, kind: 'detection', fingerprint: ind.fingerprint, provider: ind.provider, indicator: ind.url, message: 'detected by hookscan', source: 'reports' });
    if (ind.verified) timeline.push({ time: ind.verified, kind: 'verification', fingerprint: ind.fingerprint, provider: ind.provider, indicator: ind.url, message: `verified: ${ind.verdict}`, source: 'reports' });
    const firstResponse = min(ind.verified, ind.actions.map((a) => a.time).sort()[0]);
    ind.ttd = diff(ind.exposureStart, ind.detected);
    ind.ttr = diff(ind.detected, firstResponse);
    ind.ttc = diff(ind.detected, ind.contained);
  }
  for (const { s, source } of sinks) {
    if (s.firstSeen) timeline.push({ time: new Date(s.firstSeen).toISOString(), kind: 'first-log-hit', provider: s.provider, indicator: s.domain, message: `${s.domain}: ${s.requests ?? '?'} requests (${s.posts ?? '?'} POST) until ${s.lastSeen ?? '?'}`, source });
  }
  timeline.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  const indicators = [...byFp.values()];
  return {
    generatedAt,
    inputs: inputs.map((i) => ({ name: i.name, kind: i.kind })),
    timeline,
    indicators,
    ttd: median(indicators.map((i) => i.ttd)),
    ttr: median(indicators.map((i) => i.ttr)),
    ttc: median(indicators.map((i) => i.ttc)),
  };
}
