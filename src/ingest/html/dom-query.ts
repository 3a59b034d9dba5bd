import { isTag, isText } from 'domhandler'
import type { AnyNode, ChildNode, Element } from 'domhandler'

/** Elements under `root` (not `root` itself) that match, in document order; iterative, so depth costs no stack. */
export function findAll(root: Element, match: (el: Element) => boolean): Element[] {
  const found: Element[] = []
  const pending: ChildNode[] = [...root.children].reverse()
  while (pending.length) {
    const node = pending.pop()!
    if (!isTag(node)) continue
    if (match(node)) found.push(node)
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!)
  }
  return found
}

export function hasClass(el: Element, ...names: string[]): boolean {
  const classes = (el.attribs.class ?? '').split(/\s+/)
  return names.some((n) => classes.includes(n))
}

/** All text under a node, iteratively: the fallback when a subtree is too deep to walk as structure. */
export function deepText(node: AnyNode): string {
  let text = ''
  const pending: AnyNode[] = [node]
  while (pending.length) {
    const next = pending.pop()!
    if (isText(next)) text += next.data
    else if (isTag(next)) for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]!)
  }
  return text
}

/** Whether a node is only source whitespace between elements. */
export function isBlankText(node: ChildNode): boolean {
  return isText(node) && /^[ \t\r\n\f]*$/.test(node.data)
}
