/**
 * The placeholder filter: documentation values, templates and elided secrets are not findings.
 * Applied to every secret after decoding.
 */

/** Template and elision marks: anywhere in a secret they make it a placeholder. */
const MARKS = ['${', '{{', '{', '}', '<', '>', '%s', '$', '****', '...', '…'];
/**
 * `xxxx` / `XXXX` as documentation writes it, where a word starts (`XXXX-XXXX`, `/xxxxxxxx`); mixed
 * case (`XxXx`) or inside a run of letters and digits (`BHRPKXXXXMT`) is what random tokens hold.
 */
const XS = /(?:^|[^A-Za-z0-9])(?:xxxx|XXXX)/;
/**
 * Words of documentation values (`YOUR/WEBHOOK/URL`, `your-token-here`, `ReplaceMe`). A word counts
 * only where it starts a word: at the start, after a character that is not a letter or digit, or as
 * a capitalised part of camelCase; and only written as a word is (lower case, upper case or
 * capitalised). A random token that happens to hold "yOuR" or "…3your…" is not a placeholder.
 */
const WORDS = ['your', 'example', 'replace', 'placeholder', 'redacted', 'dummy', 'changeme', 'sample', 'insert'];

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isAlnum = (c: number) => isLower(c) || isUpper(c) || (c >= 48 && c <= 57);

/** Compound words also written in camel case. */
const CAMEL = new Set(['ChangeMe', 'changeMe']);

function wordAt(secret: string, at: number, len: number): boolean {
  const w = secret.slice(at, at + len);
  const lower = w === w.toLowerCase();
  const upper = w === w.toUpperCase();
  const capital = (isUpper(w.charCodeAt(0)) && w.slice(1) === w.slice(1).toLowerCase()) || CAMEL.has(w);
  if (!lower && !upper && !capital) return false;
  if (at === 0) return true;
  const before = secret.charCodeAt(at - 1);
  if (!isAlnum(before)) return true;
  // camelCase: "webhookYourToken", "myReplaceMe"
  return capital && !upper && isLower(before);
}

function placeholderWord(secret: string): string | null {
  const lower = secret.toLowerCase();
  for (const w of WORDS) {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) if (wordAt(secret, at, w.length)) return w;
  }
  return null;
}

function hasRun(s: string, len: number): boolean {
  let same = 1, up = 1;
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i - 1), b = s.charCodeAt(i);
    same = b === a ? same + 1 : 1;
    const alnum = (x: number) => (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122);
    up = b === a + 1 && alnum(a) && alnum(b) ? up + 1 : 1;
    if (same >= len || up >= len) return true;
  }
  return false;
}

/** Why a secret looks like a placeholder, or null when it looks real. */
export function placeholderReason(secret: string, known: readonly string[] = []): string | null {
  const lower = secret.toLowerCase();
  for (const m of MARKS) if (lower.includes(m)) return `contains '${m}'`;
  if (XS.test(secret)) return "contains 'xxxx'";
  const word = placeholderWord(secret);
  if (word) return `contains '${word}'`;
  for (const k of known) if (secret.includes(k)) return 'a documented placeholder';
  if (hasRun(secret, 8)) return 'a run of repeated or sequential characters';
  return null;
}

/**
 * Hosts reserved for documentation and tests (RFC 2606, RFC 6761): `example.com`, `example.net`,
 * `example.org` and their subdomains, and names under `.example`, `.invalid`, `.test` and `.localhost`
 * (and `localhost` itself). A webhook URL on such a host is a placeholder, whatever its token.
 */
export function documentationHost(url: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/:?#\s"'`<>]+)/i.exec(url);
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || /(?:^|\.)example\.(?:com|net|org)$/.test(host) || /\.(?:example|invalid|test|localhost)$/.test(host)) return host;
  return null;
}
