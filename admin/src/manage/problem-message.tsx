import { useEffect, useRef } from 'react'
import type { FormProblem } from './form-problem.ts'

/**
 * The message over a form after a failed save. It takes the focus when it appears, so a keyboard or screen-reader
 * user hears what went wrong and tabs on to the marked fields.
 */
export function ProblemMessage({ problem }: { problem: FormProblem | null }) {
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (problem) ref.current?.focus()
  }, [problem])
  if (!problem) return null
  return (
    <p ref={ref} className="form-error" role="alert" tabIndex={-1}>
      {problem.message}
    </p>
  )
}
