import { describe, expect, it } from 'vitest'
import { ParseError } from '../../core/errors.ts'
import { jsonErrorOffset } from './json-error-offset.ts'
import { parseJsonDocument } from './parse-json-document.ts'

describe('parseJsonDocument()', () => {
  it('parses JSON, ignoring a byte order mark', () => {
    expect(parseJsonDocument('\uFEFF{"a": [1, "x"]}', 'a.json')).toEqual({ a: [1, 'x'] })
  })

  it('names the source, line and column of a syntax error', () => {
    const error = catchError(() => parseJsonDocument('{\n  "a": 1,\n  "b": }\n', 'story.json'))
    expect(error).toBeInstanceOf(ParseError)
    expect(error).toMatchObject({ source: 'story.json', line: 3 })
    expect(error.message).toBe('story.json: Invalid JSON: unexpected "}" at column 8 (line 3)')
  })

  it('reports truncated input at its end', () => {
    const error = catchError(() => parseJsonDocument('{"a": [1,\n2', 'cut.json'))
    expect(error).toMatchObject({ line: 2 })
    expect(error.message).toContain('unexpected end of input')
  })
})

describe('jsonErrorOffset()', () => {
  it('agrees with JSON.parse on what is valid', () => {
    const samples = [
      '{}',
      '[]',
      '""',
      '0',
      '-1.5e+3',
      'true',
      ' null ',
      '{"a":{"b":[1,{"c":"\\u00e4\\n"}]}}',
      '["\\"", 1e5]',
    ]
    for (const text of samples) expect(jsonErrorOffset(text), text).toBeNull()
    const broken: Array<[string, number]> = [
      ['', 0],
      ['{', 1],
      ['{"a" 1}', 5],
      ['{"a":1,}', 7],
      ['[1,]', 3],
      ['[01]', 2],
      ['"a\tb"', 2],
      ['"\\x"', 2],
      ['{} x', 3],
      ['[1 2]', 3],
      ["{'a':1}", 1],
      ['tru', 0],
      ['{"a":1]', 6],
      ['"abc', 4],
    ]
    for (const [text, offset] of broken) expect(jsonErrorOffset(text), text).toBe(offset)
  })
})

function catchError(run: () => unknown): Error {
  try {
    run()
  } catch (error) {
    return error as Error
  }
  throw new Error('Expected an error')
}
