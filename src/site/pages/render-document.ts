import type { VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'

/** A whole HTML document from a view; preact escapes all text and attribute values. */
export function renderDocument(view: VNode): string {
  return `<!doctype html>${renderToString(view)}`
}
