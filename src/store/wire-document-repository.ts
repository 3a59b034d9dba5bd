import type { Kysely, Selectable } from 'kysely'
import type { WireDocumentRepository } from '../core/ports.ts'
import type { DocumentStatus, ItemOutcome, WireDocument } from '../core/wire-desk.ts'
import type { Database, WireDocumentsTable } from './database.ts'
import { json, parseJson, utc } from './row-codec.ts'

const toDocument = (r: Omit<Selectable<WireDocumentsTable>, 'raw'>): WireDocument => ({
  id: r.id,
  sourceId: r.source_id,
  origin: r.origin,
  receivedAt: r.received_at,
  format: r.format,
  status: r.status as DocumentStatus,
  error: r.error,
  errorLine: r.error_line,
  errorField: r.error_field,
  outcomes: parseJson<ItemOutcome[]>(r.outcomes),
})

const listColumns = [
  'id',
  'source_id',
  'origin',
  'received_at',
  'format',
  'status',
  'error',
  'error_line',
  'error_field',
  'outcomes',
] as const

export function wireDocumentRepository(db: Kysely<Database>): WireDocumentRepository {
  return {
    async create(input) {
      const row = await db
        .insertInto('wire_documents')
        .values({
          source_id: input.sourceId,
          origin: input.origin,
          received_at: utc(input.receivedAt),
          format: null,
          status: 'ingested',
          error: null,
          error_line: null,
          error_field: null,
          outcomes: '[]',
          raw: input.raw,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      return row.id
    },
    async finish(id, r) {
      await db
        .updateTable('wire_documents')
        .set({
          format: r.format,
          status: r.status,
          error: r.error ?? null,
          error_line: r.errorLine ?? null,
          error_field: r.errorField ?? null,
          outcomes: json(r.outcomes),
        })
        .where('id', '=', id)
        .execute()
    },
    async get(id) {
      const row = await db.selectFrom('wire_documents').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? { ...toDocument(row), raw: row.raw } : null
    },
    async list(query) {
      let q = db.selectFrom('wire_documents').select(listColumns)
      if (query.sourceId !== undefined) q = q.where('source_id', '=', query.sourceId)
      if (query.status !== undefined) q = q.where('status', '=', query.status)
      const rows = await q.orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute()
      return rows.map(toDocument)
    },
    async countSince(sourceId, since) {
      const row = await db
        .selectFrom('wire_documents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('source_id', '=', sourceId)
        .where('received_at', '>=', utc(since))
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },
  }
}
