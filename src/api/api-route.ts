import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ZodType } from 'zod'
import type { Role } from '../core/roles.ts'
import type { Principal } from '../services/accounts/principal.ts'
import type { ServiceDeps } from '../services/service-deps.ts'

/**
 * Who may call a route at all: anyone, any signed-in account, or a role and above. Finer rules (which desk, whose
 * story) are the services' and return 404 or 403 from there. `source-token`: no account at all, but a wire source's
 * own token, checked by the route (agencies pushing documents).
 */
export type RouteAccess = 'public' | 'signed-in' | Role | 'source-token'

export interface RouteContext<P, Q, B> {
  deps: ServiceDeps
  principal: Principal | null
  params: P
  query: Q
  body: B
  /** The version named by If-Match, on routes that require one. */
  version: number
  ip: string | null
  req: FastifyRequest
  reply: FastifyReply
}

/**
 * One API route, declared once: its address, who may call it, the zod schemas that validate its input (and describe
 * its output), and a thin handler that calls a service. The same declaration registers the route, writes the
 * OpenAPI document, and drives the access-matrix test.
 */
export interface ApiRoute<P = unknown, Q = unknown, B = unknown> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** OpenAPI-style path below /api/v1, e.g. `/articles/{id}`. */
  path: string
  summary: string
  tag: string
  access: RouteAccess
  params?: ZodType<P>
  query?: ZodType<Q>
  body?: ZodType<B>
  /** The request is multipart/form-data (uploads), not JSON. */
  multipart?: boolean
  /** The body is taken as raw bytes, whatever its type (wire documents pushed by an agency). */
  rawBody?: boolean
  /** The write must name the version it was based on (If-Match), or it is refused with 428. */
  ifMatch?: boolean
  response?: ZodType
  /** HTTP status of success, 200 unless said. */
  status?: number
  handler: (ctx: RouteContext<P, Q, B>) => Promise<unknown>
}

/** Declares a route with its types inferred from its schemas. */
export function route<P = unknown, Q = unknown, B = unknown>(spec: ApiRoute<P, Q, B>): ApiRoute {
  return spec as ApiRoute
}
