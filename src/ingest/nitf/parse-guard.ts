import { ParseError } from '../../core/errors.ts'

/**
 * Runs a parser so that bad input of any kind fails as a ParseError naming the source. The net is for inputs we
 * did not foresee: a crash inside a library must fail like every other bad document, not take the ingest down.
 */
export function guardParse<T>(source: string, format: string, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof ParseError) throw error
    throw new ParseError({ source, message: `Could not read the ${format} document`, cause: error })
  }
}
