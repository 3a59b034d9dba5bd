import { useCallback, useEffect, useRef, useState } from 'react'

export interface Resource<T> {
  data: T | undefined
  error: unknown
  /** True until the first answer for the current inputs. A refresh keeps the old data on screen meanwhile. */
  loading: boolean
  reload(): void
}

/**
 * Loads `load()` now and whenever `inputs` change; `reload()` loads again in place. An answer that arrives after a
 * newer request was made is dropped, so fast filtering never shows an older list.
 */
export function useResource<T>(load: () => Promise<T>, inputs: readonly unknown[]): Resource<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: null,
    loading: true,
  })
  const latest = useRef(0)
  const loadRef = useRef(load)
  useEffect(() => {
    loadRef.current = load
  })

  const run = useCallback((fresh: boolean) => {
    const ticket = ++latest.current
    if (fresh) setState((s) => ({ ...s, loading: true }))
    loadRef.current().then(
      (data) => ticket === latest.current && setState({ data, error: null, loading: false }),
      (error: unknown) => ticket === latest.current && setState((s) => ({ ...s, error, loading: false })),
    )
  }, [])

  useEffect(() => {
    run(true)
    // The inputs are the dependencies: `load` is a new function on every render.
  }, inputs)

  const reload = useCallback(() => run(false), [run])
  return { ...state, reload }
}
