#!/usr/bin/env node
// patterns/evidence/*.yaml → src/detect/evidence-data.ts (committed; `npm run evidence`).
// The YAML files are the source of truth: one per family of behaviour evidence, each indicator
// with its languages, examples and negatives. The generated module carries the indicators without
// their examples, so detection (worker threads, the Action bundle) needs no file and no YAML
// parser at start-up. test/detect/evidence.test.ts fails when the module is stale.
//
//   node scripts/build-evidence.mjs           write the module
//   node scripts/build-evidence.mjs --check   exit 1 if it is stale
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { writeOrCheck } from './generated-module.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EVIDENCE_DIR = join(ROOT, 'patterns', 'evidence');
export const EVIDENCE_MODULE = join(ROOT, 'src', 'detect', 'evidence-data.ts');
export const LANGUAGES = ['any', 'javascript', 'python', 'powershell', 'shell', 'go', 'csharp', 'lua', 'php', 'batch', 'ruby', 'java'];
/** Families in the order their phrases are listed in evidence. */
export const FAMILY_ORDER = ['environment', 'stored-credentials', 'credentials', 'screen-clipboard', 'keystrokes', 'host-fingerprint', 'persistence', 'forwarding', 'obfuscation'];
const WEIGHTS = ['strong', 'weak'];

/** Every family file, parsed and checked; throws with the file and the field at fault. */
export function readEvidence(dir = EVIDENCE_DIR) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const families = files.map((f) => {
    const where = `patterns/evidence/${f}`;
    const fail = (field, why) => {
      throw new Error(`${where}: ${field}: ${why}`);
    };
    let d;
    try {
      d = parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      fail('(file)', `not valid YAML: ${e.message.split('\n')[0]}`);
    }
    if (!d || typeof d !== 'object') fail('(file)', 'expected a mapping');
    const known = ['family', 'name', 'description', 'weight', 'indicators'];
    for (const k of Object.keys(d)) if (!known.includes(k)) fail(k, `unknown key (known: ${known.join(', ')})`);
    if (d.family !== f.replace(/\.yaml$/, '')) fail('family', `must be the file name without .yaml ('${f.replace(/\.yaml$/, '')}')`);
    if (!FAMILY_ORDER.includes(d.family)) fail('family', `not in FAMILY_ORDER of scripts/build-evidence.mjs (add it there)`);
    for (const k of ['name', 'description']) if (typeof d[k] !== 'string' || !d[k].trim()) fail(k, 'a non-empty text is required');
    const weight = d.weight ?? 'strong';
    if (!WEIGHTS.includes(weight)) fail('weight', `one of ${WEIGHTS.join(', ')}`);
    if (!Array.isArray(d.indicators) || d.indicators.length === 0) fail('indicators', 'a non-empty list is required');
    const indicators = d.indicators.map((x, i) => {
      const at = `indicators[${i}]`;
      const ik = ['id', 'what', 'languages', 'regex', 'ignore-case', 'weight', 'examples', 'negatives'];
      for (const k of Object.keys(x ?? {})) if (!ik.includes(k)) fail(`${at}.${k}`, `unknown key (known: ${ik.join(', ')})`);
      if (typeof x.id !== 'string' || !/^[a-z][a-z-]*$/.test(x.id)) fail(`${at}.id`, 'lower-case words joined by -');
      if (typeof x.what !== 'string' || x.what.trim().length < 4) fail(`${at}.what`, 'the words for "posts <what> to …"');
      if (!Array.isArray(x.languages) || x.languages.length === 0) fail(`${at}.languages`, `a list of ${LANGUAGES.join(', ')}`);
      for (const l of x.languages) if (!LANGUAGES.includes(l)) fail(`${at}.languages`, `unknown language '${l}' (one of ${LANGUAGES.join(', ')})`);
      if (typeof x.regex !== 'string' || !x.regex) fail(`${at}.regex`, 'a JavaScript regular expression is required');
      try {
        new RegExp(x.regex, x['ignore-case'] ? 'gi' : 'g');
      } catch (e) {
        fail(`${at}.regex`, e.message);
      }
      const w = x.weight ?? weight;
      if (!WEIGHTS.includes(w)) fail(`${at}.weight`, `one of ${WEIGHTS.join(', ')}`);
      if (!Array.isArray(x.examples) || x.examples.length === 0 || !x.examples.every((e) => typeof e === 'string')) fail(`${at}.examples`, 'at least one example the regex must match');
      if (x.negatives !== undefined && (!Array.isArray(x.negatives) || !x.negatives.every((e) => typeof e === 'string'))) fail(`${at}.negatives`, 'a list of texts the regex must not match');
      return { family: d.family, id: x.id, what: x.what, languages: x.languages, source: x.regex, ignoreCase: !!x['ignore-case'], weight: w, examples: x.examples, negatives: x.negatives ?? [] };
    });
    return { family: d.family, name: d.name, description: d.description, weight, indicators };
  });
  return families.sort((a, b) => FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family));
}

/** The generated module's text. */
export function renderEvidenceModule(families = readEvidence()) {
  const rows = families.flatMap((f) => f.indicators.map(({ examples: _e, negatives: _n, ...i }) => `  ${JSON.stringify(i)},`));
  return `// Generated by scripts/build-evidence.mjs from patterns/evidence/*.yaml — edit those files, then run: npm run evidence
import type { EvidenceIndicator } from '../types.js';

export const EVIDENCE: readonly EvidenceIndicator[] = [
${rows.join('\n')}
];
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeOrCheck(EVIDENCE_MODULE, renderEvidenceModule(), { command: 'npm run evidence', count: (text) => `evidence: indicators: ${text.split('\n').filter((l) => l.startsWith('  {')).length}` });
}
