/** The one severity order: most severe first. Pure; used by pattern loading, sorting and merging. */
import type { Severity } from './types.js';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

const RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RANK, value);
}

/** Negative when `a` is more severe than `b` (sorts most severe first). */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b];
}
