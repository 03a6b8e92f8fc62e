/**
 * A token bucket: `burst` tokens at most, refilled at `perSecond`. `take` never refuses: it goes into debt
 * and says how long the caller should wait before using what it took, so waiters are served in turn.
 */
export function tokenBucket({ burst, perSecond, now = () => performance.now() }: { burst: number; perSecond: number; now?: () => number }) {
  let tokens = burst;
  let refilledAt = now();
  return {
    /** Takes `count` tokens; returns how many ms to wait before using them (0: at once). */
    take(count: number): number {
      const at = now();
      tokens = Math.min(burst, tokens + ((at - refilledAt) / 1000) * perSecond);
      refilledAt = at;
      tokens -= count;
      return tokens >= 0 ? 0 : Math.ceil((-tokens / perSecond) * 1000);
    },
  };
}
