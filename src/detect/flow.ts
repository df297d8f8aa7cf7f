/**
 * Which URL does the sending: a bounded, language-aware reading of one file that follows each found
 * URL from its literal to the name it is assigned to, to the calls that send to that literal or name
 * anywhere in the file (fetch, XMLHttpRequest, axios, got, http(s).request, requests, httpx,
 * urllib, aiohttp, Invoke-RestMethod, WebClient, HttpClient, curl, wget, Go's http.Post, Lua's
 * request functions, webhook and bot libraries), one level through a helper function that takes the
 * URL as a parameter, and to what those calls send: the call itself and the definitions of the names
 * it passes (one level). The evidence indicators are run on that text, so the evidence can say "line
 * 41 posts os.environ to the Discord webhook on line 4".
 *
 * No parser: statements are cut by balanced brackets and bounded in bytes and lines. Linear in the
 * file: one pass finds the names, one pass the sending calls, and every look from a call is bounded.
 * Runs only for files that hold a webhook.
 */
import { byWeight, indicatorsFor, phraseOf, type Language } from './evidence.js';
import { LineCounter } from './position.js';

/** What one sending call sends to one URL. */
export interface Flow {
  /** The line of the call (1-based). */
  line: number;
  /** The line of the URL's literal. */
  urlLine: number;
  /** Strong evidence in what is sent. */
  sends: string[];
  /** Weak evidence (host facts) in what is sent. */
  hints: string[];
}

/** A statement is read at most this far from the call. */
const STATEMENT_BYTES = 1024;
const STATEMENT_LINES = 12;
/** A definition of a sent name is read at most this far. */
const DEFINITION_BYTES = 600;
/** At most this many sending calls per file are read (a file of 100,000 requests stays bounded). */
const MAX_CALLS = 1000;
/** Files with more distinct URLs than this are lists, not senders: no flow is read. */
const MAX_URLS = 32;
/** …or more URL occurrences than this. */
const MAX_SPANS = 256;
/** Sent texts whose evidence is read, per file (each is bounded; this bounds their number). */
const MAX_READS = 400;
/** Names of sent values followed per call, and helper functions followed per file. */
const MAX_SENT_NAMES = 8;
const MAX_HELPERS = 16;

/**
 * The sending calls, in every language hookscan reads. Each alternative ends where the call's
 * arguments start; a bare word must be followed by `(` (or, for commands, by a space).
 */
const SEND_CALL = new RegExp(
  [
    String.raw`\bfetch\s*\(`,
    String.raw`\baxios(?:\.(?:post|put|patch|get|request))?\s*\(`,
    String.raw`\bgot(?:\.(?:post|put|patch|get))?\s*\(`,
    String.raw`\bneedle\s*\(`,
    String.raw`\bsuperagent\.post\s*\(`,
    String.raw`\bhttps?\.(?:request|get)\s*\(`,
    String.raw`\.open\s*\(\s*["'](?:POST|GET|PUT)["']\s*,`,
    String.raw`\bnavigator\.sendBeacon\s*\(`,
    String.raw`\b(?:requests|httpx|session|client|s)\.(?:post|put|patch|get|request)\s*\(`,
    String.raw`\b(?:urllib\.request\.)?(?:urlopen|Request)\s*\(`,
    String.raw`\baiohttp\.ClientSession\(\)\.post\s*\(`,
    String.raw`\bInvoke-(?:RestMethod|WebRequest)\b`,
    String.raw`\b(?:irm|iwr)\s`,
    String.raw`\.Upload(?:String|Values|Data|File)(?:Async)?\s*\(`,
    String.raw`\.(?:PostAsync|PutAsync|SendAsync|PostAsJsonAsync)\s*\(`,
    String.raw`\bhttp\.(?:Post|PostForm|NewRequest|Get)\s*\(`,
    String.raw`(?:^|[\s;|&(\x60$])(?:curl|wget)\s`,
    String.raw`\b(?:syn\.request|http_request|request|http\.request|HttpService:PostAsync|HttpService:RequestAsync)\s*[({]`,
    String.raw`\bcurl_(?:init|setopt)\s*\(`,
    String.raw`\bfile_get_contents\s*\(`,
    String.raw`\b(?:DiscordWebhook|WebhookClient|SyncWebhook\.from_url|Webhook\.from_url|AsyncWebhook\.from_url)\s*\(`,
    String.raw`\b(?:send_?(?:message|document|photo|file)|sendMessage|sendDocument|sendPhoto)\s*\(`,
  ].join('|'),
  'g',
);

