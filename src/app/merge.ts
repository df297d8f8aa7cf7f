/** `hookscan merge`: the JSON reports of org-scan shards joined into one report. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Detector } from '../detect/index.js';
import { ConfigError, UsageError } from '../errors.js';
import { renderOrgSummary } from '../github/index.js';
import { loadPatternFiles } from '../patterns/index.js';
import { fromJsonReport, mergeResults, type Format } from '../report/index.js';
import type { ScanResult } from '../types.js';
import { exitCodeFor, type FailOn } from './fail-on.js';
import { renderResult } from './render.js';

export interface MergeRequest {
  /** JSON reports written with --format json (relative to cwd). */
  files: string[];
  cwd: string;
  format: Format;
  noRedact?: boolean;
  failOn: FailOn;
  patternsDir?: string;
  /** Also render the Markdown summary (for $GITHUB_STEP_SUMMARY). */
  summary?: boolean;
}

export interface MergeResponse {
  result: ScanResult;
  rendered: string;
  exitCode: number;
  summary?: string;
  /** Lines for standard error (missing shards). */
  warnings: string[];
}

export function mergeCommand(req: MergeRequest): MergeResponse {
  const providers = loadPatternFiles(req.patternsDir ? resolve(req.cwd, req.patternsDir) : undefined);
  const patterns = providers.flatMap((p) => p.patterns);
  let detector: Detector | undefined;
  // Reports written with --no-redact carry the URL; the secret is found in it again by its rule.
  const recover = (url: string, ruleId: string) => {
    detector ??= new Detector(patterns);
    const m = detector.detect(Buffer.from(url)).find((x) => x.ruleId === ruleId);
    return m ? { secret: m.secret, redactedUrl: m.redactedUrl } : undefined;
  };
  const parsed = req.files.map((f) => {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(resolve(req.cwd, f), 'utf8'));
    } catch (e) {
      throw new ConfigError(`cannot read report ${f}: ${(e as Error).message.split('\n')[0]}`, { cause: e });
    }
    return { file: f, ...fromJsonReport(doc, f, recover) };
  });
  const redactedInputs = parsed.filter((p) => p.redacted).map((p) => p.file);
  if (req.noRedact && redactedInputs.length) throw new UsageError(`--no-redact: ${redactedInputs.join(', ')} ${redactedInputs.length === 1 ? 'holds' : 'hold'} redacted URLs only; write the shards with --no-redact too, or merge without it`);
  const result = mergeResults(parsed.map((p) => p.result));
  const rendered = renderResult(result, { format: req.format, noRedact: req.noRedact, patterns, color: false });
  const warnings: string[] = [];
  const shards = result.stats.repositories?.shards;
  const n = shards?.length ? Number(shards[0].split('/')[1]) : 0;
  if (n && shards!.length < n) {
    const have = new Set(shards!.map((s) => Number(s.split('/')[0])));
    const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !have.has(i));
    warnings.push(`warning: shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${n}`).join(', ')} missing from the merge`);
  }
  return { result, rendered, exitCode: exitCodeFor(req.failOn, result.findings), summary: req.summary ? renderOrgSummary(result) : undefined, warnings };
}
