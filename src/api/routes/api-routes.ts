import type { ApiRoute } from '../api-route.ts'
import { articleRoutes } from './article-routes.ts'
import { assetRoutes } from './asset-routes.ts'
import { deskRoutes } from './desk-routes.ts'
import { eventRoutes } from './event-routes.ts'
import { presenceRoutes } from './presence-routes.ts'
import { previewRoutes } from './preview-routes.ts'
import { frontRoutes } from './front-routes.ts'
import { sectionRoutes } from './section-routes.ts'
import { settingsRoutes } from './settings-routes.ts'
import { revisionRoutes } from './revision-routes.ts'
import { sessionRoutes } from './session-routes.ts'
import { userRoutes } from './user-routes.ts'
import { webhookRoutes } from './webhook-routes.ts'
import { sourceRoutes } from './source-routes.ts'
import { wireRoutes } from './wire-routes.ts'

/** Every route of the API, in one table: registration, the OpenAPI document and the access test all read it. */
export const apiRoutes: ApiRoute[] = [
  ...sessionRoutes,
  ...articleRoutes,
  ...revisionRoutes,
  ...deskRoutes,
  ...sectionRoutes,
  ...settingsRoutes,
  ...frontRoutes,
  ...assetRoutes,
  ...userRoutes,
  ...webhookRoutes,
  ...wireRoutes,
  ...sourceRoutes,
  ...eventRoutes,
  ...presenceRoutes,
  ...previewRoutes,
]
