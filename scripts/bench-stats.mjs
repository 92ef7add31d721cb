// Order statistics for the timing benchmarks (bench:feedback, bench:home, bench:lighthouse), and
// how busy the machine was: other work stretches every timing, so each benchmark prints it.
import { availableParallelism, loadavg } from 'node:os';

/** "load average 1.6, 1.8, 2.1 on 2 cores" (1, 5 and 15 minutes), to read a run's timings by. */
export function machineLoad() {
  return `load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(', ')} on ${availableParallelism()} cores`;
}

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
