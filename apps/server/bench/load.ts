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
