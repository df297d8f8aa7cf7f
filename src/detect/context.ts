/**
 * Exfiltration context of a found URL, in two pure steps:
 * - `sendsNear` / `installScriptAt`: what the bytes around the URL say (detection time, no path —
 *   a git blob is scanned once for all the paths it had);
 * - `assessExfil`: that context plus the path (package.json install hooks, setup.py, .pth files)
 *   and how the URL was hidden → whether the URL is an exfiltration channel, and why, in words.
 */
import type { Confidence, Kind, Severity } from '../types.js';
import { baseName, byWeight, indicatorsFor, languageOf, phraseOf, type Language } from './evidence.js';
import { ASSIGNED } from './flow.js';

/** What the detector saw around a URL. Plain data (crosses worker threads). */
export interface MatchContext {
  /** What the code near the URL gathers ("process.env", "browser cookies"). */
  sends?: string[];
  /**
   * Weak evidence near the URL: host facts (host name, user, public IP) that a monitoring alert
   * sends too. They count only together with other evidence, or two of them together.
   */
  hints?: string[];
  /** The package.json script (`postinstall` …) whose command holds the URL. */
  installScript?: string;
  /** How the URL was hidden, outermost first ("base64 (decoded with atob())"). */
  hidden?: string[];
  /** A call in the file that sends to this URL, and what it sends (src/detect/flow.ts). */
  flow?: { line: number; urlLine: number; sends: string[]; hints: string[] };
  /** A comment next to the URL asks to replace it ("replace with your webhook URL"): a template. */
  template?: boolean;
}

export interface ExfilAssessment {
  exfil: boolean;
  evidence: string[];
  /** When exfil: high (the sending call is shown), medium (nearness only), low (a template comment beside it). */
  confidence?: Confidence;
}

const TEMPLATE = /replace\s+(?:this|it|me|the\s+url)?\s*with\s+your|your[ _-]?(?:own[ _-]?)?(?:discord[ _-]?|slack[ _-]?)?webhook(?:[ _-]?url)?\s+here|paste\s+your\s+(?:\w+\s+)?webhook|put\s+your\s+(?:\w+\s+)?webhook|\bINSERT[ _]WEBHOOK\b/i;

/** Whether a comment within two lines of the URL asks to replace it (a template). Bounded: 400 bytes each way. */
export function templateNear(buf: Buffer, start: number, end: number): boolean {
  const from = Math.max(0, start - 400);
  const to = Math.min(buf.length, end + 400);
  const before = buf.toString('latin1', from, start).split('\n').slice(-3).join('\n');
  const after = buf.toString('latin1', end, to).split('\n').slice(0, 3).join('\n');
  return TEMPLATE.test(before) || TEMPLATE.test(after);
}

/** package.json scripts that npm runs on install (or uninstall) without asking. */
export const INSTALL_SCRIPTS: readonly string[] = ['preinstall', 'install', 'postinstall', 'preuninstall', 'uninstall', 'postuninstall', 'prepare'];

const NEAR_LINES = 20;
const NEAR_BYTES = 4096;

const INSTALL_KEY = new RegExp(`"(${INSTALL_SCRIPTS.join('|')})"\\s*:\\s*"(?:[^"\\\\\\n]|\\\\.)*$`);

/** Start of the text "near" an offset: 20 lines back, at most 4 KB (searched within those 4 KB). */
function nearStart(buf: Buffer, at: number): number {
  const from = Math.max(0, at - NEAR_BYTES);
  const win = buf.subarray(from, at);
  let s = win.length;
  for (let n = 0; n <= NEAR_LINES; n++) {
    const nl = s > 0 ? win.lastIndexOf(0x0a, s - 1) : -1;
    if (nl < 0) return from;
    s = nl;
  }
  return from + s + 1;
}

function nearEnd(buf: Buffer, at: number): number {
  const to = Math.min(buf.length, at + NEAR_BYTES);
  const win = buf.subarray(at, to);
  let e = 0;
  for (let n = 0; n <= NEAR_LINES; n++) {
    const nl = win.indexOf(0x0a, e + 1);
    if (nl < 0) return to;
    e = nl;
  }
  return at + e;
}

/** What the code within 20 lines of [start, end) gathers, in words (one phrase per kind of data; weak ones too). */
export function sendsNear(buf: Buffer, start: number, end: number, language?: Language): string[] {
  return sendsNearEach(buf, [{ start, end }], language)[0].map((g) => g.phrase);
}

