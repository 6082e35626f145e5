/**
 * Runs `work` over `inputs` with `clients` concurrent loops; returns each call's latency and the wall
 * time. With `paceMs`, each client starts a request at most every `paceMs` (a user who reads the page
 * before the next search); without it, clients send back to back (a saturation test).
 */
export async function runLoad<T>(
  inputs: T[],
  clients: number,
  work: (input: T) => Promise<unknown>,
  paceMs = 0,
): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const loop = async () => {
    while (next < inputs.length) {
      const input = inputs[next++] as T;
      const t0 = performance.now();
      await work(input);
      const took = performance.now() - t0;
      latencies.push(took);
      if (paceMs > took) {
        await new Promise((r) => setTimeout(r, paceMs - took));
      }
    }
  };
  // Paced clients start spread over one period, as real users do, not all in the same millisecond.
  const start = (i: number) =>
    paceMs > 0 ? new Promise((r) => setTimeout(r, (paceMs * i) / clients)).then(loop) : loop();
  await Promise.all(Array.from({ length: Math.min(clients, inputs.length) }, (_, i) => start(i)));
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

const round = (n: number) => Math.round(n * 100) / 100;

export function latencyStats(run: { latencies: number[]; seconds: number }) {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return {
    requests: sorted.length,
    p50ms: at(0.5),
    p95ms: at(0.95),
    p99ms: at(0.99),
    throughputPerSec: round(sorted.length / run.seconds),
  };
}

/** Runs `f` `n` times one after another and returns each run's ms (one uncounted warm-up first if asked). */
export async function sequentialTimes(
  n: number,
  f: (i: number) => Promise<unknown>,
  warmUp = false,
): Promise<number[]> {
  if (warmUp) {
    await f(0);
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f(i);
    out.push(performance.now() - t0);
  }
  return out;
}

/** p50 / p95 / p99 / max of sequential samples (ms, two decimals). */
export function sampleStats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => round(s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0);
  return { n: s.length, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: q(1) };
}
