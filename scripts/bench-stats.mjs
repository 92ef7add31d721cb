// Order statistics for the timing benchmarks (bench:feedback, bench:home, bench:lighthouse).

/** The p-th percentile (nearest rank) of numbers sorted ascending. */
export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The median of numbers in any order (the lower middle one of an even count). */
export function median(values) {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}
