import { z } from 'zod'
import { transitions, type Transition } from '../../core/workflow.ts'
import { createStory } from '../../services/newsroom/create-story.ts'
import { getStory, listStories } from '../../services/newsroom/story-queries.ts'
import { transitionStory, type TransitionInput } from '../../services/newsroom/transition-story.ts'
import { updateStory } from '../../services/newsroom/update-story.ts'
import { route, type ApiRoute } from '../api-route.ts'
import { versionEtag } from '../if-match.ts'
import { resourceContext } from '../resource-context.ts'
import {
  storyCreateSchema,
  storyListQuery,
  storyPatchSchema,
  storyResource as storyResourceSchema,
  storySummaryResource as storySummarySchema,
  transitionBodies,
} from '../schemas/article-schemas.ts'
import { idParams, listOf } from '../schemas/common-schemas.ts'
import { storyResource, storySummaryResource } from '../story-resource.ts'

const TRANSITION_SUMMARIES: Record<Transition, string> = {
  submit: 'Submit a draft to its desk',
  approve: 'Approve a submitted story',
  publish: 'Publish the story (or its pending update; `minor` keeps the public Update: time)',
  schedule: 'Schedule publication at a time',
  unpublish: 'Take a published story off the site (its address answers 410)',
  correct: 'Publish the pending update as a correction, with a public note',
  kill: 'Kill a story for legal reasons: off the site and locked',
  spike: 'Spike a draft (restorable for the configured number of days)',
  restore: 'Bring a spiked story back as a draft',
}

/** Who may even try each transition; desk and ownership rules are checked on the story itself. */
const TRANSITION_ACCESS: Record<Transition, ApiRoute['access']> = {
  submit: 'reporter',
  approve: 'editor',
  publish: 'editor',
  schedule: 'editor',
  unpublish: 'chief',
  correct: 'editor',
  kill: 'chief',
  spike: 'reporter',
  restore: 'reporter',
}

export const articleRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/articles',
    summary:
      'List stories you may see, newest change first, filtered by desk, stage, state, status, section or text',
    tag: 'articles',
    access: 'reporter',
    query: storyListQuery,
    response: listOf(storySummarySchema),
    async handler({ deps, principal, query }) {
      const { desk, stage, state, status, section, q, limit, offset } = query
      const result = await listStories(deps, principal!.actor, {
        ...(desk !== undefined ? { deskId: desk } : {}),
        ...(stage !== undefined ? { stageId: stage } : {}),
        ...(state !== undefined ? { states: state } : {}),
        ...(status !== undefined ? { status } : {}),
        ...(section !== undefined ? { sectionId: section } : {}),
        ...(q !== undefined ? { text: q } : {}),
        limit,
        offset,
      })
      const ctx = await resourceContext(deps)
      return {
        items: result.items.map((a) => storySummaryResource(a, ctx)),
        total: result.total,
        limit,
        offset,
      }
    },
  }),
  route({
    method: 'POST',
    path: '/articles',
    summary: 'Create a draft story',
    tag: 'articles',
    access: 'reporter',
    body: storyCreateSchema,
    response: storyResourceSchema,
    status: 201,
    async handler({ deps, principal, body, ip, reply }) {
      const article = await createStory(deps, principal!.actor, body, { ip })
      reply.header('etag', versionEtag(article.version)).header('location', `/api/v1/articles/${article.id}`)
      return storyResource(article, await resourceContext(deps), [])
    },
  }),
  route({
    method: 'GET',
    path: '/articles/{id}',
    summary: 'One story: its working copy, workflow state, publication status and corrections',
    tag: 'articles',
    access: 'reporter',
    params: idParams,
    response: storyResourceSchema,
    async handler({ deps, principal, params, reply }) {
      const { article, corrections } = await getStory(deps, principal!.actor, params.id)
      reply.header('etag', versionEtag(article.version))
      return storyResource(article, await resourceContext(deps), corrections)
    },
  }),
  route({
    method: 'PATCH',
    path: '/articles/{id}',
    summary:
      'Edit a story (If-Match: the version you edited). On a published story the edit waits as a pending update',
    tag: 'articles',
    access: 'reporter',
    params: idParams,
    body: storyPatchSchema,
    ifMatch: true,
    response: storyResourceSchema,
    async handler({ deps, principal, params, body, version, ip, reply }) {
      const article = await updateStory(deps, principal!.actor, params.id, body, version, { ip })
      reply.header('etag', versionEtag(article.version))
      return storyResource(
        article,
        await resourceContext(deps),
        await deps.store.corrections.list(article.id),
      )
    },
  }),
  ...transitions.map((transition) =>
    route({
      method: 'POST',
      path: `/articles/{id}/${transition}`,
      summary: TRANSITION_SUMMARIES[transition],
      tag: 'workflow',
      access: TRANSITION_ACCESS[transition],
      params: idParams,
      // A transition without options may be posted with no body at all.
      body: z.preprocess((b) => b ?? {}, transitionBodies[transition] as z.ZodType<Record<string, unknown>>),
      ifMatch: true,
      response: storyResourceSchema,
      async handler({ deps, principal, params, body, version, ip, reply }) {
        const input = { transition, ...body } as TransitionInput
        const article = await transitionStory(deps, principal!.actor, params.id, input, version, { ip })
        reply.header('etag', versionEtag(article.version))
        return storyResource(
          article,
          await resourceContext(deps),
          await deps.store.corrections.list(article.id),
        )
      },
    }),
  ),
]
