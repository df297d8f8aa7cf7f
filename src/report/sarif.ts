/** SARIF 2.1.0 for GitHub code scanning. Pure; never carries a raw secret unless noRedact. */
import { sha256Hex } from '../builtin.js';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Pattern, ScanResult, Severity } from '../types.js';
import { firstLine } from './remediation-hint.js';
import { displayUrl, type ReportOptions } from './report-options.js';

const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL: Record<Severity, Result.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
export const SARIF_FINGERPRINT_KEY = 'hookscan/v1';
/** How a URL was written, for "Found … ." in result messages. */
const ENCODING_WORDS: Record<Finding['encoding'], string> = {
  plain: 'as written',
  escaped: 'escaped (JSON/JS escapes)',
  percent: 'percent-encoded',
  html: 'HTML-escaped',
  base64: 'base64-encoded',
  hex: 'hex-encoded',
  'char-codes': 'written as character codes',
  reversed: 'written reversed',
  split: 'assembled from pieces',
};

function ruleFor(p: Pattern): ReportingDescriptor {
  const refs = p.references.map((r) => `- <${r}>`).join('\n');
  const markdown = `${p.description}\n\n## How to fix\n\n${p.remediation.trim()}\n${refs ? `\n## References\n\n${refs}\n` : ''}`;
  return {
    id: p.id,
    name: p.id.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(''),
    shortDescription: { text: `${p.providerName}: ${p.name}` },
    fullDescription: { text: p.description.trim() },
    help: { text: `${p.description.trim()}\n\nHow to fix: ${firstLine(p.remediation)}`, markdown },
    ...(p.references[0] ? { helpUri: p.references[0] } : {}),
    defaultConfiguration: { level: LEVEL[p.severity] },
    properties: {
      tags: ['security', 'secret', 'webhook', p.kind, `provider/${p.provider}`, 'external/cwe/cwe-798', ...(p.kind === 'exfil-sink' ? ['external/mitre/t1567.004'] : [])],
      'security-severity': SECURITY_SEVERITY[p.severity],
      precision: 'high',
      'problem.severity': p.severity === 'low' ? 'recommendation' : p.severity === 'medium' ? 'warning' : 'error',
    },
  };
}

function levelOf(f: Finding): Result.level {
  if (f.verification) return f.verification.status === 'live' ? 'error' : 'warning';
  return LEVEL[f.severity];
}

/** A URI reference for a repository-relative path (spaces and the like percent-encoded). */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function stableId(...parts: string[]): string {
  return sha256Hex(parts.join('\0')).slice(0, 32);
}

export function toSarif(result: ScanResult, opts: ReportOptions): Log {
  const patterns = new Map(opts.patterns.map((p) => [p.id, p]));
  const used = [...new Set(result.findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const rules = used.map((id) => {
    const p = patterns.get(id);
    return p ? ruleFor(p) : { id, shortDescription: { text: id } };
  });
  const results: Result[] = [];
  for (const f of result.findings) {
    // One result per path (first sighting there): code scanning shows one alert per result.
    const perPath = new Map<string, Finding['locations'][number]>();
    for (const l of f.locations) {
      const key = `${l.repository ?? ''}\0${l.path}`;
      if (!perPath.has(key)) perPath.set(key, l);
    }
    for (const l of perPath.values()) {
      // Org scans: `owner/name/path` under %SRCROOT% (code scanning shows the path relative to the
      // one repository the file is uploaded to; see docs/org-scan.md for why not a uriBaseId each).
      const uri = toUri(l.repository ? `${l.repository}/${l.path}` : l.path);
      const where = l.commit ? ` (commit ${l.commit.slice(0, 12)})` : '';
      const verdict = f.verification ? ` Verification: ${f.verification.status}.` : '';
      const how = f.encoding !== 'plain' ? ` Found ${ENCODING_WORDS[f.encoding]}.` : '';
      const why = `${f.evidence?.length ? ` Evidence: ${f.evidence.join('; ')}.` : ''}${f.kind === 'exfil-sink' && f.confidence ? ` Confidence: ${f.confidence}.` : ''}`;
      results.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: levelOf(f),
        message: {
          text: `${f.kind === 'exfil-sink' ? 'Exfiltration sink' : 'Hardcoded webhook'}: ${f.providerName} ${f.name} ${displayUrl(f, opts)}${where}.${how}${why}${verdict}`,
        },
        // A URL assembled from pieces: where each piece is written.
        ...(l.parts?.length
          ? {
              relatedLocations: l.parts.map((p, i) => ({
                id: i + 1,
                message: { text: `piece ${i + 1} of ${l.parts!.length} of the URL` },
                physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } },
              })),
            }
          : {}),
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn },
            },
          },
        ],
        partialFingerprints: { [SARIF_FINGERPRINT_KEY]: stableId(f.fingerprint, l.repository ?? '', l.path) },
        properties: {
          fingerprint: f.fingerprint,
          ...(l.repository ? { repository: l.repository } : {}),
          provider: f.provider,
          kind: f.kind,
          encoding: f.encoding,
          ...(l.commit ? { commit: l.commit, author: l.author, date: l.date } : {}),
          ...(f.verification ? { verification: f.verification } : {}),
          ...(f.evidence?.length ? { evidence: f.evidence } : {}),
          ...(f.confidence ? { confidence: f.confidence } : {}),
        },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'hookscan',
            semanticVersion: opts.toolVersion,
            version: opts.toolVersion,
            informationUri: 'https://www.npmjs.com/package/hookscan',
            rules,
          },
        },
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
}

export function renderSarif(result: ScanResult, opts: ReportOptions): string {
  return `${JSON.stringify(toSarif(result, opts), null, 2)}\n`;
}
