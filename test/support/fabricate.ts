// Fabricated webhook URLs, built at run time from crypto random bytes (the repository scans itself,
// so no test file may hold a literal URL a pattern would report), and findings made from them by
// the real detector.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Detector } from '../../src/detect/index.js';
import { newFinding } from '../../src/scan.js';
import { loadProviders } from '../../src/patterns/index.js';
import type { Finding, Pattern } from '../../src/types.js';

const ALPHABETS: Record<string, string> = {
  UPPER: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  LOWER: 'abcdefghijklmnopqrstuvwxyz',
  ALNUM: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  LOWNUM: 'abcdefghijklmnopqrstuvwxyz0123456789',
  B64URL: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
  DIGITS: '0123456789',
  HEX: '0123456789abcdef',
};

export function rand(alphabet: string, n: number): string {
  return [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** One `{…}` of a template (its own braces already filled), as random text. */
function fill(spec: string, where: string): string {
  if (spec === 'uuid') return randomUUID();
  if (spec.startsWith('base64url:')) return Buffer.from(spec.slice('base64url:'.length)).toString('base64url');
  const m = /^(?:([A-Z0-9]+)|\[([^\]]+)\])\*(\d+)$/.exec(spec);
  const alphabet = m && (m[1] !== undefined ? ALPHABETS[m[1]] : m[2]);
  if (!m || !alphabet) throw new Error(`${where}: cannot fill {${spec}}`);
  return rand(alphabet, Number(m[3]));
}

/** A template of fabricators.yaml filled with random text, innermost `{…}` first. */
export function fillTemplate(template: string, where = 'template'): string {
  let out = template;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/\{([^{}]*)\}/, (_, spec: string) => fill(spec, where));
  }
  if (/[{}]/.test(out)) throw new Error(`${where}: unbalanced braces in ${template}`);
  return out;
}

/** The templates, one per provider (test/support/fabricators.yaml). */
export const TEMPLATES: Record<string, string> = parse(readFileSync(fileURLToPath(new URL('./fabricators.yaml', import.meta.url)), 'utf8'));

/** One URL per call, per provider. */
export const FABRICATE: Record<string, () => string> = Object.fromEntries(
  Object.entries(TEMPLATES).map(([kind, template]) => [kind, () => `https://${fillTemplate(template, kind)}`]),
);

let patterns: Pattern[] | undefined;
let detector: Detector | undefined;

/** The findings the real detector reports for a text (no dedupe beyond the detector's). */
export function findingsIn(text: string): Finding[] {
  patterns ??= loadProviders().flatMap((p) => p.patterns);
  detector ??= new Detector(patterns);
  const byId = new Map(patterns.map((p) => [p.id, p]));
  return detector.detect(Buffer.from(text)).map((m) => newFinding(byId.get(m.ruleId)!, m));
}

/** A fabricated URL of a provider and its finding; retried until the detector reports exactly one. */
export function fabricate(kind: keyof typeof FABRICATE | string): { url: string; finding: Finding } {
  const make = FABRICATE[kind];
  if (!make) throw new Error(`no fabricator for '${kind}': add one to test/support/fabricators.yaml`);
  for (let i = 0; i < 100; i++) {
    const url = make();
    const found = findingsIn(`url = "${url}"\n`);
    if (found.length === 1) return { url, finding: found[0] };
  }
  throw new Error(`could not fabricate a ${kind} URL the detector reports`);
}

/** A fabricated URL of a provider with its secret (the part the pattern captures). */
export function webhook(kind: keyof typeof FABRICATE | string): { url: string; secret: string } {
  const { url, finding } = fabricate(kind);
  return { url, secret: finding.secret };
}
