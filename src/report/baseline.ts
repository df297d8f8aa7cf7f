/** Baselines: the fingerprints of an earlier JSON report, which later scans do not report again. */
import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';

export function readBaseline(file: string): Set<string> {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`cannot read baseline ${file}: ${(e as Error).message}`, { cause: e });
  }
  const findings = (doc as { findings?: unknown })?.findings;
  if (!Array.isArray(findings)) throw new ConfigError(`baseline ${file} is not a hookscan JSON report (no 'findings' list)`);
  return new Set(findings.map((f) => (f as { fingerprint?: unknown }).fingerprint).filter((x): x is string => typeof x === 'string'));
}
