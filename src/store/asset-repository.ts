import type { Kysely, Selectable } from 'kysely'
import type { Asset } from '../core/asset.ts'
import type { AssetRepository } from '../core/ports.ts'
import type { AssetsTable, Database } from './database.ts'
import { json, parseJson, utc } from './row-codec.ts'

const toAsset = (row: Selectable<AssetsTable>): Asset => ({
  id: row.id,
  kind: 'image',
  key: row.storage_key,
  mimeType: row.mime_type,
  width: row.width,
  height: row.height,
  bytes: row.bytes,
  sha256: row.sha256,
  caption: row.caption,
  credit: row.credit,
  alt: row.alt,
  source: row.source,
  copyright: row.copyright,
  focalX: row.focal_x,
  focalY: row.focal_y,
  renditions: parseJson(row.renditions),
  createdAt: row.created_at,
})

export function assetRepository(db: Kysely<Database>): AssetRepository {
  return {
    async get(id) {
      const row = await db.selectFrom('assets').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toAsset(row) : null
    },
    async getMany(ids) {
      if (ids.length === 0) return []
      const rows = await db
        .selectFrom('assets')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute()
      return rows.map(toAsset)
    },
    async getBySha256(sha256) {
      const row = await db.selectFrom('assets').selectAll().where('sha256', '=', sha256).executeTakeFirst()
      return row ? toAsset(row) : null
    },
    async create(input, at) {
      const row = await db
        .insertInto('assets')
        .values({
          kind: input.kind,
          storage_key: input.key,
          mime_type: input.mimeType,
          width: input.width,
          height: input.height,
          bytes: input.bytes,
          sha256: input.sha256,
          caption: input.caption,
          credit: input.credit,
          alt: input.alt,
          source: input.source,
          copyright: input.copyright,
          focal_x: input.focalX,
          focal_y: input.focalY,
          renditions: json(input.renditions),
          created_at: utc(at),
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toAsset(row)
    },
  }
}
