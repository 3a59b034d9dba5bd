import { ParseError } from '../../core/errors.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'

/** One item of a document that carries several, with a way to read it. */
export interface PendingItem {
  /** Names the item in warnings, e.g. `itemSet.newsItem[2] (urn:…)`. */
  label: string
  read: () => NormalizedItem
}

/**
 * Reads every item of a multi-item document so that a broken item does not lose the others: the readable ones are
 * returned, each with a warning naming every skipped item and why. When none can be read it is one ParseError:
 * the item's own when there was one item, else one that quotes the first failure and keeps its field and line.
 */
export function readEach(
  pending: readonly PendingItem[],
  source: string,
  container: string,
): NormalizedItem[] {
  const good: NormalizedItem[] = []
  const broken: Array<{ label: string; error: ParseError }> = []
  for (const { label, read } of pending) {
    try {
      good.push(read())
    } catch (error) {
      if (!(error instanceof ParseError)) throw error
      broken.push({ label, error })
    }
  }
  if (!good.length) {
    const first = broken[0]?.error
    if (!first) throw new ParseError({ source, message: `The ${container} carries no items` })
    if (broken.length === 1) throw first
    throw new ParseError({
      source,
      message: `None of the ${broken.length} items of the ${container} can be read; the first: ${bare(first, source)}`,
      field: first.field,
      line: first.line,
    })
  }
  for (const { label, error } of broken) {
    const warning = `Skipped ${label} of the ${container}: ${bare(error, source)}`
    for (const item of good) item.warnings.push(warning)
  }
  return good
}

/** The message of a ParseError without the source and the place that frame it, to quote inside another message. */
function bare(error: ParseError, source: string): string {
  let message = error.message
  if (message.startsWith(`${source}: `)) message = message.slice(source.length + 2)
  const where = [error.field && `field ${error.field}`, error.line !== undefined && `line ${error.line}`]
    .filter(Boolean)
    .join(', ')
  return where && message.endsWith(` (${where})`) ? message.slice(0, -where.length - 3) : message
}
