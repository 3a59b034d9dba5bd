import type { FastifyInstance } from 'fastify'
import type { Store } from '../core/ports.ts'
import { loadSettings } from '../services/settings-service.ts'
import { faviconSvg, logoPng } from './brand-assets.ts'

/** The icon and the logo, drawn from the site's name. */
export function registerBrandRoutes(app: FastifyInstance, store: Store): void {
  app.get('/favicon.svg', async (_req, reply) => {
    const { siteName } = await loadSettings(store)
    return reply
      .type('image/svg+xml')
      .header('cache-control', 'public, max-age=86400')
      .send(faviconSvg(siteName))
  })
  app.get('/favicon.ico', async (_req, reply) => reply.redirect('/favicon.svg', 301))
  app.get('/logo.png', async (_req, reply) => {
    const { siteName } = await loadSettings(store)
    return reply
      .type('image/png')
      .header('cache-control', 'public, max-age=86400')
      .send(await logoPng(siteName))
  })
}
