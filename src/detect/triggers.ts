/**
 * The prefilter's literals. Encoded text hides the host keywords, so besides each keyword the one
 * prefilter pass looks for what an encoded URL cannot avoid: its scheme as each encoding writes it
 * (base64 and base64url at the three byte alignments, UTF-8 and UTF-16LE; hex; reversed; escaped
 * character by character; `://` as character codes), base64 of a few words that sit in most
 * webhook URLs (for scheme-less URLs), base64 of the scheme's base64 (a doubly encoded loader),
 * and each keyword reversed. All are plain literals matched case-insensitively by one RE2
 * alternation, so a file costs one pass whatever the encodings.
 *
 * Why not every keyword in every encoding: ~1,000 literals (36 KB) make RE2's DFA outgrow its
 * memory budget on some inputs and fall back to the NFA — 300× slower on a 400 KB file of
 * `%`/`\`/`;`-rich text. The ~190 literals below keep the prefilter's cost at the keyword pass's
 * (measured on the bench tree and on adversarial inputs, see test/detect/triggers.test.ts).
 * Pure data derived from the pattern keywords: no provider regex lives here.
 */

export type TriggerFamily = 'plain' | 'base64' | 'hex' | 'reversed' | 'escape' | 'char-codes' | 'compressed';

export interface TriggerRole {
  family: TriggerFamily;
  /** The literal exactly as the encoding writes it (case matters for base64). */
  text: string;
  /** base64: index of the literal's first character inside its 4-character group. */
  phase?: number;
  /** compressed: what carries the payload — a gzip header in base64, a decompress call, a base64-decoding call. */
  carrier?: 'gzip-header' | 'decompress-call' | 'decode-call';
}

export interface TriggerTable {
  /** Every literal, longest first (the alternation prefers the first that matches). */
  literals: string[];
  /** Lower-cased literal → what it stands for. */
  roles: Map<string, TriggerRole[]>;
}

/**
 * The base64 characters that stand for `bytes` wherever they start in the encoded stream: for each
 * of the three alignments, the characters that depend only on these bytes, and their phase.
 */
export function base64Variants(bytes: Buffer): { text: string; phase: number }[] {
  const out: { text: string; phase: number }[] = [];
  for (let a = 0; a < 3; a++) {
    const enc = Buffer.concat([Buffer.alloc(a), bytes]).toString('base64');
    const first = a === 0 ? 0 : a + 1; // characters mixing the unknown preceding bytes are dropped
    const total = a + bytes.length;
    const last = Math.floor(total / 3) * 4 + [0, 1, 2][total % 3]; // … and those mixing the following ones
    out.push({ text: enc.slice(first, last), phase: first });
  }
  return out;
}

/** Literals shorter than this match ordinary text too often to be worth a decode attempt. */
const MIN_ENCODED = 6;

/** Every URL worth reporting that was encoded whole carries one of these. */
const SCHEMES = ['https://', 'http://'];
/** Words most webhook URLs hold, looked for in base64 too (a base64 URL without its scheme). */
const BASE64_WORDS = ['webhook', 'discord', 'hooks.slack', 'telegram.org'];
/**
 * A gzip header in base64 (`H4sIA`), and the calls that decompress a literal: Python's
 * zlib/gzip/bz2/lzma `decompress(`, Node's `inflateSync(`/`gunzipSync(`/`inflateRawSync(`/`unzipSync(`,
 * .NET's `GZipStream(`/`DeflateStream(` (PowerShell loaders).
 */
const GZIP_HEADER_BASE64 = 'H4sIA';
const DECOMPRESS_CALLS = ['decompress(', 'inflateSync(', 'gunzipSync(', 'inflateRawSync(', 'unzipSync(', 'GZipStream(', 'DeflateStream('];
/** Calls that decode base64: their literal is read when it holds base64 again (nested loaders). */
const DECODE_CALLS = ['b64decode(', 'atob(', 'FromBase64String(', 'base64_decode('];
/** `://` as character codes: decimal or hex lists, and Python `chr()` sums. */
const CHAR_CODE_SCHEME = ['58,47,47', '58, 47, 47', '0x3a,0x2f,0x2f', '0x3a, 0x2f, 0x2f', 'chr(58)+chr(47)+chr(47)', 'chr(58) + chr(47) + chr(47)'];

export function buildTriggers(keywords: Iterable<string>): TriggerTable {
  const roles = new Map<string, TriggerRole[]>();
  const add = (text: string, role: Omit<TriggerRole, 'text'>) => {
    if (role.family !== 'plain' && role.family !== 'compressed' && text.length < MIN_ENCODED) return;
    const key = text.toLowerCase();
    const list = roles.get(key) ?? [];
    if (!list.some((r) => r.family === role.family && r.text === text && r.phase === role.phase)) list.push({ ...role, text });
    roles.set(key, list);
  };
  const base64 = (bytes: Buffer) => {
    for (const v of base64Variants(bytes)) {
      add(v.text, { family: 'base64', phase: v.phase });
      const url = v.text.replace(/\+/g, '-').replace(/\//g, '_');
      if (url !== v.text) add(url, { family: 'base64', phase: v.phase });
    }
  };
  for (const k of keywords) {
    add(k, { family: 'plain' });
    add([...k].reverse().join(''), { family: 'reversed' });
  }
  for (const s of SCHEMES) {
    base64(Buffer.from(s, 'utf8'));
    base64(Buffer.from(s, 'utf16le'));
    add(Buffer.from(s).toString('hex'), { family: 'hex' });
    add([...s].reverse().join(''), { family: 'reversed' });
  }
  for (const w of BASE64_WORDS) base64(Buffer.from(w, 'utf8'));
  // base64 of base64: a URL literal's base64 starts with its scheme's (`aHR0cHM6Ly…`), so that text
  // encoded again is what a doubly encoded loader carries.
  // …and encoded a third time (three nested b64decode() calls).
  const stable = (t: string) => Buffer.from(t).toString('base64').slice(0, Math.floor((t.length * 4) / 3));
  for (const s of SCHEMES) {
    base64(Buffer.from(stable(s), 'utf8'));
    base64(Buffer.from(stable(stable(s)), 'utf8'));
  }
  const http = [...Buffer.from('http')];
  add(http.map((b) => `\\x${hex2(b)}`).join(''), { family: 'escape' });
  add(http.map((b) => `\\u00${hex2(b)}`).join(''), { family: 'escape' });
  add(http.map((b) => `%${hex2(b)}`).join(''), { family: 'escape' });
  add(http.map((b) => `&#${b};`).join(''), { family: 'escape' });
  add(http.map((b) => `&#x${hex2(b)};`).join(''), { family: 'escape' });
  for (const s of CHAR_CODE_SCHEME) add(s, { family: 'char-codes' });
  // Compressed payloads have no readable literal: what carries them is (src/detect/compressed.ts).
  add(GZIP_HEADER_BASE64, { family: 'compressed', carrier: 'gzip-header' });
  for (const s of DECOMPRESS_CALLS) add(s, { family: 'compressed', carrier: 'decompress-call' });
  for (const s of DECODE_CALLS) add(s, { family: 'compressed', carrier: 'decode-call' });
  const literals = [...new Set([...roles.values()].flatMap((list) => list.map((r) => r.text.toLowerCase())))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { literals, roles };
}

function hex2(b: number): string {
  return b.toString(16).padStart(2, '0');
}
