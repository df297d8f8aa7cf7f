/** Pieces the reporters share. Pure. */
import type { Finding, Pattern, ScanStats } from '../types.js';

export interface ReportOptions {
  /** Show full URLs (default false: redacted). */
  noRedact?: boolean;
  /** Active patterns, for rule metadata (SARIF rules, remediation hints). */
  patterns: Pattern[];
  toolVersion: string;
  /** Text only: ANSI colours. */
  color?: boolean;
  /** Text only: list skipped files. */
  verbose?: boolean;
}

export function displayUrl(f: Finding, opts: { noRedact?: boolean }): string {
  return opts.noRedact ? f.url : f.redactedUrl;
}

/**
 * A one-line remediation hint from a markdown help text: the first step of its first list when it
 * has one (what to do), else its first sentence; markdown decoration removed.
 */
export function firstLine(markdown: string): string {
  const paras = markdown.split(/\n\s*\n/);
  const items = paras.flatMap((p) => p.split(/\n(?=\s*(?:[-*]|\d+[.)])\s)/)).filter((x) => /^\s*(?:[-*]|\d+[.)])\s/.test(x));
  const chosen = items[0] ?? paras.find((p) => p.trim() && !p.trim().startsWith('#')) ?? '';
  const text = chosen.split('\n').map((l) => l.trim()).join(' ').replace(/^(?:[-*]|\d+[.)])\s+/, '');
  const plain = text.replace(/\*\*|__|`/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').trim();
  const end = plain.search(/[.!?](?:\s|$)/);
  return end >= 0 ? plain.slice(0, end + 1) : plain;
}

export function skippedByReason(stats: ScanStats): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of stats.skipped) out[s.reason] = (out[s.reason] ?? 0) + 1;
  return out;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
