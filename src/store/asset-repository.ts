import { sql, type Kysely, type Selectable } from 'kysely'
import { NotFoundError } from '../core/errors.ts'
import type { Asset } from '../core/asset.ts'
import type { AssetRepository } from '../core/ports.ts'
import type { AssetsTable, Database } from './database.ts'
import { containsPattern, json, parseJson, utc } from './row-codec.ts'

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
  licenseUrl: row.license_url ?? '',
  acquireLicenseUrl: row.acquire_license_url ?? '',
  focalX: row.focal_x,
  focalY: row.focal_y,
  renditions: parseJson(row.renditions),
  renditionsPending: row.renditions_pending === 1,
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
          license_url: input.licenseUrl || null,
          acquire_license_url: input.acquireLicenseUrl || null,
          focal_x: input.focalX,
          focal_y: input.focalY,
          renditions: json(input.renditions),
          renditions_pending: input.renditionsPending ? 1 : 0,
          created_at: utc(at),
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toAsset(row)
    },
    async update(id, patch) {
      const row = await db
        .updateTable('assets')
        .set({
          ...(patch.caption !== undefined ? { caption: patch.caption } : {}),
          ...(patch.credit !== undefined ? { credit: patch.credit } : {}),
          ...(patch.alt !== undefined ? { alt: patch.alt } : {}),
          ...(patch.focalX !== undefined ? { focal_x: patch.focalX } : {}),
          ...(patch.focalY !== undefined ? { focal_y: patch.focalY } : {}),
          ...(patch.licenseUrl !== undefined ? { license_url: patch.licenseUrl || null } : {}),
          ...(patch.acquireLicenseUrl !== undefined
            ? { acquire_license_url: patch.acquireLicenseUrl || null }
            : {}),
          ...(patch.renditions !== undefined ? { renditions: json(patch.renditions) } : {}),
          ...(patch.renditionsPending !== undefined
            ? { renditions_pending: patch.renditionsPending ? 1 : 0 }
            : {}),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
      if (!row) throw new NotFoundError('Asset', id)
      return toAsset(row)
    },
    async listPendingRenditions(limit) {
      const rows = await db
        .selectFrom('assets')
        .selectAll()
        .where('renditions_pending', '=', 1)
        .orderBy('id')
        .limit(limit)
        .execute()
      return rows.map(toAsset)
    },
    async list({ text, limit, offset }) {
      let q = db.selectFrom('assets')
      if (text) {
        const pattern = containsPattern(text)
        q = q.where((eb) =>
          eb.or([
            eb(sql`lower(caption)`, 'like', sql`${pattern} escape '\\'`),
            eb(sql`lower(credit)`, 'like', sql`${pattern} escape '\\'`),
            eb(sql`lower(alt)`, 'like', sql`${pattern} escape '\\'`),
          ]),
        )
      }
      const [rows, count] = await Promise.all([
        q.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ])
      return { items: rows.map(toAsset), total: Number(count.n) }
    },
  }
}
