/** What a reporter is asked for, and the one decision every reporter makes alike: which URL it shows. */
import type { Finding, Pattern } from '../types.js';

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
