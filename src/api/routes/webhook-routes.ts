import type { ApiRoute } from '../api-route.ts'

export const webhookRoutes: ApiRoute[] = []
