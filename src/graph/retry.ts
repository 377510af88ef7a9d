/**
 * Throttling (429 / 503) as Graph asks: wait what `Retry-After` says, within a bounded number of
 * attempts and a bounded total wait per operation; the caller sees each wait and may cancel it.
 */
import { GraphError } from './errors';
import type { RetryPolicy } from './graphOptions';
import type { ProgressEvent } from './RegistrationRepository';

export type Wait = (seconds: number, signal: AbortSignal | undefined) => Promise<void>;

export const waitFor: Wait = (seconds, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new GraphError({ code: 'cancelled' }));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new GraphError({ code: 'cancelled' }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, seconds * 1000);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Without `Retry-After`, back off exponentially (1, 2, 4 … s, at most 30 s). */
function fallbackSeconds(attempt: number): number {
  return Math.min(2 ** (attempt - 1), 30);
}

/** The retry allowance of one operation (a save shares one across its batches). */
export class RetryBudget {
  private waitedSeconds = 0;

  public constructor(
    private readonly policy: RetryPolicy,
    private readonly wait: Wait,
    private readonly signal: AbortSignal | undefined,
    private readonly onProgress: ((event: ProgressEvent) => void) | undefined,
  ) {}

  /**
   * After a throttled attempt number `attempt`: waits and returns true when another attempt is
   * allowed, or returns false when the attempts or the total wait are used up.
   */
  public async waitBeforeRetry(
    attempt: number,
    retryAfterSeconds: number | undefined,
    status: number,
  ): Promise<boolean> {
    if (attempt >= this.policy.maxAttempts) return false;
    const seconds = retryAfterSeconds ?? fallbackSeconds(attempt);
    if (this.waitedSeconds + seconds > this.policy.maxTotalWaitSeconds) return false;
    this.waitedSeconds += seconds;
    this.onProgress?.({
      type: 'throttled',
      waitSeconds: seconds,
      attempt,
      reason: status === 503 ? 'unavailable' : 'throttled',
    });
    await this.wait(seconds, this.signal);
    return true;
  }
}
