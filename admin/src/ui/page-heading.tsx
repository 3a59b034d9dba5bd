import { useEffect, useRef, type ReactNode } from 'react'
import { takeNavigationFocus } from '../app/router.tsx'

/** A screen's one h1. After moving between screens it takes the focus, so the keyboard starts from the top. */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (takeNavigationFocus()) ref.current?.focus()
  }, [])
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  )
}
