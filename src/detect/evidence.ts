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

/** The language of a file from its name (archive members and git paths too), or undefined. */
export function languageOf(path: string | undefined): Language | undefined {
  if (!path) return undefined;
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'), path.lastIndexOf('!')) + 1);
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

/** Every indicator, for tests and documentation. */
export function allIndicators(): readonly CompiledIndicator[] {
  return COMPILED;
}
