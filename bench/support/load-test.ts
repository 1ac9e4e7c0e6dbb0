/** One fixed-concurrency load test with autocannon: requests/s and latency percentiles, errors counted. */
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  /** Every response and error in the run. */
  requests: number;
  p50: number;
  /** Computed from every response's time (autocannon's own percentiles skip p95). */
  p95: number;
  p99: number;
  mean: number;
  /** Responses that were not 2xx, and socket errors/timeouts: a figure with errors is not a figure. */
  failures: number;
  bytesPerResponse: number;
}

export async function loadTest(options: { baseUrl: string; paths: string[]; cookie?: string; connections: number; seconds: number }): Promise<LoadResult> {
  let next = 0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.seconds,
        headers: options.cookie ? { cookie: options.cookie } : {},
        requests: [
          {
            // Rotate over the paths (e.g. many claims' details) so no single row stays hot in every cache.
            setupRequest: (request) => ({ ...request, path: options.paths[next++ % options.paths.length] as string }),
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total + result.errors + result.timeouts,
    p50: result.latency.p50,
    p95: times.length ? Math.round((times[Math.min(times.length - 1, Math.ceil(0.95 * times.length) - 1)] as number) * 10) / 10 : 0,
    p99: result.latency.p99,
    mean: result.latency.average,
    failures: result.non2xx + result.errors + result.timeouts,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}
