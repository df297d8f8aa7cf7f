/**
 * Masking of secrets in any text in one pass, for all secrets at once: a table keyed by a hash of
 * each secret's first KEY characters, probed with a rolling hash at every position of the text, so
 * the cost is linear in the text (plus the length of each secret that does occur), not one scan of
 * the whole text per secret.
 */

/** Shorter strings are not masked (they would hit ordinary words). */
export const MIN_SECRET = 6;
/** Rolling-hash window: the shortest value any masker accepts (credentials, 4 characters). */
const KEY = 4;
const BASE = 31;
const MOD = 0x7fffffff;
/** BASE^(KEY-1) mod MOD, to drop the leading character of the window. */
const TOP = (() => { let p = 1; for (let i = 0; i < KEY - 1; i++) p = (p * BASE) % MOD; return p; })();

function hashOf(s: string, from: number): number {
  let h = 0;
  for (let i = from; i < from + KEY; i++) h = (h * BASE + s.charCodeAt(i)) % MOD;
  return h;
}

/**
 * Secrets sharing the hash of their first KEY characters. Those of LONG characters and more are
 * found by their first LONG characters: many secrets can share a short start (Discord webhook ids are
 * digits: 10,000 four-digit starts for any number of secrets), and a list scanned at every position
 * where the hash matches made 100,000 secrets quadratic.
 */
interface Bucket {
  /** Secrets shorter than LONG, longest first. */
  short: string[];
  /** First LONG characters → secrets with that start, longest first. */
  long: Map<string, string[]>;
}
const LONG = 8;

/** A set of secrets and the replacement of each, applied in one left-to-right pass. */
export class SecretMasker {
  /** hash of the first KEY characters → the secrets that start with them. */
  private readonly table = new Map<number, Bucket>();
  private readonly replacement = new Map<string, string>();

  constructor(secrets: Iterable<string>, replace: (secret: string) => string, opts: { min?: number } = {}) {
    const min = Math.max(KEY, opts.min ?? MIN_SECRET);
    for (const s of secrets) {
      if (!s || s.length < min || this.replacement.has(s)) continue;
      this.replacement.set(s, replace(s));
      const h = hashOf(s, 0);
      let bucket = this.table.get(h);
      if (!bucket) this.table.set(h, (bucket = { short: [], long: new Map() }));
      if (s.length < LONG) bucket.short.push(s);
      else {
        const start = s.slice(0, LONG);
        const list = bucket.long.get(start);
        if (list) list.push(s);
        else bucket.long.set(start, [s]);
      }
    }
    // Longest first, so that the longest secret at a position wins (sorted once, not per insert).
    const longestFirst = (a: string, b: string) => b.length - a.length;
    for (const b of this.table.values()) {
      b.short.sort(longestFirst);
      for (const list of b.long.values()) if (list.length > 1) list.sort(longestFirst);
    }
  }

  /** The longest secret that starts at position i of the text (whose first KEY characters hash to a bucket). */
  private at(bucket: Bucket, text: string, i: number): string | undefined {
    if (bucket.long.size && i + LONG <= text.length) {
      const hit = bucket.long.get(text.slice(i, i + LONG))?.find((s) => text.startsWith(s, i));
      if (hit) return hit; // every long secret is longer than every short one
    }
    return bucket.short.find((s) => text.startsWith(s, i));
  }

  get size(): number {
    return this.replacement.size;
  }

  /** The text with every occurrence of every secret replaced (the longest at a position wins). */
  mask(text: string): string {
    if (this.table.size === 0 || text.length < KEY) return text;
    const parts: string[] = [];
    let copied = 0;
    let h = hashOf(text, 0);
    for (let i = 0; i + KEY <= text.length; ) {
      const bucket = this.table.get(h);
      const hit = bucket && this.at(bucket, text, i);
      if (hit) {
        parts.push(text.slice(copied, i), this.replacement.get(hit)!);
        i += hit.length;
        copied = i;
        if (i + KEY <= text.length) h = hashOf(text, i);
        continue;
      }
      if (i + KEY < text.length) h = (((h - ((text.charCodeAt(i) * TOP) % MOD) + MOD) % MOD) * BASE + text.charCodeAt(i + KEY)) % MOD;
      i++;
    }
    if (copied === 0) return text;
    parts.push(text.slice(copied));
    return parts.join('');
  }
}

/** One-shot form: masks every secret in a text with replace(secret), in one pass. */
export function maskSecrets(text: string, secrets: Iterable<string>, replace: (secret: string) => string, opts: { min?: number } = {}): string {
  return new SecretMasker(secrets, replace, opts).mask(text);
}

/**
 * Every form in which a finding's secret can reach an output: the secret as found, percent-encoded and
 * JSON-escaped (`\/`), and each long part of it (a split URL's pieces, an id and a token apart). A URL
 * is masked through its secret. The one place that knows the forms; every masking step asks here.
 */
export function secretForms(f: { secret: string }): string[] {
  const s = f.secret;
  if (!s) return [];
  const parts = s.split(/[/:@.?&=]/).filter((p) => p.length >= 8);
  const forms = [s, encodeURIComponent(s), s.replaceAll('/', '\\/'), ...parts];
  return [...new Set(forms.filter((x) => x.length >= MIN_SECRET))];
}

/** The forms of a GitHub token on the wire: itself, and the base64 of `x-access-token:<token>` that git sends. */
export function tokenForms(token: string | undefined): string[] {
  if (!token) return [];
  return [token, Buffer.from(`x-access-token:${token}`).toString('base64')];
}

/**
 * Masks credentials (tokens, API keys) whole with a fixed mark, in one pass. Shorter values than a
 * secret are masked too (four characters and up): a credential is never partly shown.
 */
export function maskCredentials(text: string, values: Iterable<string>, mark = '***'): string {
  return new SecretMasker(values, () => mark, { min: 4 }).mask(text);
}
