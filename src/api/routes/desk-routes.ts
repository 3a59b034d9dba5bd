import { z } from 'zod'
import { addDesk, addStage, changeDesk, listDesks } from '../../services/catalog/desk-admin.ts'
import { route, type ApiRoute } from '../api-route.ts'
import {
  deskCreateBody,
  deskPatchBody,
  deskResource,
  stageCreateBody,
  stageResource,
} from '../schemas/catalog-schemas.ts'
import { idParams } from '../schemas/common-schemas.ts'
import { actedBy } from '../acted-by-request.ts'

export const deskRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/desks',
    summary: 'Every desk with the stages of its board',
    tag: 'desks',
    access: 'signed-in',
    response: z.object({ items: z.array(deskResource) }),
    async handler({ deps }) {
      return { items: await listDesks(deps.store) }
    },
  }),
  route({
    method: 'POST',
    path: '/desks',
    summary: 'Create a desk, with the stages Incoming, Working and Ready',
    tag: 'desks',
    access: 'admin',
    body: deskCreateBody,
    response: deskResource,
    status: 201,
    async handler({ deps, principal, body, ip }) {
      return addDesk(deps, body, actedBy(principal, ip))
    },
  }),
  route({
    method: 'PATCH',
    path: '/desks/{id}',
    summary: 'Rename a desk or change its default section',
    tag: 'desks',
    access: 'admin',
    params: idParams,
    body: deskPatchBody,
    response: deskResource,
    async handler({ deps, principal, params, body, ip }) {
      return changeDesk(deps, params.id, body, actedBy(principal, ip))
    },
  }),
  route({
    method: 'POST',
    path: '/desks/{id}/stages',
    summary: 'Add a stage to a desk’s board',
    tag: 'desks',
    access: 'admin',
    params: idParams,
    body: stageCreateBody,
    response: stageResource,
    status: 201,
    async handler({ deps, principal, params, body, ip }) {
      return addStage(deps, params.id, body, actedBy(principal, ip))
    },
  }),
]
