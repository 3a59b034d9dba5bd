import { createHash, randomBytes } from 'node:crypto'

/** A new secret: 32 random bytes, URL-safe, with a prefix that says what it is (and lets secret scanners find it). */
export const newSecret = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`

/** Only hashes are stored: a stolen database gives no working session or token. */
export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex')
