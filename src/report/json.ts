/** The JSON report: the contract of architecture.md. */
import type { Finding, ScanResult } from '../types.js';
import { findingIdentity } from '../finding.js';
import { displayUrl, type ReportOptions } from './report-options.js';
import { skippedByReason } from './skipped-files.js';

import { JSON_REPORT_VERSION } from './json-version.js';

export { JSON_REPORT_VERSION };

export interface JsonFinding {
  fingerprint: string;
  ruleId: string;
  provider: string;
  providerName: string;
  kind: Finding['kind'];
  name: string;
  severity: Finding['severity'];
  url: string;
  /** Unredacted reports only (`redacted: false`): the secret part of the URL and the URL with it redacted, so `merge` and `revoke` need not find them again. */
  secret?: string;
  redactedUrl?: string;
  encoding: Finding['encoding'];
  verification?: Finding['verification'];
  evidence?: string[];
  confidence?: Finding['confidence'];
  locations: Finding['locations'];
  moreLocations?: number;
}

export interface JsonReport {
  version: number;
  tool: { name: 'hookscan'; version: string };
  /** False when `url` fields hold full secrets (`--no-redact`). */
  redacted: boolean;
  findings: JsonFinding[];
  stats: Omit<ScanResult['stats'], 'skipped'> & { skippedByReason: Record<string, number>; skipped: ScanResult['stats']['skipped'] };
}

export function toJsonReport(result: ScanResult, opts: Pick<ReportOptions, 'noRedact' | 'toolVersion'>): JsonReport {
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: 'hookscan', version: opts.toolVersion },
    redacted: !opts.noRedact,
    findings: result.findings.map((f) => ({
      ...findingIdentity(f),
      severity: f.severity,
      url: displayUrl(f, opts),
      ...(opts.noRedact && f.secret ? { secret: f.secret, redactedUrl: f.redactedUrl } : {}),
      encoding: f.encoding,
      ...(f.verification ? { verification: f.verification } : {}),
      ...(f.evidence?.length ? { evidence: f.evidence } : {}),
      ...(f.confidence ? { confidence: f.confidence } : {}),
      locations: f.locations,
      ...(f.moreLocations ? { moreLocations: f.moreLocations } : {}),
    })),
    stats: { ...result.stats, skippedByReason: skippedByReason(result.stats) },
  };
}

export function renderJson(result: ScanResult, opts: ReportOptions): string {
  return `${JSON.stringify(toJsonReport(result, opts), null, 2)}\n`;
}
