import { errorMessage } from '../api/client.ts'

/** A quiet placeholder while something loads; announced to screen readers once. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      {label}…
    </p>
  )
}

/** A failed load, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="load-error" role="alert">
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button className="button" type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}
