import { z } from 'zod'
import { frontSlotsSchema } from '../../core/front-page.ts'
import { frontSlots, setFrontSlots } from '../../services/site/front-curation.ts'
import { actedBy } from '../acted-by-request.ts'
import { route, type ApiRoute } from '../api-route.ts'

const frontResource = z.object({
  slots: z.record(
    z.string(),
    z.object({ articleId: z.number(), headline: z.string(), published: z.boolean() }),
  ),
})
const frontPatchBody = z.strictObject({
  slots: frontSlotsSchema
    .refine((s) => Object.keys(s).length > 0, 'name at least one slot')
    .describe('Slot name to story id, or null to empty the slot; slots not named keep their story'),
})

export const frontRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/front',
    summary: 'The stories pinned to the front page’s slots (the rest are filled with the latest stories)',
    tag: 'front',
    access: 'signed-in',
    response: frontResource,
    async handler({ deps }) {
      return { slots: await frontSlots(deps) }
    },
  }),
  route({
    method: 'PATCH',
    path: '/front',
    summary:
      'Pin published stories to front-page slots (lead, top-1…3, more-1…3, section:<id>) or empty them',
    tag: 'front',
    access: 'editor',
    body: frontPatchBody,
    response: frontResource,
    async handler({ deps, principal, body, ip }) {
      return { slots: await setFrontSlots(deps, body.slots, actedBy(principal, ip)) }
    },
  }),
]
