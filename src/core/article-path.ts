/** Stories outside any section live under this prefix. */
export const UNSECTIONED = 'news'

/**
 * A story's public address: `/{section}/{id}/{slug}`. The id makes it stable; a changed slug or section redirects to
 * the current address, so old links keep working.
 */
export function articlePath(article: { id: number; slug: string }, section: { slug: string } | null): string {
  return `/${section?.slug ?? UNSECTIONED}/${article.id}/${encodeURIComponent(article.slug)}`
}
