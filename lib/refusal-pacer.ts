/**
 * Counts refusals per client over a fixed window and says how long to hold back the answer to the next
 * one: nothing for the first `allowed` in a window, `delayMs` for each one after. A client whose requests
 * are refused again and again (an attacker, or a script gone wrong) then waits for each answer instead
 * of sending the next request at once, so it costs the server a timer rather than another parse. At most
 * `maxClients` are tracked: past that, the oldest windows are forgotten first.
 */
export function refusalPacer({
  allowed,
  windowMs,
  delayMs,
  maxClients = 10_000,
  now = () => performance.now(),
}: {
  allowed: number;
  windowMs: number;
  delayMs: number;
  maxClients?: number;
  now?: () => number;
}) {
  // Insertion order is window order: a client's entry is re-inserted when its window starts again.
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    /** Whether `client` has been refused more than `allowed` times in its current window. */
    over(client: string): boolean {
      const window = windows.get(client);
      return window !== undefined && now() - window.startedAt < windowMs && window.count > allowed;
    },
    /** Records a refusal for `client`; returns how many ms to wait before answering it (0: at once). */
    refused(client: string): number {
      const at = now();
      let window = windows.get(client);
      if (!window || at - window.startedAt >= windowMs) {
        windows.delete(client);
        window = { startedAt: at, count: 0 };
        windows.set(client, window);
        for (const oldest of windows.keys()) {
          if (windows.size <= maxClients) break;
          windows.delete(oldest);
        }
      }
      window.count++;
      return window.count > allowed ? delayMs : 0;
    },
  };
}
