/** Small readers shared by the parsers: host names, numbers and times as logs write them. */
import type { LineParser, LogEvent, LogFormat } from '../types.js';

/** A host as a lower-case name without port, brackets or trailing dot; '' when it is an address or empty. */
export function hostOf(raw: string | undefined | null): string {
  if (!raw || raw === '-') return '';
  const scheme = raw.indexOf('://');
  let start = scheme >= 0 && scheme < 12 ? scheme + 3 : 0;
  let end = raw.length;
  for (let i = start; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) {
      end = i;
      break;
    }
  }
  const at = raw.lastIndexOf('@', end - 1);
  if (at >= start) start = at + 1;
  let h = raw.slice(start, end).trim().toLowerCase();
  if (h.startsWith('[')) return '';
  const colon = h.indexOf(':');
  if (colon >= 0) {
    if (h.indexOf(':', colon + 1) >= 0) return ''; // IPv6
    h = h.slice(0, colon);
  }
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

/** A non-negative integer, or undefined for '-', '(empty)' and junk. */
export function count(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v !== 'string' || v === '' || v === '-') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** An ISO-like time ("2024-05-29T16:26:40.123456+0000", "2024-05-29 16:26:40.123" = UTC) as epoch ms. */
export function isoTime(v: unknown): number {
  if (typeof v === 'number') return epochNumber(v);
  if (typeof v !== 'string') return NaN;
  let s = v.trim().replace(' ', 'T');
  s = s.replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  if (!/[zZ]|[+-]\d\d:\d\d$/.test(s)) s += 'Z';
  // Date.parse keeps milliseconds only: drop extra fraction digits it may reject.
  s = s.replace(/(\.\d{3})\d+/, '$1');
  return Date.parse(s);
}

/** Epoch seconds, milliseconds or nanoseconds (Cloudflare's int Datetime) as milliseconds. */
export function epochNumber(n: number): number {
  if (!Number.isFinite(n)) return NaN;
  if (n > 1e17) return n / 1e6;
  if (n > 1e14) return n / 1e3;
  if (n > 1e11) return n;
  return n * 1000;
}

const MONTHS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

export function monthIndex(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? NaN;
}

/** "29/May/2024:16:26:40 +0000" (Apache %t) as epoch ms. */
export function clfTime(s: string): number {
  const m = /^(\d{1,2})\/(\w{3})\/(\d{4}):(\d\d):(\d\d):(\d\d)(?:\s+([+-])(\d\d)(\d\d))?/.exec(s);
  if (!m) return NaN;
  const utc = Date.UTC(+m[3], monthIndex(m[2]), +m[1], +m[4], +m[5], +m[6]);
  const off = m[7] ? (m[7] === '-' ? -1 : 1) * (+m[8] * 60 + +m[9]) * 60000 : 0;
  return utc - off;
}

/** Parses one line of JSON into an object, or null. */
export function jsonObject(line: string): Record<string, unknown> | null {
  if (line.charCodeAt(0) !== 123 /* { */) return null;
  try {
    const v = JSON.parse(line) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** obj.a.b.c for nested objects. */
export function at(obj: unknown, ...path: string[]): unknown {
  let o = obj;
  for (const k of path) {
    if (!o || typeof o !== 'object') return undefined;
    o = (o as Record<string, unknown>)[k];
  }
  return o;
}

/**
 * A format of one JSON object per line: `is` tells the format's objects from other JSON (detection
 * from content), `events` reads one object (null: not a record of this format).
 */
export function jsonLines(f: { name: string; sizes: string; lineLocal?: boolean; is(o: Record<string, unknown>): boolean; events(o: Record<string, unknown>): LogEvent[] | null }): LogFormat {
  return {
    name: f.name,
    sizes: f.sizes,
    ...(f.lineLocal === false ? {} : { lineLocal: true }),
    test: (line) => {
      const o = jsonObject(line);
      return !!o && f.is(o);
    },
    create: (): LineParser => ({
      parse(line) {
        const o = jsonObject(line);
        return o ? f.events(o) : null;
      },
    }),
  };
}

/**
 * A format of one line per record, recognised by `re`: `events` reads a line (its match, or null
 * where the line does not match: a legend or another line of the same log may still be known).
 */
export function regexLines(f: { name: string; sizes: string; re: RegExp; events(m: RegExpExecArray | null, line: string): LogEvent[] | null }): LogFormat {
  return {
    name: f.name,
    sizes: f.sizes,
    lineLocal: true,
    test: (line) => f.re.test(line),
    create: (): LineParser => ({
      parse: (line) => f.events(f.re.exec(line), line),
    }),
  };
}