/** One piece of evidence near a URL. */
export interface Gathered {
  phrase: string;
  weak: boolean;
}

/**
 * sendsNear for many URLs of one buffer: the text near them is searched once (a file with
 * thousands of URLs costs one pass over it, not one per URL).
 */
export function sendsNearEach(buf: Buffer, spans: readonly { start: number; end: number; secret?: string }[], language?: Language): Gathered[][] {
  const INDICATORS = indicatorsFor(language);
  const owners = urlOwners(buf, spans);
  const near = spans.map((s) => [nearStart(buf, s.start), nearEnd(buf, s.end)] as const);
  const merged: [number, number][] = [];
  for (const [s, e] of [...near].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  // Per indicator, its matches in text order: [offset, phrase, the URL its statement sends to].
  const found: [number, string, string | null][][] = INDICATORS.map(() => []);
  for (const [s, e] of merged) {
    const text = buf.toString('latin1', s, e); // latin1: string index = byte offset
    INDICATORS.forEach((ind, k) => {
      ind.re.lastIndex = 0;
      for (let m = ind.re.exec(text); m; m = ind.re.exec(text)) {
        const at = s + m.index;
        found[k].push([at, phraseOf(ind, m), owners?.ownerOf(at) ?? null]);
        if (m[0].length === 0) ind.re.lastIndex++;
      }
    });
  }
  return near.map(([s, e], i) => {
    const mine = owners?.keys[i] ?? null;
    const out: Gathered[] = [];
    const seen = new Set<string>();
    INDICATORS.forEach((ind, k) => {
      if (seen.has(ind.id)) return;
      const list = found[k];
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid][0] < s) lo = mid + 1;
        else hi = mid;
      }
      // The first match in range that is not sent to another URL of the file.
      for (let j = lo; j < list.length && list[j][0] < e; j++) {
        if (list[j][2] !== null && list[j][2] !== mine) continue;
        seen.add(ind.id);
        out.push({ phrase: list[j][1], weak: ind.weight === 'weak' });
        break;
      }
    });
    return out;
  });
}

/** At most this many distinct URLs in a file are told apart; beyond, every URL gets its nearby data. */
const MAX_OWNERS = 32;
/** How far around an indicator the statement that sends it is looked for. */
const STATEMENT_BYTES = 512;
const FOLLOW_LINES = 5;

/**
 * Which URL each indicator is sent to, when a file holds more than one: the URL whose literal or
 * variable the indicator's line (or one of the next few lines, the rest of the call) names. An
 * indicator whose statement names no URL stays shared by every URL near it. Linear: every look is
 * bounded in bytes and in URLs.
 */
function urlOwners(buf: Buffer, spans: readonly { start: number; end: number; secret?: string }[]): { keys: string[]; ownerOf(at: number): string | null } | null {
  const keys = spans.map((sp) => sp.secret ?? `${sp.start}`);
  const distinct = [...new Set(keys)];
  if (distinct.length < 2 || distinct.length > MAX_OWNERS) return null;
  // The names each URL goes by: its literal (spans, sorted) and its variable when assigned on its line.
  const order = spans.map((sp, i) => ({ start: sp.start, end: sp.end, key: keys[i] })).sort((x, y) => x.start - y.start);
  const words = new Map<string, string>(); // variable → key; one that names two URLs names none
  spans.forEach((sp, i) => {
    if (words.size > MAX_OWNERS * 4) return;
    const from = Math.max(0, sp.start - 200);
    const ls = from + buf.subarray(from, sp.start).lastIndexOf(0x0a) + 1;
    const m = ASSIGNED.exec(buf.toString('latin1', ls, sp.start));
    if (!m || m[1].length < 2) return;
    const had = words.get(m[1]);
    words.set(m[1], had === undefined || had === keys[i] ? keys[i] : '');
  });
  const names = [...words].filter(([, key]) => key !== '').map(([w, key]) => ({ key, re: new RegExp(`(?<![\\w$])${w.replace(/[$]/g, '\\$&')}(?![\\w$])`) }));
  /** The keys of the URL literals overlapping [s, e). */
  const literalsIn = (s: number, e: number): string[] => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[mid].start < s) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    if (lo > 0 && order[lo - 1].end > s) out.push(order[lo - 1].key);
    for (let j = lo; j < order.length && order[j].start < e; j++) out.push(order[j].key);
    return out;
  };
  /** The line holding `at`, cut to STATEMENT_BYTES each side; whether it ends at a newline. */
  const lineAt = (at: number): [number, number, boolean] => {
    const from = Math.max(0, at - STATEMENT_BYTES);
    const to = Math.min(buf.length, at + STATEMENT_BYTES);
    const ls = buf.subarray(from, at).lastIndexOf(0x0a);
    const nl = buf.subarray(at, to).indexOf(0x0a);
    return [ls >= 0 || from === 0 ? from + ls + 1 : from, nl >= 0 ? at + nl : to, nl >= 0];
  };
  const memo = new Map<string, string | null>(); // many indicators on one line: one look
  const named = (s: number, e: number, skipDefinitions: boolean): string | null => {
    const id = `${s}:${e}:${skipDefinitions}`;
    if (memo.has(id)) return memo.get(id)!;
    const who = namedIn(s, e, skipDefinitions);
    memo.set(id, who);
    return who;
  };
  const namedIn = (s: number, e: number, skipDefinitions: boolean): string | null => {
    const text = buf.toString('latin1', s, e);
    const literals = literalsIn(s, e);
    if (literals.length && skipDefinitions) return null; // another URL's definition: stop following
    const who = new Set(literals);
    for (const n of names) if (n.re.test(text)) who.add(n.key);
    return who.size === 1 ? [...who][0] : null; // none, or two URLs named: no attribution
  };
  return {
    keys,
    ownerOf(at: number): string | null {
      let [s, e, whole] = lineAt(at);
      const own = named(s, e, false);
      if (own !== null) return own;
      // The rest of the call on the next lines (not in a file without newlines: no lines to follow).
      for (let n = 0; n < FOLLOW_LINES && whole && e < buf.length; n++) {
        [s, e, whole] = lineAt(e + 1);
        const next = named(s, e, true);
        if (next !== null) return next;
      }
      return null;
    },
  };
}

