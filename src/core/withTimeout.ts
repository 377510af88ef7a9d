/**
 * Waits for a promise that may never settle (a host frame that never answers, a nested auth client
 * whose host is silent), at most `ms` milliseconds. A rejection passes through; the timer is always
 * cleared, so nothing keeps running after the answer.
 */
export type TimedResult<T> = { readonly type: 'settled'; readonly value: T } | { readonly type: 'timeout' };

export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<TimedResult<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<TimedResult<T>>((resolve) => {
    timer = setTimeout(() => resolve({ type: 'timeout' }), ms);
  });
  try {
    return await Promise.race([
      promise.then((value): TimedResult<T> => ({ type: 'settled', value })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
