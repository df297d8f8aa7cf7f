/** `hookscan org`: every repository of a GitHub organisation scanned into one report. */
import { EXIT } from '../errors.js';
import { renderOrgSummary, scanOrg, type OrgScanOptions } from '../github/index.js';
import type { Format } from '../report/index.js';
import { activePatterns } from '../scan.js';
import type { ScanResult } from '../types.js';
import { exitCodeFor, type FailOn } from './fail-on.js';
import { renderResult } from './render.js';

export interface OrgRequest extends OrgScanOptions {
  format: Format;
  noRedact?: boolean;
  color?: boolean;
  verbose?: boolean;
  failOn: FailOn;
  /** Also render the Markdown summary (for $GITHUB_STEP_SUMMARY). */
  summary?: boolean;
}

export interface OrgResponse {
  result: ScanResult;
  rendered: string;
  exitCode: number;
  summary?: string;
  /** Lines for standard error (repositories that could not be scanned). */
  warnings: string[];
}

/** Exit 2 when no repository could be scanned at all; otherwise the fail-on policy. */
export async function orgCommand(req: OrgRequest): Promise<OrgResponse> {
  const patterns = activePatterns({ providers: req.providers }, req.config);
  const result = await scanOrg(req);
  const rendered = renderResult(result, { format: req.format, noRedact: req.noRedact, patterns, color: req.color, verbose: req.verbose });
  const warnings: string[] = [];
  const repos = result.stats.repositories!;
  if (repos.failed) warnings.push(`${repos.failed} of ${repos.selected} repositories could not be scanned (listed above)`);
  let exitCode = exitCodeFor(req.failOn, result.findings);
  if (repos.selected > 0 && repos.failed === repos.selected) {
    warnings.push('no repository could be scanned: check the token, its scopes and the network');
    exitCode = EXIT.error;
  }
  return { result, rendered, exitCode, summary: req.summary ? renderOrgSummary(result, { title: `hookscan: ${req.org}` }) : undefined, warnings };
}
