/**
 * Per-client rate limiting, in memory only. A client is known by a salted hash of its address:
 * the salt is random per process and never written anywhere, the hash is never written to the
 * records table or the logs, and everything is forgotten after a minute of quiet.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface RateLimiter {
  /** Whether a request from `address` may go on now (false: answer 429). */
  allow(address: string): boolean;
  /** Stops the clean-up timer. */
  stop(): void;
}

/**
 * A token bucket per client: `perMinute` requests a minute on average, bursts up to a quarter of
 * that (at least 10). `perMinute` 0 turns limiting off.
 */
export function rateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  if (!perMinute) return { allow: () => true, stop: () => undefined };
  const salt = randomBytes(16);
  const burst = Math.max(10, perMinute / 4);
  const buckets = new Map<string, { tokens: number; at: number }>();
  const sweep = setInterval(() => {
    const t = now();
    for (const [key, bucket] of buckets) if (t - bucket.at > 60_000) buckets.delete(key);
  }, 60_000);
  sweep.unref();
  return {
    allow(address) {
      const key = createHash('sha256').update(salt).update(address).digest('base64');
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: burst, at: t };
      bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) * perMinute) / 60_000);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    stop: () => clearInterval(sweep),
  };
}
