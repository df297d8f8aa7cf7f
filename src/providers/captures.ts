/**
 * The named parts of a finding (`host`, `id`, `token`, `workflow`, …) for verifiers and revokers:
 * those the detector took from the pattern's named groups, or — for a finding read back from a
 * report, which carries none — the same groups of the same pattern (its regex, compiled into
 * catalog-data.ts from patterns/*.yaml) run again over the finding's URL. Code never parses a
 * webhook URL's shape itself.
 */
import { percentDecodeString } from '../detect/decode.js';
import { capturesAt, layoutOf, type CaptureLayout, type Captures } from '../patterns/captures.js';
import { RE2 } from '../patterns/regex-engine.js';
import type { Finding } from '../types.js';
import { CATALOG } from './catalog-data.js';

type Source = Pick<Finding, 'provider' | 'ruleId' | 'url' | 'captures'>;

const compiled = new Map<string, { re: RE2; layout: CaptureLayout }>();
const derived = new WeakMap<object, Captures>();

/** The finding's named parts; empty when its rule has none or its URL no longer matches. */
export function capturesOf(f: Source): Captures {
  if (f.captures) return f.captures;
  let out = derived.get(f);
  if (!out) {
    out = capturesFromUrl(f);
    derived.set(f, out);
  }
  return out;
}

/** The named parts the finding's pattern finds in its URL (what a report leaves out). */
export function capturesFromUrl(f: Pick<Finding, 'provider' | 'ruleId' | 'url'>): Captures {
  const source = CATALOG[f.provider]?.regex[f.ruleId];
  if (!source) return {};
  let c = compiled.get(f.ruleId);
  if (!c) {
    c = { re: new RE2(source, 'd'), layout: layoutOf(source) };
    compiled.set(f.ruleId, c);
  }
  const text = Buffer.from(f.url, 'utf8');
  const m = c.re.exec(text);
  if (!m?.indices) return {};
  return capturesAt(c.layout, m.indices as ([number, number] | undefined)[], text, percentDecodeString) ?? {};
}

/** One named part, or an error naming it (a pattern file that lost a group its verifier reads). */
export function part(f: Source, name: string): string {
  const v = capturesOf(f)[name];
  if (v === undefined) throw new Error(`the ${f.ruleId} pattern gave no '${name}' for this finding`);
  return v;
}
