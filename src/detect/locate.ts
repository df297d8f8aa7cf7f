/** Turns byte offsets of raw matches into line/column positions and applies `hookscan:allow`. */
import type { Encoding } from '../types.js';
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
  /** The line carries a `hookscan:allow` comment. */
  allowed: boolean;
}

const ALLOW = 'hookscan:allow';

export function locate(bytes: Buffer, matches: RawMatch[]): LocatedMatch[] {
  if (matches.length === 0) return [];
  const lines = new LineCounter(bytes);
  return [...matches]
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const a = lines.position(m.start);
      const b = lines.position(m.end);
      const allowed = lines.lineAt(m.start).includes(ALLOW) || lines.lineAt(Math.max(m.start, m.end - 1)).includes(ALLOW);
      return {
        ruleId: m.ruleId,
        secret: m.secret,
        url: m.url,
        redactedUrl: m.redactedUrl,
        encoding: m.encoding,
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        allowed,
      };
    });
}
