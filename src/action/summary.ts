/**
 * The job summary (GITHUB_STEP_SUMMARY): a markdown table of the findings, always redacted —
 * whatever the `redact` input says, a summary is shown to everyone who can read the run. Pure.
 */
import { scrubFindings } from '../detect/index.js';
import type { Finding, Pattern, ScanResult } from '../types.js';

/** GitHub accepts up to 1 MiB of summary per step; the table stops well before that. */
export const MAX_SUMMARY_ROWS = 200;

export interface SummaryInput {
  result: ScanResult;
  patterns: Pattern[];
  /** What was scanned, e.g. "pull request #12 (3 commits, abc1234..def5678)". */
  scanned: string;
  failOn: string;
  failed: boolean;
  verified: boolean;
  engine: string;
  version: string;
  warnings: string[];
  sarifFile?: string;
  /** Set when nothing was scanned, with the reason. */
  nothing?: string;
}

const ITEM = /^\s*(?:\d+[.)]|[-*])\s+/;

/**
 * What to do, in one line of plain text: the first step of a remediation's numbered list (its
 * first paragraph when it has none), without markdown, at most about 300 characters.
 */
export function remediationLine(markdown: string): string {
  const lines = markdown.split('\n');
  const at = lines.findIndex((l) => ITEM.test(l));
  const picked: string[] = [];
  if (at >= 0) {
    picked.push(lines[at].replace(ITEM, ''));
    for (const l of lines.slice(at + 1)) {
      if (!l.trim() || ITEM.test(l) || !/^\s/.test(l)) break;
      picked.push(l);
    }
  } else {
    for (const l of lines.map((x) => x.trim()).filter((x) => !x.startsWith('#'))) {
      if (!l && picked.length) break;
      if (l) picked.push(l);
    }
  }
  const text = picked
    .map((l) => l.trim())
    .join(' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= 300) return text;
  const cut = text.slice(0, 300);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('; '));
  return end > 120 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

function code(s: string): string {
  // In a table, a pipe ends the cell even inside a code span unless escaped.
  return `\`${s.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\``;
}

function location(f: Finding): string {
  const l = f.locations[0];
  if (!l) return '';
  const at = `${l.path}:${l.line}`;
  const more = f.locations.length + (f.moreLocations ?? 0) - 1;
  return `${code(at)}${l.commit ? ` @ ${code(l.commit.slice(0, 7))}` : ''}${more > 0 ? ` (+${more} more)` : ''}`;
}

export function renderSummary(s: SummaryInput): string {
  const { findings, stats } = s.result;
  const byId = new Map(s.patterns.map((p) => [p.id, p]));
  const out: string[] = [];
  const n = findings.length;
  const title = s.nothing ? 'nothing to scan' : n === 0 ? 'no webhook URLs found' : `${n} webhook URL${n === 1 ? '' : 's'} found`;
  out.push(`## ${n > 0 ? '🚨' : '✅'} hookscan: ${title}`, '');
  out.push(`**Scanned:** ${cell(s.scanned)}`);
  if (s.nothing) {
    out.push('', cell(s.nothing));
  } else {
    const units = stats.commitsScanned !== undefined ? `${stats.commitsScanned} commit(s), ${stats.blobsScanned ?? stats.filesScanned} blob(s)` : `${stats.filesScanned} file(s)`;
    out.push(`**Read:** ${units}, ${stats.filesSkipped} skipped, ${stats.suppressed} suppressed (allowlist, baseline, hookscan:allow) in ${(stats.durationMs / 1000).toFixed(1)} s`);
  }
  if (s.warnings.length) out.push('', ...s.warnings.map((w) => `> [!WARNING]\n> ${cell(w)}\n`));
  if (n > 0) {
    out.push('', '| Provider | Rule | Location | URL (redacted) | Verdict | Remediation |', '|---|---|---|---|---|---|');
    for (const f of findings.slice(0, MAX_SUMMARY_ROWS)) {
      const p = byId.get(f.ruleId);
      const verdict = f.verification ? `**${f.verification.status}**${f.verification.reason ? ` — ${cell(f.verification.reason)}` : ''}` : s.verified ? 'not checked' : 'not verified';
      out.push(`| ${cell(f.providerName)} | ${code(f.ruleId)} | ${location(f)} | ${code(f.redactedUrl)} | ${verdict} | ${cell(p ? remediationLine(p.remediation) : '')} |`);
    }
    if (n > MAX_SUMMARY_ROWS) out.push('', `…and ${n - MAX_SUMMARY_ROWS} more: see the SARIF file${s.sarifFile ? ` (${code(s.sarifFile)})` : ''}.`);
    out.push(
      '',
      'A webhook URL is a credential: deleting it from the code does not help, because it stays in the history and still works.',
      'Revoke or rotate it at the provider first, then remove it (read it from a secret store). A false positive: add `hookscan:allow` to the line, or its fingerprint to `allow-fingerprints` in `.hookscan.yaml`.',
    );
  }
  out.push('', `<sub>hookscan ${cell(s.version)} · fail-on: ${cell(s.failOn)}${s.failed ? ' (failing this step)' : ''} · regex engine: ${cell(s.engine)}</sub>`, '');
  // Last line of defence: no raw secret, whatever a reason or a path holds.
  return scrubFindings(out.join('\n'), findings);
}
