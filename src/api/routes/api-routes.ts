import type { ApiRoute } from '../api-route.ts'
import { articleRoutes } from './article-routes.ts'
import { catalogRoutes } from './catalog-routes.ts'
import { revisionRoutes } from './revision-routes.ts'
import { sessionRoutes } from './session-routes.ts'
import { userRoutes } from './user-routes.ts'
import { webhookRoutes } from './webhook-routes.ts'

/** Every route of the API, in one table: registration, the OpenAPI document and the access test all read it. */
export const apiRoutes: ApiRoute[] = [
  ...sessionRoutes,
  ...articleRoutes,
  ...revisionRoutes,
  ...catalogRoutes,
  ...userRoutes,
  ...webhookRoutes,
]
