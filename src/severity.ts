/**
 * The one severity order (most severe first) and the one confidence order. Pure; used by pattern
 * loading, sorting and merging.
 */
import type { Confidence, Severity } from './types.js';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

const RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RANK, value);
}

/** Negative when `a` is more severe than `b` (sorts most severe first). */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b];
}

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/** The surer of two confidences (a finding seen in several places is as sure as its best sighting). */
export function strongerConfidence(a: Confidence | undefined, b: Confidence | undefined): Confidence | undefined {
  if (!a) return b;
  if (!b) return a;
  return CONFIDENCE_RANK[a] >= CONFIDENCE_RANK[b] ? a : b;
}
