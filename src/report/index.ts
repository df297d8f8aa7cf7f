import type { ScanResult } from '../types.js';
import { renderJson } from './json.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import type { ReportOptions } from './report-options.js';

export { renderJson, toJsonReport, JSON_REPORT_VERSION, type JsonReport, type JsonFinding } from './json.js';
export { renderSarif, toSarif, SARIF_FINGERPRINT_KEY } from './sarif.js';
export { renderText, summary } from './text.js';
export { readBaseline } from './baseline.js';
export { mergeResults, mergeFindings, fromJsonReport, type ParsedReport } from './merge.js';
export type { ReportOptions } from './report-options.js';
export { firstLine } from './remediation-hint.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export function render(format: Format, result: ScanResult, opts: ReportOptions): string {
  return format === 'json' ? renderJson(result, opts) : format === 'sarif' ? renderSarif(result, opts) : renderText(result, opts);
}