/** The npm install-hook script whose command (a JSON string on this line) holds the byte at `start`. */
export function installScriptAt(buf: Buffer, start: number): string | undefined {
  // Only the last 4 KB are searched for the line start: a one-line file is not read back per match.
  const floor = Math.max(0, start - NEAR_BYTES);
  const s = floor + buf.subarray(floor, start).lastIndexOf(0x0a) + 1;
  const m = INSTALL_KEY.exec(buf.toString('utf8', s, start));
  return m?.[1];
}

/** Where the URL runs without anyone asking: as a phrase after "posts … " and as one on its own. */
function installPlace(ctx: MatchContext | undefined, path: string | undefined): { from: string; at: string } | null {
  const base = path === undefined ? undefined : baseName(path);
  if (ctx?.installScript && (base === undefined || base === 'package.json')) {
    const s = ctx.installScript;
    return { from: `from a ${s} script`, at: `in the ${s} script of package.json, which npm runs on install` };
  }
  if (base === 'setup.py') return { from: 'from setup.py', at: 'in setup.py, which runs on pip install' };
  if (base?.endsWith('.pth')) return { from: 'from a .pth file', at: `in ${base}, a .pth file that Python runs at every start-up` };
  if (base && /^(?:pre|post)?install\.[cm]?[jt]s$/.test(base)) return { from: `from ${base}`, at: `in ${base}, an install script` };
  return null;
}

function listInWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Whether a URL found with this context, at this path, is an exfiltration channel, and the evidence
 * in words: what nearby code sends, an install hook that runs it, how it was hidden.
 */
