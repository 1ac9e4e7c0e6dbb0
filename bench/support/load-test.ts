/** One fixed-concurrency load test with autocannon: requests/s and latency percentiles, errors counted. */
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  /** Every response and error in the run. */
  requests: number;
  p50: number;
  p99: number;
  mean: number;
  /** Responses that were not 2xx, and socket errors/timeouts: a figure with errors is not a figure. */
  failures: number;
  bytesPerResponse: number;
}

export async function loadTest(options: { baseUrl: string; paths: string[]; cookie?: string; connections: number; seconds: number }): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
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
  });
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total + result.errors + result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.average,
    failures: result.non2xx + result.errors + result.timeouts,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}
