import { sql, type Kysely, type Selectable } from 'kysely'
import type { NormalizedItem } from '../core/normalized-item.ts'
import type { WireItemRepository } from '../core/ports.ts'
import type { WireItem, WireItemStatus, WireItemSummary } from '../core/wire-desk.ts'
import type { Database, WireItemsTable } from './database.ts'
import { containsPattern, json, parseJson, utc } from './row-codec.ts'

type Row = Selectable<WireItemsTable>

const summaryColumns = [
  'id',
  'uri',
  'version',
  'version_created',
  'format',
  'pub_status',
  'status',
  'source_id',
  'desk_id',
  'stage_id',
  'article_id',
  'headline',
  'urgency',
  'language',
  'provider',
  'embargoed_until',
  'document_id',
  'received_at',
  'updated_at',
] as const

function toSummary(r: Omit<Row, 'raw' | 'normalized'>): WireItemSummary {
  return {
    id: r.id,
    uri: r.uri,
    version: r.version,
    versionCreated: r.version_created,
    format: r.format,
    pubStatus: r.pub_status,
    status: r.status as WireItemStatus,
    sourceId: r.source_id,
    deskId: r.desk_id,
    stageId: r.stage_id,
    articleId: r.article_id,
    headline: r.headline,
    urgency: r.urgency,
    language: r.language,
    provider: r.provider,
    embargoedUntil: r.embargoed_until,
    documentId: r.document_id,
    receivedAt: r.received_at,
    updatedAt: r.updated_at ?? r.received_at,
  }
}

const toItem = (r: Row): WireItem => ({
  ...toSummary(r),
  normalized: parseJson<NormalizedItem>(r.normalized),
})

export function wireItemRepository(db: Kysely<Database>): WireItemRepository {
  const byId = async (id: number) => {
    const row = await db.selectFrom('wire_items').selectAll().where('id', '=', id).executeTakeFirst()
    return row ? toItem(row) : null
  }
  return {
    async get(uri) {
      const row = await db.selectFrom('wire_items').selectAll().where('uri', '=', uri).executeTakeFirst()
      return row ? toItem(row) : null
    },
    getById: byId,
    async head(uri) {
      const row = await db
        .selectFrom('wire_items')
        .select(summaryColumns)
        .where('uri', '=', uri)
        .executeTakeFirst()
      return row ? toSummary(row) : null
    },
    async save(item, at) {
      const values = {
        uri: item.uri,
        version: item.version,
        version_created: utc(item.versionCreated),
        format: item.format,
        pub_status: item.pubStatus,
        status: item.status,
        source_id: item.sourceId,
        desk_id: item.deskId,
        stage_id: item.stageId,
        article_id: item.articleId,
        headline: item.headline,
        urgency: item.urgency,
        language: item.language,
        provider: item.provider,
        embargoed_until: utc(item.embargoedUntil),
        document_id: item.documentId,
        normalized: json(item.normalized),
        raw: '',
        updated_at: utc(at),
      }
      const { uri: _uri, ...update } = values
      const row = await db
        .insertInto('wire_items')
        .values({ ...values, received_at: utc(at) })
        .onConflict((oc) => oc.column('uri').doUpdateSet(update))
        .returning(['id', 'received_at'])
        .executeTakeFirstOrThrow()
      // The row is what was just written: no need to read it back.
      return { ...item, id: row.id, receivedAt: row.received_at, updatedAt: utc(at) }
    },
    async update(id, patch, at) {
      await db
        .updateTable('wire_items')
        .set({
          ...(patch.status !== undefined ? { status: patch.status } : {}),
          ...(patch.articleId !== undefined ? { article_id: patch.articleId } : {}),
          ...(patch.deskId !== undefined ? { desk_id: patch.deskId } : {}),
          ...(patch.stageId !== undefined ? { stage_id: patch.stageId } : {}),
          updated_at: utc(at),
        })
        .where('id', '=', id)
        .execute()
    },
    async list(query) {
      let q = db.selectFrom('wire_items')
      if (query.sourceId !== undefined) q = q.where('source_id', '=', query.sourceId)
      if (query.deskId !== undefined) q = q.where('desk_id', '=', query.deskId)
      if (query.status !== undefined) q = q.where('status', '=', query.status)
      if (query.maxUrgency !== undefined) q = q.where('urgency', '<=', query.maxUrgency)
      if (query.text)
        q = q.where(sql`lower(headline)`, 'like', sql`${containsPattern(query.text)} escape '\\'`)
      const [rows, count] = await Promise.all([
        q
          .select(summaryColumns)
          .orderBy('updated_at', 'desc')
          .orderBy('id', 'desc')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ])
      return { items: rows.map(toSummary), total: Number(count.n) }
    },
    async addVersion(v) {
      await db
        .insertInto('wire_item_versions')
        .values({
          item_id: v.itemId,
          version: v.version,
          version_created: utc(v.versionCreated),
          pub_status: v.pubStatus,
          normalized: json(v.normalized),
          document_id: v.documentId,
          received_at: utc(v.receivedAt),
        })
        .execute()
    },
    async versions(itemId) {
      const rows = await db
        .selectFrom('wire_item_versions')
        .select(['version', 'version_created', 'pub_status', 'document_id', 'received_at'])
        .where('item_id', '=', itemId)
        .orderBy('id', 'desc')
        .execute()
      return rows.map((r) => ({
        version: r.version,
        versionCreated: r.version_created,
        pubStatus: r.pub_status,
        documentId: r.document_id,
        receivedAt: r.received_at,
      }))
    },
    async getVersion(itemId, version) {
      const row = await db
        .selectFrom('wire_item_versions')
        .select('normalized')
        .where('item_id', '=', itemId)
        .where('version', '=', version)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst()
      return row ? parseJson<NormalizedItem>(row.normalized) : null
    },
  }
}