export function assessExfil(ctx: MatchContext | undefined, path: string | undefined, target: { providerName: string; kind: Kind }): ExfilAssessment {
  const evidence: string[] = [];
  const strong = ctx?.sends ?? [];
  const hints = ctx?.hints ?? [];
  const place = installPlace(ctx, path);
  // One host fact next to a webhook is what a monitoring alert sends: evidence only beside other
  // evidence (something stronger sent, an install hook, a hidden URL) or with a second host fact.
  const flow = ctx?.flow;
  const allHints = new Set([...hints, ...(flow?.hints ?? [])]);
  const corroborated = strong.length > 0 || (flow?.sends.length ?? 0) > 0 || allHints.size >= 2 || place !== null || (ctx?.hidden?.length ?? 0) > 0;
  const sends = corroborated ? [...strong, ...hints] : [];
  const noun = `${target.providerName} ${target.kind === 'credential' ? 'webhook' : 'capture endpoint'}`;
  const article = /^[aeiou]/i.test(target.providerName) ? 'an' : 'a';
  // The sending call, when the file shows one: what it sends, on which line, to the URL on which line.
  const flowSends = flow && (flow.sends.length || (flow.hints.length && corroborated)) ? [...flow.sends, ...flow.hints] : [];
  if (flow && flowSends.length) {
    const to = flow.line === flow.urlLine ? `the ${noun} written on the same line` : `the ${noun} on line ${flow.urlLine}`;
    evidence.push(`line ${flow.line} posts ${listInWords(flowSends)} to ${to}${place ? ` ${place.from}` : ''}`);
    const more = sends.filter((x) => !flowSends.includes(x));
    if (more.length) evidence.push(`the code near it also gathers ${listInWords(more)}`);
  } else if (sends.length) evidence.push(`posts ${listInWords(sends)} to ${article} ${noun}${place ? ` ${place.from}` : ''}`);
  else if (place) evidence.push(`${article} ${noun} ${place.at}`);
  const hidden = ctx?.hidden ?? [];
  if (hidden.length) evidence.push(`the URL is hidden as ${[...hidden].reverse().join(', inside ')}`);
  if (evidence.length === 0) return { exfil: false, evidence };
  let confidence: Confidence = flowSends.length ? 'high' : 'medium';
  if (ctx?.template) {
    // A "replace with your webhook" comment: a template, or malware copied from one. Still a sink.
    confidence = confidence === 'high' ? 'medium' : 'low';
    evidence.push('a comment beside the URL asks to replace it (a template?), which lowers the confidence');
  }
  return { exfil: true, evidence, confidence };
}

const RAISE: Record<Severity, Severity> = { low: 'medium', medium: 'high', high: 'critical', critical: 'critical' };

/** One step up: a webhook used to exfiltrate is worse than one that leaked. */
export function raiseSeverity(s: Severity): Severity {
  return RAISE[s];
}

/** Convenience for one file: the assessment of a match of `buf` found at `path`. */
export function exfilEvidence(buf: Buffer, match: { start: number; end: number; context?: MatchContext }, path: string | undefined, target: { providerName: string; kind: Kind }): ExfilAssessment {
  const near = match.context?.sends || match.context?.hints ? undefined : byWeight(sendsNearEach(buf, [match], languageOf(path))[0]);
  const ctx: MatchContext = {
    ...match.context,
    sends: match.context?.sends ?? near?.sends,
    hints: match.context?.hints ?? near?.hints,
    installScript: match.context?.installScript ?? installScriptAt(buf, match.start),
  };
  return assessExfil(ctx, path, target);
}

/** A file an npm install hook runs: `"postinstall": "node lib/setup.js"` → { script, file: 'lib/setup.js' }. */
export interface InstallTarget {
  script: string;
  /** Relative to the package.json's folder, `/`-separated, without a leading `./`. */
  file: string;
}

const SCRIPT_FILE = /(?:^|[\s;&|(])(?:node|nodejs|bun|deno run|tsx|ts-node|sh|bash|python3?)\s+(?:-[\w-]+\s+)*["']?((?:\.{0,2}\/)?[\w@.\/-]+\.(?:[cm]?js|ts|sh|py))/g;

/**
 * The files a package.json's install hooks run. Cheap for every other file: it parses JSON only
 * when the bytes mention an install script name next to "scripts".
 */
export function installTargets(buf: Buffer): InstallTarget[] {
  if (buf.length > 1 << 20 || buf.indexOf('"scripts"') < 0 || !INSTALL_SCRIPTS.some((s) => buf.indexOf(`"${s}"`) >= 0)) return [];
  let scripts: unknown;
  try {
    scripts = (JSON.parse(buf.toString('utf8')) as { scripts?: unknown })?.scripts;
  } catch {
    return [];
  }
  if (!scripts || typeof scripts !== 'object') return [];
  const out: InstallTarget[] = [];
  for (const script of INSTALL_SCRIPTS) {
    const cmd = (scripts as Record<string, unknown>)[script];
    if (typeof cmd !== 'string') continue;
    for (const m of cmd.matchAll(SCRIPT_FILE)) {
      const file = m[1].replace(/^\.\//, '');
      if (!file.startsWith('../')) out.push({ script, file });
    }
  }
  return out;
}

/** The evidence for a URL in a file that an install hook runs. */
export function installTargetEvidence(t: InstallTarget, target: { providerName: string; kind: Kind }): string {
  const noun = `${target.providerName} ${target.kind === 'credential' ? 'webhook' : 'capture endpoint'}`;
  const article = /^[aeiou]/i.test(target.providerName) ? 'an' : 'a';
  return `${article} ${noun} in ${t.file}, which the ${t.script} script of package.json runs on install`;
}