/** `NAME = "`, `const NAME = '`, `$name = "`, `"name": "`, `NAME := "`, `set NAME=` right before a URL literal (the name is group 1). */
export const ASSIGNED = /([A-Za-z_$][\w$]*)["']?\s*(?::=|=|:)\s*(?:[A-Za-z_$.]+\(\s*)?[rbfu]?["'\x60]?$/;
/** A function that takes parameters: `def send(url, data):`, `function send(url) {`, `const send = (url) =>`, `func send(url string`. */
const FUNCTION_DEF = /(?:\bdef|\bfunction|\bfunc|\blocal\s+function|\bsub)\s+([A-Za-z_$][\w$]*)\s*\(([^)]{0,200})\)|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?\(([^)]{0,200})\)\s*=>/g;
const IDENT = /[A-Za-z_$][\w$]*/g;
/** Assignments anywhere in the file: `name =`, `const name =`, `$name =`, `name :=` (not `==`). */
const ASSIGNMENT = /(?:^|[\s;,(])(?:const\s+|let\s+|var\s+|local\s+|\$)?([A-Za-z_]\w*)(?:\s*,\s*[A-Za-z_]\w*)*\s*(?::=|=(?![=>]))/dgm;

function escapeRe(s: string): string {
  return s.replace(/[$]/g, '\\$&');
}

/**
 * Where a call or an assignment that starts at `at` ends, reading quotes and brackets, bounded:
 * - a call: at the bracket that closes it, or, for a command (curl, Invoke-RestMethod) that opens
 *   none, at its line's end unless the line is continued; never past STATEMENT_LINES lines;
 * - an assignment: at the line's end or a `;` once its brackets are closed.
 */
function endOf(text: string, at: number, what: 'call' | 'assignment'): number {
  const limit = Math.min(text.length, at + (what === 'call' ? STATEMENT_BYTES : DEFINITION_BYTES));
  let depth = 0;
  let lines = 0;
  let opened = false;
  let quote = '';
  for (let i = at; i < limit; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote || (c === '\n' && quote !== '`')) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') {
      depth++;
      opened = true;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (what === 'call' && opened && depth <= 0) return i + 1;
    } else if (what === 'assignment') {
      if ((c === '\n' || c === ';') && depth <= 0) return i;
    } else if (c === '\n') {
      if (++lines >= STATEMENT_LINES) return i;
      if (!opened && text[i - 1] !== '\\' && text[i - 1] !== '`') return i;
    }
  }
  return limit;
}

/** Gathered evidence in a text, strong and weak, one phrase per indicator id. */
function evidenceIn(text: string, language: Language | undefined): { sends: string[]; hints: string[] } {
  const found: { phrase: string; weak: boolean }[] = [];
  const seen = new Set<string>();
  for (const ind of indicatorsFor(language)) {
    if (seen.has(ind.id)) continue;
    ind.re.lastIndex = 0;
    const m = ind.re.exec(text);
    if (!m) continue;
    seen.add(ind.id);
    found.push({ phrase: phraseOf(ind, m), weak: ind.weight === 'weak' });
  }
  return byWeight(found);
}

/**
 * The flows of each URL span of a buffer: which sending calls send to it and what they send.
 * Returns one list per span (empty when no call is linked to that URL).
 */
