// Summary statistics for timing samples (ms, rounded to 0.01).

const round = (x) => Math.round(x * 100) / 100;

/** Nearest-rank percentile `p` (0–100) of ascending `sorted`. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** {n, p50, p95, mean, max} of `values`. */
export function summary(values) {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return { n: 0, p50: null, p95: null, mean: null, max: null };
  return {
    n: s.length,
    p50: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    mean: round(s.reduce((a, b) => a + b, 0) / s.length),
    max: round(s.at(-1)),
  };
}
