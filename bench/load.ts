import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
}

/**
 * Loads `paths` on `origin` in turn (each connection walks the list and starts over), for `seconds` or for
 * `amount` requests. Any answer other than 2xx fails the run: a fast 404 is not a result.
 */
export const load = (
  origin: string,
  paths: string[],
  connections: number,
  limit: { seconds: number } | { amount: number },
): Promise<LoadResult> =>
  new Promise((resolve, reject) => {
    autocannon(
      {
        url: origin,
        // The paths go in `requests`: given in `url`, autocannon dropped the path and loaded `/`.
        requests: paths.map((path) => ({ method: 'GET', path })),
        connections,
        // 64 connections on a slow endpoint queue for seconds; a timeout would count as an error, not a result.
        timeout: 60,
        ...('seconds' in limit ? { duration: limit.seconds } : { amount: limit.amount }),
      },
      (error, result) => {
        if (error) return reject(error);
        if (result.non2xx > 0 || result.errors > 0) {
          return reject(new Error(`${origin}${paths[0]}: ${result.non2xx} answers not 2xx, ${result.errors} errors`));
        }
        resolve({
          requestsPerSecond: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          requests: result.requests.total,
        });
      },
    );
  });
