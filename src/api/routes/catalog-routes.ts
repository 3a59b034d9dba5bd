import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import { AppError, ValidationError, type FieldIssue } from '../../core/errors.ts'
import { changeAsset, getAsset, uploadImage } from '../../services/catalog/asset-library.ts'
import { addDesk, addStage, changeDesk, listDesks } from '../../services/catalog/desk-admin.ts'
import { addSection, changeSection } from '../../services/catalog/section-admin.ts'
import { changeSettings } from '../../services/catalog/settings-admin.ts'
import { loadSettings } from '../../services/settings-service.ts'
import { route, type ApiRoute } from '../api-route.ts'
import { parseInput } from '../parse-input.ts'
import {
  assetListQuery,
  assetPatchBody,
  assetResource,
  assetUploadFields,
  deskCreateBody,
  deskPatchBody,
  deskResource,
  sectionCreateBody,
  sectionPatchBody,
  sectionResource,
  settingsPatchBody,
  settingsResource,
  stageCreateBody,
  stageResource,
  toAssetResource,
} from '../schemas/catalog-schemas.ts'
import { idParams, listOf } from '../schemas/common-schemas.ts'

/**
 * The one `file` part of an upload form and its text fields, in any order. The multipart plugin's size limit ends
 * an oversized file with 413 before anything is stored; a form cut off or malformed is the client's error (400).
 */
async function readUpload(req: FastifyRequest) {
  if (!req.isMultipart()) {
    throw new AppError(
      'unsupported_media_type',
      'Send the picture as multipart/form-data with a file field',
      415,
    )
  }
  let bytes: Buffer | undefined
  const fields: Record<string, unknown> = {}
  const issues: FieldIssue[] = []
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file' && part.fieldname === 'file') bytes = await part.toBuffer()
      else if (part.type === 'file') {
        part.file.resume()
        issues.push({ path: part.fieldname, message: 'is not a known field' })
      } else if (part.valueTruncated) issues.push({ path: part.fieldname, message: 'is too long' })
      else fields[part.fieldname] = part.value
    }
  } catch (error) {
    // The plugin's own errors (limits) carry a status; the parser's do not.
    if ((error as { statusCode?: number }).statusCode) throw error
    throw new AppError('invalid_multipart', `Malformed multipart/form-data: ${(error as Error).message}`, 400)
  }
  if (!bytes) issues.push({ path: 'file', message: 'is required: the picture to upload' })
  if (issues.length) throw new ValidationError('Invalid upload', issues)
  return { bytes: bytes!, meta: parseInput(assetUploadFields, fields, 'body') }
}

const by = (principal: { user: { id: number } } | null, ip: string | null) => ({
  userId: principal!.user.id,
  ip,
})

const deskRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/desks',
    summary: 'Every desk with the stages of its board',
    tag: 'desks',
    access: 'signed-in',
    response: z.object({ items: z.array(deskResource) }),
    async handler({ deps }) {
      return { items: await listDesks(deps.store) }
    },
  }),
  route({
    method: 'POST',
    path: '/desks',
    summary: 'Create a desk, with the stages Incoming, Working and Ready',
    tag: 'desks',
    access: 'admin',
    body: deskCreateBody,
    response: deskResource,
    status: 201,
    async handler({ deps, principal, body, ip }) {
      return addDesk(deps, body, by(principal, ip))
    },
  }),
  route({
    method: 'PATCH',
    path: '/desks/{id}',
    summary: 'Rename a desk or change its default section',
    tag: 'desks',
    access: 'admin',
    params: idParams,
    body: deskPatchBody,
    response: deskResource,
    async handler({ deps, principal, params, body, ip }) {
      return changeDesk(deps, params.id, body, by(principal, ip))
    },
  }),
  route({
    method: 'POST',
    path: '/desks/{id}/stages',
    summary: 'Add a stage to a desk’s board',
    tag: 'desks',
    access: 'admin',
    params: idParams,
    body: stageCreateBody,
    response: stageResource,
    status: 201,
    async handler({ deps, principal, params, body, ip }) {
      return addStage(deps, params.id, body, by(principal, ip))
    },
  }),
]

const sectionRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/sections',
    summary: 'The sections of the site, in navigation order',
    tag: 'sections',
    access: 'public',
    response: z.object({ items: z.array(sectionResource) }),
    async handler({ deps }) {
      return { items: await deps.store.sections.list() }
    },
  }),
  route({
    method: 'POST',
    path: '/sections',
    summary: 'Create a section; its slug comes from its name unless given. The site’s own paths are refused',
    tag: 'sections',
    access: 'admin',
    body: sectionCreateBody,
    response: sectionResource,
    status: 201,
    async handler({ deps, principal, body, ip }) {
      return addSection(deps, body, by(principal, ip))
    },
  }),
  route({
    method: 'PATCH',
    path: '/sections/{id}',
    summary: 'Rename, move or re-slug a section; every page’s navigation follows',
    tag: 'sections',
    access: 'admin',
    params: idParams,
    body: sectionPatchBody,
    response: sectionResource,
    async handler({ deps, principal, params, body, ip }) {
      return changeSection(deps, params.id, body, by(principal, ip))
    },
  }),
]

const settingsRoutes: ApiRoute[] = [
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
      return changeSettings(deps, body, by(principal, ip))
    },
  }),
]

const assetRoutes: ApiRoute[] = [
  route({
    method: 'POST',
    path: '/assets',
    summary:
      'Upload a picture (multipart: file, and optional caption, credit, alt); renditions are made at once',
    tag: 'assets',
    access: 'reporter',
    multipart: true,
    response: assetResource,
    status: 201,
    async handler({ deps, req }) {
      const { bytes, meta } = await readUpload(req)
      return toAssetResource(await uploadImage(deps, bytes, meta))
    },
  }),
  route({
    method: 'GET',
    path: '/assets',
    summary: 'The picture library, newest first, searched by caption, credit and alt text',
    tag: 'assets',
    access: 'reporter',
    query: assetListQuery,
    response: listOf(assetResource),
    async handler({ deps, query }) {
      const { q, limit, offset } = query
      const { items, total } = await deps.store.assets.list({ ...(q ? { text: q } : {}), limit, offset })
      return { items: items.map(toAssetResource), total, limit, offset }
    },
  }),
  route({
    method: 'GET',
    path: '/assets/{id}',
    summary: 'One picture',
    tag: 'assets',
    access: 'reporter',
    params: idParams,
    response: assetResource,
    async handler({ deps, params }) {
      return toAssetResource(await getAsset(deps.store, params.id))
    },
  }),
  route({
    method: 'PATCH',
    path: '/assets/{id}',
    summary: 'Change a picture’s caption, credit, alt text or focal point; pages showing it follow',
    tag: 'assets',
    access: 'reporter',
    params: idParams,
    body: assetPatchBody,
    response: assetResource,
    async handler({ deps, params, body }) {
      return toAssetResource(await changeAsset(deps, params.id, body))
    },
  }),
]

/** Desks and stages, sections, settings and the picture library. */
export const catalogRoutes: ApiRoute[] = [...deskRoutes, ...sectionRoutes, ...settingsRoutes, ...assetRoutes]
