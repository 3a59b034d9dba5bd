import { describe, expect, it } from 'vitest'
import { contributorsFromByline } from './contributors-from-byline.ts'

describe('contributorsFromByline()', () => {
  it('makes one guest per person', () => {
    expect(contributorsFromByline('By Maja Lind and Tomas Berg')).toEqual([
      { kind: 'guest', name: 'Maja Lind' },
      { kind: 'guest', name: 'Tomas Berg' },
    ])
    expect(contributorsFromByline('Ana Ruiz, Ben Cole & Chidi Obi')).toHaveLength(3)
  })

  it('recognises agencies, known or named by the item', () => {
    expect(contributorsFromByline('Karl Lund/TT')).toEqual([
      { kind: 'guest', name: 'Karl Lund' },
      { kind: 'agency', name: 'TT' },
    ])
    expect(
      contributorsFromByline('Rosa Vik (Harbour Press Service)', { agencies: ['harbour press service'] }),
    ).toEqual([
      { kind: 'guest', name: 'Rosa Vik' },
      { kind: 'agency', name: 'Harbour Press Service' },
    ])
    expect(contributorsFromByline('REUTERS')).toEqual([{ kind: 'agency', name: 'REUTERS' }])
  })

  it('takes a job title as the role of the person before it', () => {
    expect(contributorsFromByline('By JO PARK, AP Business Writer')).toEqual([
      { kind: 'guest', name: 'JO PARK', role: 'AP Business Writer' },
    ])
  })

  it('skips repeats and empty parts', () => {
    expect(contributorsFromByline(' , Lee Wong; lee wong ,')).toEqual([{ kind: 'guest', name: 'Lee Wong' }])
    expect(contributorsFromByline('')).toEqual([])
  })
})
