/**
 * Where JSON text first stops being valid JSON, or null when it is valid. Node 20's JSON.parse names the position
 * for some errors and not others, so this small scanner finds it; it keeps its own stack, so depth costs nothing.
 */
export function jsonErrorOffset(text: string): number | null {
  const containers: Array<'{' | '['> = []
  let expect = 'value' as Expect
  let i = 0
  const afterValue = (): Expect => (containers.length ? 'commaOrEnd' : 'done')
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
    if (i >= text.length) return expect === 'done' ? null : i
    const ch = text[i]!
    const top = containers.at(-1)
    if (expect === 'done') return i
    if (expect === 'colon') {
      if (ch !== ':') return i
      i++
      expect = 'value'
    } else if (expect === 'commaOrEnd') {
      if (ch === ',') expect = top === '{' ? 'key' : 'value'
      else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
        containers.pop()
        expect = afterValue()
      } else return i
      i++
    } else if (expect === 'key' || expect === 'keyOrEnd') {
      if (ch === '}' && expect === 'keyOrEnd') {
        containers.pop()
        i++
        expect = afterValue()
        continue
      }
      if (ch !== '"') return i
      const end = stringEnd(text, i)
      if (end < 0) return -end - 1
      i = end
      expect = 'colon'
    } else if (ch === ']' && expect === 'valueOrEnd') {
      containers.pop()
      i++
      expect = afterValue()
    } else if (ch === '{' || ch === '[') {
      containers.push(ch)
      expect = ch === '{' ? 'keyOrEnd' : 'valueOrEnd'
      i++
    } else {
      const end = ch === '"' ? stringEnd(text, i) : scalarEnd(text, i)
      if (end < 0) return -end - 1
      i = end
      expect = afterValue()
    }
  }
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done'

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/** The index after a number or literal at `start`, or -(error index + 1). */
function scalarEnd(text: string, start: number): number {
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, start)) return start + literal.length
  }
  NUMBER.lastIndex = start
  return NUMBER.test(text) ? NUMBER.lastIndex : -(start + 1)
}

/** The index after the closing quote of a string at `start`, or -(error index + 1). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x22) return i + 1
    if (code < 0x20) return -(i + 1)
    if (code !== 0x5c) continue
    const next = text[i + 1]
    if (next !== undefined && '"\\/bfnrt'.includes(next)) i++
    else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5
    else return -(i + 2)
  }
  return -(text.length + 1)
}
