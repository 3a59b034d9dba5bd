import { useLayoutEffect, type RefObject } from 'react'

/**
 * Sets CSS custom properties on an element through the CSSOM (`element.style.setProperty`), which the admin's
 * content security policy allows, unlike a `style` attribute. The stylesheet reads them (`var(--focal-x)`).
 */
export function useCssVars(ref: RefObject<HTMLElement | null>, vars: Record<string, string>): void {
  const key = JSON.stringify(vars)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    for (const [name, value] of Object.entries(vars)) el.style.setProperty(name, value)
    // `key` stands for `vars`, a new object on every render.
  }, [ref, key])
}
