import { describe, expect, it } from 'vitest'
import { MAX_ATTEMPTS, nextAttemptAt, RETRY_DELAYS_MS } from './retry-schedule.ts'

const failedAt = new Date('2024-05-16T03:00:00.000Z')
const after = (attempts: number, random: number) => nextAttemptAt(attempts, failedAt, () => random)

describe('nextAttemptAt()', () => {
  it('waits 30 s, 2 min, 10 min, 1 h and 6 h after the first five failures', () => {
    expect([1, 2, 3, 4, 5].map((n) => after(n, 0)!.toISOString())).toEqual([
      '2024-05-16T03:00:30.000Z',
      '2024-05-16T03:02:00.000Z',
      '2024-05-16T03:10:00.000Z',
      '2024-05-16T04:00:00.000Z',
      '2024-05-16T09:00:00.000Z',
    ])
  })

  it('stretches each wait by up to a fifth, never shortens it', () => {
    expect(after(1, 0.999_999)!.getTime() - failedAt.getTime()).toBe(36_000)
    expect(after(2, 0.5)!.getTime() - failedAt.getTime()).toBe(132_000)
  })

  it('gives up after the last attempt', () => {
    expect(MAX_ATTEMPTS).toBe(RETRY_DELAYS_MS.length + 1)
    expect(after(MAX_ATTEMPTS, 0)).toBeNull()
    expect(after(MAX_ATTEMPTS + 1, 0)).toBeNull()
  })
})
