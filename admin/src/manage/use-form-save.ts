import { useState } from 'react'
import type { FormProblem } from './form-problem.ts'

/**
 * A manage form's save: busy while it runs, and what went wrong when it fails (read by `read`, which names the
 * form's fields). On success the owner closes the form, so it stays busy until then; a failure keeps what was typed.
 */
export function useFormSave(read: (error: unknown) => FormProblem) {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<FormProblem | null>(null)
  const save = async (work: () => Promise<void>) => {
    setBusy(true)
    try {
      await work()
    } catch (error) {
      setProblem(read(error))
      setBusy(false)
    }
  }
  return { busy, problem, save }
}
