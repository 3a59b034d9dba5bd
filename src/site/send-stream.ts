import type { FastifyReply, FastifyRequest } from 'fastify'
import { negotiate } from '@fastify/accept-negotiator'
import type { Readable } from 'node:stream'
import { createGzip } from 'node:zlib'

/**
 * Sends a document too large to keep in memory as it is produced, gzipped on the way when the client takes it.
 * CDNs may keep it a few minutes; it is read rarely (crawlers), so it is not worth the render cache's memory.
 */
export function sendStream(req: FastifyRequest, reply: FastifyReply, stream: Readable, contentType: string) {
  reply
    .type(contentType)
    .header('cache-control', 'public, max-age=300, stale-while-revalidate=3600')
    .header('vary', 'Accept-Encoding')
  if (negotiate(req.headers['accept-encoding'] ?? '', ['gzip', 'identity']) === 'gzip') {
    reply.header('content-encoding', 'gzip')
    return reply.send(stream.pipe(createGzip()))
  }
  return reply.send(stream)
}