export function flowsOf(buf: Buffer, spans: readonly { start: number; end: number; secret?: string }[], language?: Language): Flow[][] {
  const out: Flow[][] = spans.map(() => []);
  if (spans.length === 0 || spans.length > MAX_SPANS || new Set(spans.map((s) => s.secret ?? `${s.start}`)).size > MAX_URLS) return out;
  const text = buf.toString('latin1'); // latin1: string index = byte offset
  const lines = new LineCounter(buf);
  const keys = spans.map((s) => s.secret ?? `${s.start}`);
  // 1. The names each URL goes by (a name that names two URLs names none).
  const nameOf = new Map<string, string>();
  spans.forEach((sp, i) => {
    const ls = text.lastIndexOf('\n', sp.start - 1) + 1;
    const m = ASSIGNED.exec(text.slice(Math.max(ls, sp.start - 200), sp.start));
    if (!m) return;
    const had = nameOf.get(m[1]);
    nameOf.set(m[1], had === undefined || had === keys[i] ? keys[i] : '');
  });
  const names = [...nameOf].filter(([, k]) => k !== '');
  // `$NAME` and `${NAME}` read a shell, PowerShell or PHP variable assigned as NAME.
  const nameRes = names.map(([n, key]) => ({
    key,
    re: new RegExp(n.startsWith('$') ? `(?<![\\w$.])${escapeRe(n)}(?![\\w$])` : `(?:(?<![\\w$.])|(?<=\\$)|(?<=\\$\\{))${escapeRe(n)}(?![\\w$])`),
  }));
  const literalKeys = (s: number, e: number) => {
    const hit = new Set<string>();
    spans.forEach((sp, i) => {
      if (sp.start < e && sp.end > s) hit.add(keys[i]);
    });
    return hit;
  };
  const targetsIn = (s: number, e: number): Set<string> => {
    const hit = literalKeys(s, e);
    const body = text.slice(s, e);
    for (const n of nameRes) if (n.re.test(body)) hit.add(n.key);
    return hit;
  };
  // 2. Helper functions that take a URL parameter: `def send(url, data): requests.post(url, …)`.
  //    A call of the helper with a URL (literal or name) as an argument sends to that URL.
  const helpers = new Map<string, { params: string[]; start: number; end: number }>();
  FUNCTION_DEF.lastIndex = 0;
  for (let m = FUNCTION_DEF.exec(text); m && helpers.size < 256; m = FUNCTION_DEF.exec(text)) {
    const fname = m[1] ?? m[3];
    const params = (m[2] ?? m[4] ?? '').split(',').map((p) => (p.trim().match(/^[A-Za-z_$][\w$]*/) ?? [''])[0]).filter(Boolean);
    if (fname && params.length) helpers.set(fname, { params, start: m.index, end: Math.min(text.length, m.index + 4096) });
  }
  // 3. The sending calls, each read once.
  // Every assignment, once: name → offsets in text order (for "what is this name" one level up).
  const assigned = new Map<string, number[]>();
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m; m = ASSIGNMENT.exec(text)) {
    const at = m.indices![1][0]; // the name itself, not the character before it
    const list = assigned.get(m[1]);
    if (list) list.push(at);
    else assigned.set(m[1], [at]);
    if (m[0].length === 0) ASSIGNMENT.lastIndex++;
  }
  /** The closest assignment of `name` before `at`, read up to DEFINITION_BYTES. */
  const definitionBefore = (name: string, at: number): string => {
    const list = assigned.get(name);
    if (!list) return '';
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return ''; // assigned only after the call: not what it sends
    const d = list[lo - 1];
    return text.slice(d, endOf(text, d, 'assignment'));
  };
  const definitionsOf = (body: string, before: number): string => {
    let extra = '';
    const seen = new Set<string>();
    IDENT.lastIndex = 0;
    for (let m = IDENT.exec(body); m && seen.size < MAX_SENT_NAMES * 4; m = IDENT.exec(body)) {
      const id = m[0].replace(/^\$/, ''); // PowerShell, PHP and shell variables are assigned as $name
      // A key (`body: …`, `json=…`) names a field, not a variable.
      if (/^\s*[:=](?![:=])/.test(body.slice(m.index + id.length, m.index + id.length + 4))) continue;
      if (seen.has(id)) continue;
      seen.add(id);
      const def = definitionBefore(id, before);
      if (def) extra += `\n${def}`;
      if (extra.length > MAX_SENT_NAMES * DEFINITION_BYTES) break;
    }
    return extra;
  };
  const urlLine = spans.map((sp) => lines.lineOf(sp.start));
  const byKey = new Map<string, number[]>();
  keys.forEach((k, i) => byKey.set(k, [...(byKey.get(k) ?? []), i]));
  let reads = 0;
  const record = (key: string, at: number, body: string) => {
    if (++reads > MAX_READS) return;
    const ev = evidenceIn(body, language);
    const line = lines.lineOf(at);
    for (const i of byKey.get(key) ?? []) {
      if (out[i].some((f) => f.line === line)) continue;
      out[i].push({ line, urlLine: urlLine[i], sends: ev.sends, hints: ev.hints });
    }
  };
  // The calls of a helper (once per helper; at most MAX_HELPERS helpers are followed).
  const callers = new Map<string, number[]>();
  const callersOf = (fname: string, defAt: number): number[] => {
    let list = callers.get(fname);
    if (list) return list;
    list = [];
    if (callers.size < MAX_HELPERS) {
      const callRe = new RegExp(`(?<![\\w$.])${escapeRe(fname)}\\s*\\(`, 'g');
      for (let c = callRe.exec(text); c && list.length < 50; c = callRe.exec(text)) if (c.index < defAt || c.index > defAt + fname.length + 24) list.push(c.index);
    }
    callers.set(fname, list);
    return list;
  };
  SEND_CALL.lastIndex = 0;
  let calls = 0;
  for (let m = SEND_CALL.exec(text); m && calls < MAX_CALLS; m = SEND_CALL.exec(text)) {
    calls++;
    const at = m.index + Math.max(0, m[0].search(/\S/)); // a command's match starts at the space before it
    let end = endOf(text, at, 'call');
    // XMLHttpRequest: open() names the URL, send() carries the data (within the next 1 KB).
    if (m[0].startsWith('.open')) {
      const send = text.slice(end, end + STATEMENT_BYTES).search(/\.send\s*\(/);
      if (send >= 0) end = endOf(text, end + send + 1, 'call');
    }
    const targets = targetsIn(at, end);
    // A call inside a helper that sends to one of its parameters: the helper's callers decide the URL.
    if (targets.size === 0) {
      for (const [fname, h] of helpers) {
        if (at < h.start || at > h.end) continue;
        const stmt = text.slice(at, end);
        if (!h.params.some((p) => new RegExp(`(?<![\\w$.])${escapeRe(p)}(?![\\w$])`).test(stmt))) continue;
        for (const c of callersOf(fname, h.start)) {
          const callEnd = endOf(text, c, 'call');
          const body = text.slice(c, callEnd);
          for (const key of targetsIn(c, callEnd)) record(key, c, `${stmt}\n${body}${definitionsOf(body, c)}`);
        }
      }
      continue;
    }
    if (targets.size > 1) continue; // two URLs in one call: no attribution
    const body = text.slice(at, end);
    const [key] = targets;
    record(key, at, `${body}${definitionsOf(body, at)}`);
    SEND_CALL.lastIndex = Math.max(SEND_CALL.lastIndex, at + 1);
  }
  return out;
}
