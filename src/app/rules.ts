/** `hookscan rules`: detection content for SIEM/IDS from the pattern files. */
import { loadProviders } from '../patterns/index.js';
import { renderRules, type RuleFormat } from '../rules/index.js';
import type { Provider } from '../types.js';
import { VERSION } from '../version.js';
import { EXIT } from '../errors.js';

export interface RulesRequest {
  format: RuleFormat;
  dualUse?: boolean;
  providers?: Provider[];
  date?: Date;
}

export function rules(req: RulesRequest): { result: { format: RuleFormat }; rendered: string; exitCode: number } {
  const rendered = renderRules(req.format, req.providers ?? loadProviders(), { dualUse: req.dualUse, version: VERSION, date: req.date ?? new Date() });
  return { result: { format: req.format }, rendered, exitCode: EXIT.clean };
}
