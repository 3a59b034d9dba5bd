import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The `dateline-signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the secret>`.
 *
 * To verify a delivery, a receiver:
 * 1. splits the header on "," and "=" to get `t` and `v1`, and reads the raw request body as it arrived (before any
 *    JSON parsing);
 * 2. computes hex(HMAC-SHA256(secret, `${t}.${body}`)) and compares it with `v1` in constant time;
 * 3. refuses a `t` more than a few minutes from its own clock (a replayed request), and keeps the `dateline-delivery`
 *    ids it has handled, because a retry of a delivery it did get (its answer lost) carries the same id.
 */
export function signWebhook(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000)
  return `t=${t},v1=${hmac(secret, `${t}.${body}`)}`
}

/** Checks a `dateline-signature` header as a receiver would, within `toleranceSeconds` of `now`. */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string,
  options: { now: Date; toleranceSeconds?: number },
): boolean {
  const parts = header.split(',').map((part) => part.trim().split('='))
  const t = Number(parts.find(([key]) => key === 't')?.[1])
  if (!Number.isInteger(t)) return false
  if (Math.abs(options.now.getTime() / 1000 - t) > (options.toleranceSeconds ?? 300)) return false
  const expected = Buffer.from(hmac(secret, `${t}.${body}`), 'hex')
  return parts.some(([key, value]) => {
    if (key !== 'v1' || value === undefined) return false
    const given = Buffer.from(value, 'hex')
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}

const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('hex')
