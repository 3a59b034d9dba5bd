import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signWebhook, verifyWebhookSignature } from './webhook-signature.ts'

const secret = 'whsec_0123456789abcdef0123456789abcdef'
const body = '{"event":"article.published","article":{"id":7}}'
const at = new Date('2024-05-16T03:00:00.500Z')

describe('signWebhook()', () => {
  it('signs "<t>.<body>" with HMAC-SHA256, t in whole unix seconds', () => {
    const expected = createHmac('sha256', secret).update(`1715828400.${body}`).digest('hex')
    expect(signWebhook(secret, body, at)).toBe(`t=1715828400,v1=${expected}`)
  })
})

describe('verifyWebhookSignature()', () => {
  const header = signWebhook(secret, body, at)
  const now = new Date('2024-05-16T03:01:00Z')

  it('accepts the signature of the same body with the same secret', () => {
    expect(verifyWebhookSignature(secret, body, header, { now })).toBe(true)
  })

  it('refuses another body, another secret, or a mangled header', () => {
    expect(verifyWebhookSignature(secret, body.replace('7', '8'), header, { now })).toBe(false)
    expect(verifyWebhookSignature(`${secret}x`, body, header, { now })).toBe(false)
    expect(verifyWebhookSignature(secret, body, header.replace('t=', 'x='), { now })).toBe(false)
    expect(verifyWebhookSignature(secret, body, header.slice(0, -2), { now })).toBe(false)
    expect(verifyWebhookSignature(secret, body, 't=1715828400,v1=zz', { now })).toBe(false)
  })

  it('refuses an old signature: a replay', () => {
    const later = new Date('2024-05-16T03:10:00Z')
    expect(verifyWebhookSignature(secret, body, header, { now: later })).toBe(false)
    expect(verifyWebhookSignature(secret, body, header, { now: later, toleranceSeconds: 3600 })).toBe(true)
  })
})
