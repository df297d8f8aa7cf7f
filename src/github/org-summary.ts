/**
 * A Markdown summary of an org scan (or of merged shard reports) for `$GITHUB_STEP_SUMMARY`:
 * totals, findings per repository, failed repositories. Redacted URLs only. Pure.
 */
import type { ScanResult } from '../types.js';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderOrgSummary(result: ScanResult, opts: { title?: string; maxRows?: number } = {}): string {
  const max = opts.maxRows ?? 50;
  const { findings, stats } = result;
  const r = stats.repositories;
  const out: string[] = [`## ${opts.title ?? 'hookscan: organisation scan'}`, ''];
  const n = findings.length;
  out.push(n === 0 ? '**No webhook URLs found.**' : `**${n} finding${n === 1 ? '' : 's'}** (${findings.filter((f) => f.kind === 'credential').length} credentials, ${findings.filter((f) => f.kind === 'exfil-sink').length} exfiltration sinks)`);
  out.push('');
  if (r) {
    const skipped = Object.entries(r.skipped).filter(([, k]) => k > 0).map(([k, v]) => `${v} ${k}`).join(', ');
    out.push('| Repositories | Count |', '|---|---:|');
    out.push(`| in the organisation | ${r.listed} |`, `| selected${r.shards?.length ? ` (shards ${r.shards.join(', ')})` : ''} | ${r.selected} |`, `| scanned${r.incremental ? ' (new commits only)' : ''} | ${r.scanned} |`);
    if (r.unchanged) out.push(`| unchanged since the last run | ${r.unchanged} |`);
    out.push(`| failed | ${r.failed} |`);
    if (skipped) out.push(`| skipped | ${skipped} |`);
    out.push('');
  }
  if (n) {
    const perRepo = new Map<string, { findings: number; rules: Set<string> }>();
    for (const f of findings) {
      for (const repo of new Set(f.locations.map((l) => l.repository ?? '(none)'))) {
        const e = perRepo.get(repo) ?? { findings: 0, rules: new Set<string>() };
        e.findings++;
        e.rules.add(f.ruleId);
        perRepo.set(repo, e);
      }
    }
    const rows = [...perRepo].sort((a, b) => b[1].findings - a[1].findings || a[0].localeCompare(b[0]));
    out.push('### Findings per repository', '', '| Repository | Findings | Rules |', '|---|---:|---|');
    for (const [repo, e] of rows.slice(0, max)) out.push(`| ${cell(repo)} | ${e.findings} | ${cell([...e.rules].sort().join(', '))} |`);
    if (rows.length > max) out.push(`| … ${rows.length - max} more | | |`);
    out.push('', '### Findings', '', '| Severity | Provider | URL (redacted) | First seen |', '|---|---|---|---|');
    for (const f of findings.slice(0, max)) {
      const l = f.locations[0];
      const where = l ? `${l.repository ? `${l.repository}:` : ''}${l.path}:${l.line}${l.commit ? ` @ ${l.commit.slice(0, 12)}` : ''}` : '';
      const more = f.locations.length - 1 + (f.moreLocations ?? 0);
      out.push(`| ${f.severity} | ${cell(f.providerName)} | \`${cell(f.redactedUrl)}\` | ${cell(where)}${more > 0 ? ` (+${more})` : ''} |`);
    }
    if (findings.length > max) out.push(`| … ${findings.length - max} more | | | |`);
    out.push('');
  }
  if (r?.failures.length) {
    out.push('### Repositories that failed', '', '| Repository | Stage | Error |', '|---|---|---|');
    for (const f of r.failures.slice(0, max)) out.push(`| ${cell(f.repository)} | ${f.stage} | ${cell(f.error)} |`);
    if (r.failures.length > max) out.push(`| … ${r.failures.length - max} more | | |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
