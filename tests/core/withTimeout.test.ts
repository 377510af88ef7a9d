import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from '../../src/core/withTimeout';

afterEach(() => {
  vi.useRealTimers();
});

describe('waiting for an answer that may never come', () => {
  it('gives the value when the promise settles first, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    await expect(withTimeout(Promise.resolve('ready'), 1000)).resolves.toEqual({
      type: 'settled',
      value: 'ready',
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says "timeout" when the promise never settles', async () => {
    vi.useFakeTimers();
    const result = withTimeout(new Promise<string>(() => undefined), 1000);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(result).resolves.toEqual({ type: 'timeout' });
  });

  it('passes a rejection through', async () => {
    await expect(withTimeout(Promise.reject(new Error('No Parent window found')), 1000)).rejects.toThrow(
      'No Parent window found',
    );
  });
});
