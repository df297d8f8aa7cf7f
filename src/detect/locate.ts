/** Turns byte offsets of raw matches into line/column positions and applies `hookscan:allow`. */
import type { Encoding, Span } from '../types.js';
import type { Captures } from '../patterns/index.js';
import type { MatchContext } from './context.js';
import type { RawMatch } from './detector.js';
import { LineCounter } from './position.js';

/** A match with its position in the fragment: what sources hand to the collector. */
export interface LocatedMatch {
  ruleId: string;
  secret: string;
  url: string;
  redactedUrl: string;
  encoding: Encoding;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** A split URL: where each of its pieces is written. */
  parts?: Span[];
  /** The pattern's named groups (RawMatch.captures): secrets. */
  captures?: Captures;
  /** What the bytes around the URL say (see context.ts); turned into evidence with the path. */
  context?: MatchContext;
  /** The line carries a `hookscan:allow` comment. */
  allowed: boolean;
}

const ALLOW = 'hookscan:allow';

export function locate(bytes: Buffer, matches: RawMatch[]): LocatedMatch[] {
  if (matches.length === 0) return [];
  const lines = new LineCounter(bytes);
  const span = (start: number, end: number): Span => {
    const a = lines.position(start);
    const b = lines.position(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const allowedLines = linesWithAllow(bytes, lines);
  return [...matches]
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const where = span(m.start, m.end);
      const allowed = allowedLines.size > 0 && (allowedLines.has(lines.lineOf(m.start)) || allowedLines.has(lines.lineOf(Math.max(m.start, m.end - 1))));
      // Parts may lie before the match (a constant defined above): positions go back and forth.
      const parts = m.parts?.map((p) => span(p.start, p.end));
      return {
        ruleId: m.ruleId,
        secret: m.secret,
        url: m.url,
        redactedUrl: m.redactedUrl,
        encoding: m.encoding,
        ...where,
        ...(parts ? { parts } : {}),
        ...(m.captures ? { captures: m.captures } : {}),
        ...(m.context && (m.context.sends?.length || m.context.hints?.length || m.context.installScript || m.context.hidden?.length || m.context.flow || m.context.template) ? { context: m.context } : {}),
        allowed,
      };
    });
}

/** The lines that carry a `hookscan:allow` comment, found once per fragment (not once per match). */
function linesWithAllow(bytes: Buffer, lines: LineCounter): Set<number> {
  const out = new Set<number>();
  for (let i = bytes.indexOf(ALLOW); i >= 0; i = bytes.indexOf(ALLOW, i + ALLOW.length)) out.add(lines.lineOf(i));
  return out;
}
