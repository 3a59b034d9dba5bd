import { z } from 'zod'
import { getStory } from '../../services/newsroom/story-queries.ts'
import { renderStoryPreview } from '../../site/pages/article-page.tsx'
import { route, type ApiRoute } from '../api-route.ts'

/**
 * The preview is the reader's page, so it carries the reader's rules: no script at all; its one style block is
 * inline. It may be framed only by this site (the newsroom shows it beside the editor).
 */
const PREVIEW_POLICY =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"

export const previewRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/articles/{id}/preview',
    summary:
      'The story as readers would see it once published (a draft, or its pending update): HTML, never indexed or cached',
    tag: 'articles',
    access: 'reporter',
    params: z.strictObject({ id: z.coerce.number().int().positive() }),
    async handler({ deps, principal, params, reply }) {
      const { article } = await getStory(deps, principal!.actor, params.id)
      const html = await renderStoryPreview(deps.store, article, deps.clock.now())
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-robots-tag', 'noindex')
        .header('content-security-policy', PREVIEW_POLICY)
      return html
    },
  }),
]
