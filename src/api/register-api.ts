import fastifyCookie from '@fastify/cookie'
import fastifyMultipart from '@fastify/multipart'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ForbiddenError, UnauthorizedError } from '../core/errors.ts'
import { atLeast } from '../core/roles.ts'
import type { ServiceDeps } from '../services/service-deps.ts'
import { loadSettings } from '../services/settings-service.ts'
import type { ApiRoute } from './api-route.ts'
import { assertSameOrigin } from './cross-site-guard.ts'
import { parseIfMatch } from './if-match.ts'
import { buildOpenApi } from './openapi.ts'
import { parseInput } from './parse-input.ts'
import { problem, problemFromError, sendProblem } from './problem.ts'
import { requestPrincipal } from './request-principal.ts'
import { apiRoutes } from './routes/api-routes.ts'

export const API_PREFIX = '/api/v1'
/** JSON bodies larger than this are refused before they are parsed. */
export const JSON_BODY_LIMIT = 2 * 1024 * 1024
export const UPLOAD_LIMIT = 25 * 1024 * 1024

const toFastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1')

/** Until a one-time password is replaced, an account may only look at its session and change its password. */
const allowedBeforePasswordChange = (r: ApiRoute) => r.path.startsWith('/session')

function handlerFor(deps: ServiceDeps, r: ApiRoute) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    // A source token is not an account: the route checks it itself, and there is no cookie to guard.
    const principal = r.access === 'source-token' ? null : await requestPrincipal(deps, req, reply)
    if (r.access !== 'public' && r.access !== 'source-token') {
      if (!principal) throw new UnauthorizedError()
      if (r.access !== 'signed-in' && !atLeast(principal.actor, r.access)) {
        throw new ForbiddenError(`This needs the ${r.access} role or above`)
      }
      if (principal.user.mustChangePassword && !allowedBeforePasswordChange(r)) {
        throw new ForbiddenError(
          'Choose a new password first (POST /api/v1/session/password)',
          'password_change_required',
        )
      }
    }
    if (principal?.via === 'session' || (r.access === 'public' && req.method !== 'GET')) {
      assertSameOrigin(req, (await loadSettings(deps.store)).siteUrl)
    }
    const params = parseInput(r.params, req.params, 'params')
    const query = parseInput(r.query, req.query, 'query')
    const body = r.multipart || r.rawBody ? req.body : parseInput(r.body, req.body, 'body')
    const version = r.ifMatch ? parseIfMatch(req.headers['if-match']) : 0
    const result = await r.handler({
      deps,
      principal,
      params,
      query,
      body,
      version,
      ip: req.ip ?? null,
      req,
      reply,
    })
    if (reply.sent) return
    reply.status(r.status ?? 200)
    return result === undefined ? reply.send() : reply.send(result)
  }
}

/** The JSON API under /api/v1: every route from the route table, one error shape, and the OpenAPI document. */
export async function registerApi(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  await app.register(
    async (api) => {
      // The API speaks JSON (and multipart for uploads): plain text is refused (415), not read as a JSON string.
      api.removeContentTypeParser('text/plain')
      await api.register(fastifyCookie)
      await api.register(fastifyMultipart, {
        limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 20, fieldSize: 10_000 },
      })
      api.setErrorHandler((error, _req, reply) => {
        const p = problemFromError(error)
        if (p.status >= 500) deps.logger.error(`API request failed: ${(error as Error).stack ?? error}`)
        return sendProblem(reply, p)
      })
      api.setNotFoundHandler((req, reply) =>
        sendProblem(reply, problem(404, 'not_found', `No API route ${req.method} ${req.url.split('?')[0]}`)),
      )
      const openapi = buildOpenApi(apiRoutes)
      api.get('/openapi.json', async () => openapi)
      for (const r of apiRoutes.filter((x) => !x.rawBody)) {
        api.route({ method: r.method, url: toFastifyPath(r.path), handler: handlerFor(deps, r) })
      }
      // Routes that take any bytes (pushed wire documents) get a parser of their own, in their own context.
      await api.register(async (raw) => {
        raw.removeAllContentTypeParsers()
        raw.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) =>
          done(null, body),
        )
        for (const r of apiRoutes.filter((x) => x.rawBody)) {
          raw.route({ method: r.method, url: toFastifyPath(r.path), handler: handlerFor(deps, r) })
        }
      })
    },
    { prefix: API_PREFIX },
  )
}
