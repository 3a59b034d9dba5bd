import type { ReactNode } from 'react'
import type { Desk } from '../api/types.ts'
import { Time } from '../ui/time.tsx'
import type { Source } from './manage-api.ts'
import { deliveryText, FORMAT_LABELS, pushAddress } from './source-text.ts'

/** One source: how it delivers, where its items go, and how it has been doing (last success, last error, today). */
export function SourceCard(props: {
  source: Source
  desks: readonly Desk[]
  now: number
  children?: ReactNode
}) {
  const { source: s } = props
  const desk = props.desks.find((d) => d.id === s.deskId)
  const failing = s.state.lastErrorAt !== null && (s.state.lastSuccessAt ?? '') < s.state.lastErrorAt
  return (
    <li className="source-card">
      <div className="card-head">
        <h3 id={`source-${s.id}-name`}>{s.name}</h3>
        <p className="badges">
          <span className={s.enabled ? 'badge is-on' : 'badge is-off'}>
            {s.enabled ? 'Active' : 'Paused'}
          </span>
          {s.autoPublish && <span className="badge is-waiting">Publishes at once</span>}
          {failing && <span className="badge is-error">Failing</span>}
        </p>
      </div>
      <dl className="facts">
        <div>
          <dt>Arrives</dt>
          <dd>{deliveryText(s)}</dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>{FORMAT_LABELS[s.format]}</dd>
        </div>
        <div>
          <dt>Desk</dt>
          <dd>{desk?.name ?? 'None (the wire only)'}</dd>
        </div>
        <div>
          <dt>Documents today</dt>
          <dd>{s.itemsToday}</dd>
        </div>
        <div>
          <dt>Last success</dt>
          <dd>{s.state.lastSuccessAt ? <Time iso={s.state.lastSuccessAt} now={props.now} /> : 'Not yet'}</dd>
        </div>
        {s.url && (
          <div className="wide">
            <dt>URL</dt>
            <dd className="break">{s.url}</dd>
          </div>
        )}
        {s.dir && (
          <div className="wide">
            <dt>Folder</dt>
            <dd className="break">{s.dir}</dd>
          </div>
        )}
        {s.state.lastError && (
          <div className="wide">
            <dt>Last error</dt>
            <dd className="break">
              {s.state.lastErrorAt && (
                <>
                  <Time iso={s.state.lastErrorAt} now={props.now} />:{' '}
                </>
              )}
              {s.state.lastError}
            </dd>
          </div>
        )}
        <div className="wide">
          <dt>Push address</dt>
          <dd className="break">
            <code>{pushAddress(s.name)}</code>
          </dd>
        </div>
      </dl>
      {props.children}
    </li>
  )
}
