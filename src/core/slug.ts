/**
 * A URL slug from a headline. Latin accents fold away ("Café" → "cafe"); other scripts keep their letters and vowel
 * signs, so a Bengali headline gives a Bengali slug rather than an empty one.
 */
export function slugify(text: string, maxLength = 80): string {
  const folded = text
    // Joiners only shape how letters are drawn (র‍্যাব); in an address they would split the word.
    .replace(/[\u200c\u200d]/g, '')
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{Mn}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  if (folded.length <= maxLength) return folded || 'story'
  const cut = folded.slice(0, maxLength)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}
