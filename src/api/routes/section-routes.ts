import { z } from 'zod'
import { addSection, changeSection } from '../../services/catalog/section-admin.ts'
import { route, type ApiRoute } from '../api-route.ts'
import { sectionCreateBody, sectionPatchBody, sectionResource } from '../schemas/catalog-schemas.ts'
import { idParams } from '../schemas/common-schemas.ts'
import { actedBy } from '../acted-by-request.ts'

export const sectionRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/sections',
    summary: 'The sections of the site, in navigation order',
    tag: 'sections',
    access: 'public',
    response: z.object({ items: z.array(sectionResource) }),
    async handler({ deps }) {
      return { items: await deps.store.sections.list() }
    },
  }),
  route({
    method: 'POST',
    path: '/sections',
    summary: 'Create a section; its slug comes from its name unless given. The site’s own paths are refused',
    tag: 'sections',
    access: 'admin',
    body: sectionCreateBody,
    response: sectionResource,
    status: 201,
    async handler({ deps, principal, body, ip }) {
      return addSection(deps, body, actedBy(principal, ip))
    },
  }),
  route({
    method: 'PATCH',
    path: '/sections/{id}',
    summary: 'Rename, move or re-slug a section; every page’s navigation follows',
    tag: 'sections',
    access: 'admin',
    params: idParams,
    body: sectionPatchBody,
    response: sectionResource,
    async handler({ deps, principal, params, body, ip }) {
      return changeSection(deps, params.id, body, actedBy(principal, ip))
    },
  }),
]
