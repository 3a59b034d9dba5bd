import { changeAsset, getAsset, uploadImage } from '../../services/catalog/asset-library.ts'
import { route, type ApiRoute } from '../api-route.ts'
import { assetListQuery, assetPatchBody, assetResource, toAssetResource } from '../schemas/catalog-schemas.ts'
import { idParams, listOf } from '../schemas/common-schemas.ts'
import { readUpload } from '../read-upload.ts'

export const assetRoutes: ApiRoute[] = [
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
    access: 'editor',
    params: idParams,
    body: assetPatchBody,
    response: assetResource,
    async handler({ deps, params, body }) {
      return toAssetResource(await changeAsset(deps, params.id, body))
    },
  }),
]
