const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/** The waits after each failed attempt: a receiver that is down for a deploy or a bad afternoon still gets the event. */
export const RETRY_DELAYS_MS: readonly number[] = [30 * SECOND, 2 * MINUTE, 10 * MINUTE, HOUR, 6 * HOUR]

/** The first attempt and one per wait: after this many, a delivery is marked failed. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1

/** Each wait is stretched by up to this fraction, so deliveries that failed together do not retry together. */
export const JITTER = 0.2

/**
 * When to try again after `attempts` attempts have failed, or null when that was the last one. `random` is in [0, 1),
 * like Math.random; tests pass a fixed one.
 */
export function nextAttemptAt(
  attempts: number,
  failedAt: Date,
  random: () => number = Math.random,
): Date | null {
  const delay = RETRY_DELAYS_MS[attempts - 1]
  if (attempts >= MAX_ATTEMPTS || delay === undefined) return null
  return new Date(failedAt.getTime() + Math.round(delay * (1 + JITTER * random())))
}
