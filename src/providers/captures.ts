/**
 * The named parts of a finding (`host`, `id`, `token`, `workflow`, …) for verifiers and revokers,
 * as the detector took them from the pattern's named groups (`(?P<name>…)` in patterns/*.yaml).
 * A finding read back from a report carries none of its own: whoever reads it finds the URL again
 * with the detector first (src/revoke/input.ts), so code here never parses a webhook URL's shape
 * and the network layer needs no matcher.
 */
import type { Captures, Finding } from '../types.js';

type Source = Pick<Finding, 'ruleId' | 'captures'>;

const NONE: Captures = Object.freeze({});

/** The finding's named parts; empty when its rule names none or it was read back without them. */
export function capturesOf(f: Source): Captures {
  return f.captures ?? NONE;
}

/** One named part, or an error naming it (a pattern file that lost a group its verifier reads). */
export function part(f: Source, name: string): string {
  const v = capturesOf(f)[name];
  if (v === undefined) throw new Error(`the ${f.ruleId} pattern gave no '${name}' for this finding`);
  return v;
}
