import { changeSettings } from '../../services/catalog/settings-admin.ts'
import { loadSettings } from '../../services/settings-service.ts'
import { route, type ApiRoute } from '../api-route.ts'
import { settingsPatchBody, settingsResource } from '../schemas/catalog-schemas.ts'
import { actedBy } from '../acted-by-request.ts'

export const settingsRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/settings',
    summary: 'The site’s settings',
    tag: 'settings',
    access: 'signed-in',
    response: settingsResource,
    async handler({ deps }) {
      return loadSettings(deps.store)
    },
  }),
  route({
    method: 'PATCH',
    path: '/settings',
    summary: 'Change settings: every key is checked, and one bad key or value stores none',
    tag: 'settings',
    access: 'admin',
    body: settingsPatchBody,
    response: settingsResource,
    async handler({ deps, principal, body, ip }) {
      return changeSettings(deps, body, actedBy(principal, ip))
    },
  }),
]
