import { AppError, ParseError, ValidationError } from '../../core/errors.ts'
import type { WireParser } from '../../core/ports.ts'
import type { ItemOutcome, Source, WireFormat } from '../../core/wire-desk.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { receiveItem, type ReceivedItem } from './receive-item.ts'

export interface ReceivedDocument {
  documentId: number
  format: WireFormat | null
  items: ReceivedItem[]
  /** Why the document could not be read at all. */
  error?: { message: string; line?: number; field?: string }
}

function asText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return Buffer.from(bytes).toString('latin1')
  }
}

function describe(error: unknown): { message: string; line?: number; field?: string } {
  if (error instanceof ParseError) {
    return {
      message: error.message,
      ...(error.line !== undefined ? { line: error.line } : {}),
      ...(error.field ? { field: error.field } : {}),
    }
  }
  if (error instanceof ValidationError) {
    return {
      message: `${error.message}: ${error.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      ...(error.issues[0] ? { field: error.issues[0].path } : {}),
    }
  }
  return {
    message: error instanceof AppError ? error.message : `Unexpected error: ${(error as Error).message}`,
  }
}

/**
 * A document as received: kept as it came (in the wire documents log, with its source and arrival time), parsed,
 * and each of its items taken in. A document that cannot be read is logged with its error (line and field where
 * known); an item that fails is logged with its own, and the other items still go in.
 */
export async function receiveDocument(
  deps: ServiceDeps,
  input: {
    bytes: Uint8Array
    origin: string
    source?: Source | null
    format?: WireFormat
    baseDir?: string
    deskName?: string
    publish?: boolean
  },
): Promise<ReceivedDocument> {
  const source = input.source ?? null
  const receivedAt = deps.clock.now().toISOString()
  let parsed: ReturnType<WireParser> | null = null
  let failure: ReturnType<typeof describe> | null = null
  try {
    parsed = deps.parseWire(input.bytes, {
      source: input.origin,
      ...(input.format ? { format: input.format } : {}),
    })
  } catch (error) {
    failure = describe(error)
  }
  // Kept as received: as the text the parser read, or (unreadable) as UTF-8, else byte for byte as Latin-1.
  const raw = parsed?.text ?? asText(input.bytes)
  const documentId = await deps.store.wireDocuments.create({
    sourceId: source?.id ?? null,
    origin: input.origin,
    receivedAt,
    raw,
  })
  if (!parsed) {
    const e = failure!
    await deps.store.wireDocuments.finish(documentId, {
      format: null,
      status: 'failed',
      error: e.message,
      errorLine: e.line ?? null,
      errorField: e.field ?? null,
      outcomes: [],
    })
    return { documentId, format: null, items: [], error: e }
  }

  const rules = await deps.store.routingRules.list()
  const items: ReceivedItem[] = []
  const outcomes: ItemOutcome[] = []
  for (const item of parsed.items) {
    try {
      const received = await receiveItem(deps, item, {
        source,
        rules,
        documentId,
        ...(input.baseDir ? { baseDir: input.baseDir } : {}),
        ...(input.deskName ? { deskName: input.deskName } : {}),
        ...(input.publish !== undefined ? { publish: input.publish } : {}),
      })
      items.push(received)
      outcomes.push({ uri: received.uri, version: received.version, outcome: received.outcome })
    } catch (error) {
      const e = describe(error)
      items.push({
        uri: item.uri,
        version: item.version,
        outcome: 'failed',
        detail: e.message,
        itemId: null,
        articleId: null,
        published: false,
        warnings: item.warnings,
      })
      outcomes.push({ uri: item.uri, version: item.version, outcome: 'failed', detail: e.message })
    }
  }
  const allFailed = items.length > 0 && items.every((i) => i.outcome === 'failed')
  await deps.store.wireDocuments.finish(documentId, {
    format: parsed.format,
    status: allFailed ? 'failed' : items.length === 0 ? 'ignored' : 'ingested',
    ...(allFailed ? { error: items[0]!.detail ?? 'Every item failed' } : {}),
    outcomes,
  })
  return { documentId, format: parsed.format, items }
}
