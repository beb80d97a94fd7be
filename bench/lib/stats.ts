/** Latency samples in milliseconds, summarised as the benchmark table shows them. */
export interface Summary {
  iterations: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Requests per second over the wall-clock time of the run. */
  throughput: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarise(samples: readonly number[], wallMs: number): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    iterations: samples.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length),
    throughput: samples.length / (wallMs / 1000),
  };
}

/**
 * Runs `task` for every item, `concurrency` at a time, and returns the latency of each
 * call and the wall-clock time of the whole run. A task that returns a number has timed
 * itself (e.g. to leave out waiting for a lock): that number is its sample.
 */
export async function measure<T>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<void | number>): Promise<{ samples: number[]; wallMs: number }> {
  const samples: number[] = new Array(items.length);
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      const t0 = performance.now();
      const timed = await task(items[i], i);
      samples[i] = typeof timed === 'number' ? timed : performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { samples, wallMs: performance.now() - start };
}

/** Prints rows as a plain-text table with right-aligned numbers. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
