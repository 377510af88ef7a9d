import { useEffect, useState } from 'react';

/**
 * Whole seconds left from `seconds`, ticking down once a second to 0. A new `key` (or new
 * `seconds`) starts again, e.g. for each throttling event.
 */
export function useCountdown(seconds: number | undefined, key: unknown = seconds): number {
  const [left, setLeft] = useState(Math.max(0, Math.ceil(seconds ?? 0)));
  useEffect(() => {
    const start = Math.max(0, Math.ceil(seconds ?? 0));
    setLeft(start);
    if (start === 0) return undefined;
    const timer = setInterval(() => {
      setLeft((current) => {
        if (current <= 1) clearInterval(timer);
        return Math.max(0, current - 1);
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [seconds, key]);
  return left;
}
