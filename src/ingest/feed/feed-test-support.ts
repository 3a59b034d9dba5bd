// Test support only, shared by the feed parsers' tests.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { ParseError } from '../../core/errors.ts'
import { inlineText } from '../../core/inline.ts'
import type { NormalizedItem, WireBlock } from '../../core/normalized-item.ts'
import { decodeXml } from '../xml/decode-xml.ts'

// Shared fixtures live beside the repository (../shared/fixtures/wire), never copied into it.
export const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/wire/', import.meta.url))
export const fixturesPresent = existsSync(FIXTURES)
const TESTDATA = fileURLToPath(new URL('./testdata/', import.meta.url))

/** A fixture or testdata file as text, decoded in the encoding it declares, as the ingest does. */
export function fixtureText(path: string): string {
  return decodeXml(readFileSync(FIXTURES + path), path).text
}
export function testdataText(file: string): string {
  return decodeXml(readFileSync(TESTDATA + file), file).text
}

/**
 * Whether decodeXml turns windows-1252's 0x93 into “. Node 20.18.3+ and 22.13+ decode windows-1252 and ISO-8859-1
 * bytes 0x80–0x9F as C1 controls (nodejs/node#60888), and decodeXml relies on TextDecoder.
 */
export function blockText(block: WireBlock | undefined): string {
  if (block?.type === 'paragraph' || block?.type === 'heading') return inlineText(block.content)
  if (block?.type === 'quote') return block.paragraphs.map(inlineText).join('\n')
  if (block?.type === 'list') return block.items.map(inlineText).join('\n')
  return ''
}

export function bodyText(item: NormalizedItem): string {
  return item.body.map(blockText).join('\n')
}

export function parseError(run: () => unknown): ParseError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError)
    return error as ParseError
  }
  throw new Error('expected a ParseError')
}
