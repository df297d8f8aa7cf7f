/** The files a scan skipped, counted by reason (the summary line and the JSON report's counts). */
import type { ScanStats } from '../types.js';

export function skippedByReason(stats: ScanStats): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of stats.skipped) out[s.reason] = (out[s.reason] ?? 0) + 1;
  return out;
}
