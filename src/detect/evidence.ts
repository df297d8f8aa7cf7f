/**
 * Behaviour evidence: what code near a found URL gathers. The indicators are data
 * (patterns/evidence/<family>.yaml, compiled into evidence-data.ts); they never report anything on
 * their own, they only say why a webhook that was found is an exfiltration channel. Each applies to
 * the languages it lists; a file whose language is not known gets every indicator.
 */
import { EVIDENCE } from './evidence-data.js';

import type { EvidenceIndicator, Language } from '../types.js';

export type { EvidenceIndicator, Language };

const EXTENSIONS: Record<string, Language> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript', ts: 'javascript', tsx: 'javascript', mts: 'javascript', cts: 'javascript',
  vue: 'javascript', svelte: 'javascript', html: 'javascript', htm: 'javascript',
  py: 'python', pyw: 'python', pth: 'python', pyi: 'python',
  ps1: 'powershell', psm1: 'powershell', psd1: 'powershell',
  sh: 'shell', bash: 'shell', zsh: 'shell', ksh: 'shell', command: 'shell',
  go: 'go', cs: 'csharp', csx: 'csharp', lua: 'lua', luau: 'lua', php: 'php', phtml: 'php', bat: 'batch', cmd: 'batch',
  rb: 'ruby', java: 'java', kt: 'java', groovy: 'java',
};

/** The last segment of a path, archive members included (`pkg.tgz!package/setup.py` → setup.py). */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'), path.lastIndexOf('!')) + 1);
}

/** The language of a file from its name (archive members and git paths too), or undefined. */
export function languageOf(path: string | undefined): Language | undefined {
  if (!path) return undefined;
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? EXTENSIONS[base.slice(dot + 1).toLowerCase()] : undefined;
}

export interface CompiledIndicator extends EvidenceIndicator {
  re: RegExp;
}

const COMPILED: CompiledIndicator[] = EVIDENCE.map((i) => ({ ...i, re: new RegExp(i.source, i.ignoreCase ? 'gi' : 'g') }));
const BY_LANGUAGE = new Map<Language | undefined, CompiledIndicator[]>();

/** The indicators that apply to a file of this language (every one when it is not known). */
export function indicatorsFor(language: Language | undefined): CompiledIndicator[] {
  let list = BY_LANGUAGE.get(language);
  if (!list) {
    list = language === undefined ? COMPILED : COMPILED.filter((i) => i.languages.includes('any') || i.languages.includes(language));
    BY_LANGUAGE.set(language, list);
  }
  return list;
}

/** An indicator's words for one match: `$&` is the matched text (spaces folded), `$1` its first group. */
export function phraseOf(ind: EvidenceIndicator, m: RegExpExecArray): string {
  return ind.what.replace('$&', m[0].replace(/\s+/g, ' ')).replace('$1', m[1] ?? '');
}

/** Gathered evidence split by weight: `sends` counts on its own, `hints` (host facts) only with more. */
export function byWeight(found: readonly { phrase: string; weak: boolean }[]): { sends: string[]; hints: string[] } {
  return { sends: found.filter((g) => !g.weak).map((g) => g.phrase), hints: found.filter((g) => g.weak).map((g) => g.phrase) };
}

/** Every indicator, for tests and documentation. */
export function allIndicators(): readonly CompiledIndicator[] {
  return COMPILED;
}
