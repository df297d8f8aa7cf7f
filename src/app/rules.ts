/** `hookscan rules`: detection content for SIEM/IDS from the pattern files. */
import { loadPatternFiles } from '../patterns/index.js';
import { renderRules, type RuleFormat } from '../rules/index.js';
import type { PatternFile } from '../types.js';
import { VERSION } from '../version.js';
import { EXIT } from '../errors.js';

export interface RulesRequest {
  format: RuleFormat;
  dualUse?: boolean;
  providers?: PatternFile[];
  date?: Date;
}

export function rules(req: RulesRequest): { result: { format: RuleFormat }; rendered: string; exitCode: number } {
  const rendered = renderRules(req.format, req.providers ?? loadPatternFiles(), { dualUse: req.dualUse, version: VERSION, date: req.date ?? new Date() });
  return { result: { format: req.format }, rendered, exitCode: EXIT.clean };
}
