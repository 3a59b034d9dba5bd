import type { Kysely, Selectable } from 'kysely'
import { NotFoundError } from '../core/errors.ts'
import type { RoutingRuleRepository, SourceRepository } from '../core/ports.ts'
import type { RoutingRule, RuleMatch, Source, SourceFormat, SourceKind } from '../core/wire-desk.ts'
import type { Database, RoutingRulesTable, SourcesTable } from './database.ts'
import { json, parseJson, utc } from './row-codec.ts'

const toSource = (r: Selectable<SourcesTable>): Source => ({
  id: r.id,
  name: r.name,
  format: r.format as SourceFormat,
  kind: r.kind as SourceKind,
  url: r.url,
  dir: r.dir,
  intervalSeconds: r.interval_seconds,
  deskId: r.desk_id,
  autoPublish: Boolean(r.auto_publish),
  enabled: Boolean(r.enabled),
  state: {
    etag: r.etag,
    lastModified: r.last_modified,
    nextPollAt: r.next_poll_at,
    failures: r.failures,
    lastSuccessAt: r.last_success_at,
    lastError: r.last_error,
    lastErrorAt: r.last_error_at,
  },
  createdAt: r.created_at,
})

export function sourceRepository(db: Kysely<Database>): SourceRepository {
  const one = async (column: 'id' | 'name' | 'token_hash', value: string | number) => {
    const row = await db
      .selectFrom('sources')
      .selectAll()
      .where(column, '=', value as never)
      .executeTakeFirst()
    return row ? toSource(row) : null
  }
  return {
    list: async () => (await db.selectFrom('sources').selectAll().orderBy('name').execute()).map(toSource),
    get: (id) => one('id', id),
    getByName: (name) => one('name', name),
    getByTokenHash: (hash) => one('token_hash', hash),
    async create(s, at) {
      const row = await db
        .insertInto('sources')
        .values({
          name: s.name,
          format: s.format,
          kind: s.kind,
          url: s.url,
          dir: s.dir,
          interval_seconds: s.intervalSeconds,
          desk_id: s.deskId,
          auto_publish: s.autoPublish ? 1 : 0,
          enabled: s.enabled ? 1 : 0,
          token_hash: s.tokenHash,
          failures: 0,
          next_poll_at: s.kind === 'push' ? null : utc(at),
          created_at: utc(at),
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toSource(row)
    },
    async update(id, patch) {
      const st = patch.state ?? {}
      const set = {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.format !== undefined ? { format: patch.format } : {}),
        ...(patch.url !== undefined ? { url: patch.url } : {}),
        ...(patch.dir !== undefined ? { dir: patch.dir } : {}),
        ...(patch.intervalSeconds !== undefined ? { interval_seconds: patch.intervalSeconds } : {}),
        ...(patch.deskId !== undefined ? { desk_id: patch.deskId } : {}),
        ...(patch.autoPublish !== undefined ? { auto_publish: patch.autoPublish ? 1 : 0 } : {}),
        ...(patch.enabled !== undefined ? { enabled: patch.enabled ? 1 : 0 } : {}),
        ...(st.etag !== undefined ? { etag: st.etag } : {}),
        ...(st.lastModified !== undefined ? { last_modified: st.lastModified } : {}),
        ...(st.nextPollAt !== undefined ? { next_poll_at: utc(st.nextPollAt) } : {}),
        ...(st.failures !== undefined ? { failures: st.failures } : {}),
        ...(st.lastSuccessAt !== undefined ? { last_success_at: utc(st.lastSuccessAt) } : {}),
        ...(st.lastError !== undefined ? { last_error: st.lastError } : {}),
        ...(st.lastErrorAt !== undefined ? { last_error_at: utc(st.lastErrorAt) } : {}),
      }
      if (Object.keys(set).length) await db.updateTable('sources').set(set).where('id', '=', id).execute()
      const source = await one('id', id)
      if (!source) throw new NotFoundError('Source', id)
      return source
    },
    async delete(id) {
      await db.deleteFrom('sources').where('id', '=', id).execute()
    },
    async due(now) {
      const rows = await db
        .selectFrom('sources')
        .selectAll()
        .where('enabled', '=', 1)
        .where('kind', '!=', 'push')
        .where('next_poll_at', '<=', utc(now))
        .orderBy('next_poll_at')
        .execute()
      return rows.map(toSource)
    },
    async claim(id, seen, next) {
      let q = db
        .updateTable('sources')
        .set({ next_poll_at: utc(next) })
        .where('id', '=', id)
      q = seen === null ? q.where('next_poll_at', 'is', null) : q.where('next_poll_at', '=', utc(seen))
      return (await q.executeTakeFirst()).numUpdatedRows === 1n
    },
  }
}

const toRule = (r: Selectable<RoutingRulesTable>): RoutingRule => ({
  id: r.id,
  sourceId: r.source_id,
  position: r.position,
  name: r.name,
  match: parseJson<RuleMatch>(r.match),
  deskId: r.desk_id,
  stageId: r.stage_id,
  publish: Boolean(r.publish),
  createdAt: r.created_at,
})

export function routingRuleRepository(db: Kysely<Database>): RoutingRuleRepository {
  return {
    list: async () =>
      (await db.selectFrom('routing_rules').selectAll().orderBy('position').orderBy('id').execute()).map(
        toRule,
      ),
    async create(input, at) {
      const row = await db
        .insertInto('routing_rules')
        .values({
          source_id: input.sourceId,
          position: input.position,
          name: input.name,
          match: json(input.match),
          desk_id: input.deskId,
          stage_id: input.stageId,
          publish: input.publish ? 1 : 0,
          created_at: utc(at),
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toRule(row)
    },
    async delete(id) {
      await db.deleteFrom('routing_rules').where('id', '=', id).execute()
    },
  }
}
