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

/** The first sentence-like line of a markdown text, without markdown decoration. */
export function firstLine(markdown: string): string {
  const line = markdown.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('#')) ?? '';
  return line.replace(/^[-*\d.)\s]+/, '').replace(/\*\*|__|`/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
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
