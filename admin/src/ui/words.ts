/** The comma-separated words of a text field, each once, without blanks: `ferry, port` → `['ferry', 'port']`. */
export function listOfWords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((w) => w.trim())
        .filter(Boolean),
    ),
  ]
}
