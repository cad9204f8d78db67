// Small pure helpers of the client and TTFB measures, unit-tested (stats.test.ts).

/** The median; for an even count the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (!values.length) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A page's time over the trivial page's; rounded to 2 decimals, as printed and recorded. */
export function ratio(pageMs: number, trivialMs: number): number {
  if (!(trivialMs > 0)) throw new Error(`ratio: the trivial page's time must be > 0 (got ${trivialMs})`);
  return Math.round((pageMs / trivialMs) * 100) / 100;
}

/** Bytes to KB (1 KB = 1024 bytes, as Next and Lighthouse count), one decimal. */
export function kb(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}

/** The run whose score is the median (Lighthouse's own advice for several runs: keep one whole run, not a mix of metrics). */
export function medianRun<T extends { score: number }>(runs: readonly T[]): T {
  if (!runs.length) throw new Error("medianRun of no runs");
  const sorted = [...runs].sort((a, b) => a.score - b.score);
  return sorted[(sorted.length - 1) >> 1]!;
}
