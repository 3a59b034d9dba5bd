import type { Story } from '../api/types.ts'

/**
 * The reader's page as it would look with the text saved now, in a frame (the preview route allows framing by the
 * newsroom's own pages only). It reloads with every saved version, so it follows the autosave.
 */
export function ReaderPreview({ story }: { story: Story }) {
  return (
    <div className="reader-preview">
      <iframe
        key={story.version}
        title={`Reader’s page: ${story.headline}`}
        src={`/api/v1/articles/${story.id}/preview`}
        sandbox="allow-same-origin"
      />
      <p className="hint">
        Shows the last saved version.{' '}
        <a href={`/api/v1/articles/${story.id}/preview`} target="_blank" rel="noopener">
          Open it full size<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </div>
  )
}
