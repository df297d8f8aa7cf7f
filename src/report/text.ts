/** The text report for people: one block per finding and a summary line. */
import type { Finding, ScanResult } from '../types.js';
import { formatBytes } from '../byte-size.js';
import { firstLine } from './remediation-hint.js';
import { displayUrl, type ReportOptions } from './report-options.js';
import { skippedByReason } from './skipped-files.js';

const CONFIDENCE_WORDS = { high: 'a call in the file sends the gathered data to this URL', medium: 'from nearness only', low: 'nearness only, beside a comment asking to replace the URL' } as const;

const ANSI = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, magenta: 35 } as const;

export function renderText(result: ScanResult, opts: ReportOptions): string {
  const c = (code: keyof typeof ANSI, s: string) => (opts.color ? `\x1b[${ANSI[code]}m${s}\x1b[0m` : s);
  const patterns = new Map(opts.patterns.map((p) => [p.id, p]));
  const out: string[] = [];
  for (const f of result.findings) {
    const sev = f.severity === 'critical' || f.severity === 'high' ? c('red', f.severity) : c('yellow', f.severity);
    const kind = f.kind === 'exfil-sink' ? c('magenta', 'exfil sink') : 'credential';
    const v = f.verification ? `  ${verdict(f, c)}` : '';
    out.push(`${c('bold', `${f.providerName}: ${f.name}`)}  [${kind} · ${sev}${f.encoding !== 'plain' ? ` · ${f.encoding}` : ''}]${v}`);
    out.push(`  ${c('cyan', displayUrl(f, opts))}`);
    const shown = f.locations.slice(0, 5);
    for (const l of shown) {
      const where = `${l.repository ? `${l.repository}:` : ''}${l.path}:${l.line}:${l.column}`;
      const commit = l.commit ? c('dim', `  ${l.commit.slice(0, 12)}${l.author ? ` ${l.author}` : ''}${l.date ? ` ${l.date.slice(0, 10)}` : ''}`) : '';
      const parts = l.parts?.length ? c('dim', `  (${l.parts.length} pieces at ${l.parts.map((p) => `${p.line}:${p.column}`).join(', ')})`) : '';
      out.push(`  ${where}${commit}${parts}`);
    }
    const more = f.locations.length - shown.length + (f.moreLocations ?? 0);
    if (more > 0) out.push(c('dim', `  … and ${more} more location${more === 1 ? '' : 's'}`));
    for (const e of f.evidence ?? []) out.push(`  evidence: ${e}`);
    if (f.kind === 'exfil-sink' && f.confidence) out.push(`  confidence: ${f.confidence} (${CONFIDENCE_WORDS[f.confidence]})`);
    if (f.verification) out.push(`  verified ${f.verification.status}: ${f.verification.reason}`);
    const p = patterns.get(f.ruleId);
    if (p) out.push(c('dim', `  fix: ${firstLine(p.remediation)}`));
    out.push(c('dim', `  fingerprint: ${f.fingerprint}`));
    out.push('');
  }
  out.push(summary(result, opts));
  if (opts.verbose && result.stats.skipped.length) {
    out.push('skipped:');
    for (const s of result.stats.skipped) out.push(`  ${s.path} (${s.reason}${s.detail ? `: ${s.detail}` : ''})`);
  }
  const suppressions = result.stats.suppressions ?? [];
  if (opts.verbose && suppressions.length) {
    out.push('not reported (found, then dropped):');
    for (const s of suppressions) out.push(`  ${s.path}${s.line ? `:${s.line}` : ''}  ${s.ruleId}  ${s.redactedUrl}  (${s.reason})`);
    const total = Object.values(result.stats.suppressedByReason ?? {}).reduce((a, b) => a + b, 0);
    if (total > suppressions.length) out.push(`  … and ${total - suppressions.length} more`);
  }
  return `${out.join('\n')}\n`;
}

function verdict(f: Finding, c: (code: keyof typeof ANSI, s: string) => string): string {
  const v = f.verification!;
  if (v.status === 'live') return c('red', c('bold', '‼ LIVE'));
  return c('dim', v.status);
}

export function summary(result: ScanResult, opts: Pick<ReportOptions, 'verbose'> = {}): string {
  const { stats, findings } = result;
  const byKind = (k: Finding['kind']) => findings.filter((f) => f.kind === k).length;
  const n = findings.length;
  const head = n === 0 ? 'no webhook URLs found' : `${n} finding${n === 1 ? '' : 's'} (${byKind('credential')} credential${byKind('credential') === 1 ? '' : 's'}, ${byKind('exfil-sink')} exfil sink${byKind('exfil-sink') === 1 ? '' : 's'})`;
  const unit = stats.blobsScanned !== undefined ? 'blob' : 'file';
  const scanned = stats.blobsScanned ?? stats.filesScanned;
  const parts = [head, `${scanned} ${unit}${scanned === 1 ? '' : 's'} scanned (${formatBytes(stats.bytesScanned)})`];
  if (stats.commitsScanned !== undefined) parts.push(`${stats.commitsScanned} commit${stats.commitsScanned === 1 ? '' : 's'}`);
  if (stats.filesSkipped) {
    const reasons = Object.entries(skippedByReason(stats)).map(([r, k]) => `${k} ${r}`).join(', ');
    parts.push(`${stats.filesSkipped} skipped (${reasons}${opts.verbose ? '' : '; --verbose lists them'})`);
  }
  if (stats.suppressed) parts.push(`${stats.suppressed} suppressed`);
  const byReason = stats.suppressedByReason ?? {};
  const placeholders = (byReason.placeholder ?? 0) + (byReason['documentation host'] ?? 0);
  if (placeholders) parts.push(`${placeholders} placeholder${placeholders === 1 ? '' : 's'} not reported${opts.verbose ? '' : ' (--verbose lists them)'}`);
  if (stats.repositories) parts.push(repositoriesLine(stats.repositories));
  if (stats.shallow) parts.push('shallow clone: older history not scanned');
  parts.push(`${(stats.durationMs / 1000).toFixed(2)} s`);
  return parts.join(' · ');
}

/** Org scans: what happened to the repositories. */
function repositoriesLine(r: NonNullable<ScanResult['stats']['repositories']>): string {
  const skipped = Object.entries(r.skipped).filter(([, n]) => n > 0);
  const bits = [`${r.scanned} scanned`];
  if (r.unchanged) bits.push(`${r.unchanged} unchanged`);
  if (r.failed) bits.push(`${r.failed} failed`);
  if (skipped.length) bits.push(`${skipped.reduce((a, [, n]) => a + n, 0)} skipped (${skipped.map(([k, n]) => `${n} ${k}`).join(', ')})`);
  const shards = r.shards?.length ? ` · shard${r.shards.length === 1 ? '' : 's'} ${r.shards.join(', ')}` : '';
  return `${r.selected} of ${r.listed} repositories${r.incremental ? ' (new commits only)' : ''}: ${bits.join(', ')}${shards}`;
}
