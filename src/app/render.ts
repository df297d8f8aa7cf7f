/**
 * The one render-then-mask step: every command's report goes through here, so no renderer can
 * leak a secret that the finding carries (unless the user asked for --no-redact).
 */
import { scrubFindings } from '../detect/index.js';
import { render, type Format } from '../report/index.js';
import type { Pattern, ScanResult } from '../types.js';
import { VERSION } from '../version.js';

export interface RenderRequest {
  format: Format;
  /** Full URLs, secrets included (--no-redact). */
  noRedact?: boolean;
  /** Rule metadata (SARIF rules, remediation hints). */
  patterns: Pattern[];
  /** Text only: ANSI colours. */
  color?: boolean;
  /** Text only: skipped files and suppressed matches. */
  verbose?: boolean;
}

/** Renders a scan result in a report format, then masks every form of every secret it holds. */
export function renderResult(result: ScanResult, req: RenderRequest): string {
  const text = render(req.format, result, { noRedact: req.noRedact, patterns: req.patterns, toolVersion: VERSION, color: req.color, verbose: req.verbose });
  return maskFor(text, result.findings, req.noRedact);
}

/** Masks the secrets of these findings in any text a command writes (unless --no-redact). */
export function maskFor(text: string, findings: readonly { secret: string }[], noRedact?: boolean): string {
  return noRedact ? text : scrubFindings(text, findings);
}
