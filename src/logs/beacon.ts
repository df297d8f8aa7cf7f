/**
 * Beacon score of one (source, sink) pair, written from the published description of RITA v5's
 * beacon analysis (see docs/investigate.md): regularity of intervals, consistency of sizes, spread
 * over the dataset window in 24 bins, and coverage of the window. Each part is in [0, 1].
 */

export interface BeaconScore {
  /** Mean of the four parts (equal weights). 0 when the pair has fewer than 4 requests. */
  score: number;
  intervals: number;
  sizes: number | null;
  histogram: number;
  duration: number;
  /** Median seconds between requests. */
  medianIntervalSeconds: number | null;
}

const MIN_CONNECTIONS = 4;
const BINS = 24;

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Bowley skewness and median absolute deviation, combined as the description says. */
export function regularity(values: number[], madDefault: number, minSpread: number): number {
  const s = [...values].sort((a, b) => a - b);
  const q1 = quantile(s, 0.25);
  const q2 = quantile(s, 0.5);
  const q3 = quantile(s, 0.75);
  let skew = 0;
  if (q3 - q1 >= minSpread && q2 !== q1 && q2 !== q3) skew = (q1 + q3 - 2 * q2) / (q3 - q1);
  const skewScore = 1 - Math.abs(skew);
  const mad = quantile(
    s.map((v) => Math.abs(v - q2)).sort((a, b) => a - b),
    0.5,
  );
  const madScore = q2 >= 1 ? Math.min(1, Math.max(0, (q2 - mad) / q2)) : madDefault;
  return (skewScore + madScore) / 2;
}

function histogramParts(times: number[], dsMin: number, dsMax: number): { hist: number; duration: number } {
  const span = Math.max(1, dsMax - dsMin);
  const bins = new Array<number>(BINS).fill(0);
  for (const t of times) bins[Math.min(BINS - 1, Math.floor(((t - dsMin) / span) * BINS))]++;
  const mean = times.length / BINS;
  const sd = Math.sqrt(bins.reduce((a, b) => a + (b - mean) ** 2, 0) / BINS);
  const cv = mean > 0 ? sd / mean : 1;
  const cvScore = cv > 1 ? 0 : 1 - cv;
  const nonEmpty = bins.filter((b) => b > 0);
  let bimodal = 0;
  if (nonEmpty.length >= 11) {
    const width = Math.ceil(Math.max(...bins) * 0.05);
    const buckets = new Map<number, number>();
    for (const b of nonEmpty) buckets.set(Math.floor(b / width), (buckets.get(Math.floor(b / width)) ?? 0) + 1);
    const top = [...buckets.values()].sort((a, b) => b - a);
    bimodal = Math.min(1, ((top[0] ?? 0) + (top[1] ?? 0)) / Math.max(nonEmpty.length - 1, 1));
  }
  let duration = 0;
  if (nonEmpty.length >= 6) {
    const coverage = Math.min(1, (Math.max(...times) - Math.min(...times)) / span);
    // Longest run of consecutive non-empty bins, wrapping around the end of the window.
    let best = 0;
    let run = 0;
    for (let i = 0; i < BINS * 2; i++) {
      run = bins[i % BINS] > 0 ? run + 1 : 0;
      best = Math.max(best, Math.min(run, BINS));
    }
    duration = Math.max(coverage, Math.min(1, best / 12));
  }
  return { hist: Math.max(cvScore, bimodal), duration };
}

/** times in ms (any order); sizes = bytes the client sent per request, when the format records them. */
export function beaconScore(times: number[], sizes: number[], dsMin: number, dsMax: number): BeaconScore {
  const t = times.filter(Number.isFinite).sort((a, b) => a - b);
  const deltas: number[] = [];
  for (let i = 1; i < t.length; i++) if (t[i] > t[i - 1]) deltas.push((t[i] - t[i - 1]) / 1000);
  const median = deltas.length ? quantile([...deltas].sort((a, b) => a - b), 0.5) : null;
  if (t.length < MIN_CONNECTIONS || deltas.length < 3) {
    return { score: 0, intervals: 0, sizes: null, histogram: 0, duration: 0, medianIntervalSeconds: median };
  }
  const intervals = regularity(deltas, 1, 10);
  const size = sizes.length >= MIN_CONNECTIONS ? regularity(sizes, 0, 10) : null;
  const { hist, duration } = histogramParts(t, dsMin, dsMax);
  const parts = [intervals, hist, duration, ...(size === null ? [] : [size])];
  const score = parts.reduce((a, b) => a + b, 0) / parts.length;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { score: r(score), intervals: r(intervals), sizes: size === null ? null : r(size), histogram: r(hist), duration: r(duration), medianIntervalSeconds: median === null ? null : r(median) };
}
