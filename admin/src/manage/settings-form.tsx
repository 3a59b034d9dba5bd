import { useMemo, useState, type FormEvent } from 'react'
import { useNow } from '../ui/use-now.ts'
import { Field } from '../ui/field.tsx'
import { ProblemMessage } from './problem-message.tsx'
import { formProblem, type FormProblem } from './form-problem.ts'
import { manageApi, type SiteSettings } from './manage-api.ts'
import {
  changedSettings,
  clockIn,
  draftOf,
  knownZones,
  SETTING_KEYS,
  SETTING_LABELS as L,
  type SettingKey,
  type SettingsDraft,
} from './settings-fields.ts'

/**
 * Every site setting in one form. Only what changed is sent, and the API stores all of it or, when any value is
 * wrong, none: each wrong one is then marked by its field, and what was typed stays.
 */
export function SettingsForm(props: { settings: SiteSettings }) {
  const [stored, setStored] = useState(props.settings)
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(props.settings))
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<FormProblem | null>(null)
  const [saved, setSaved] = useState<string>('')
  const zones = useMemo(knownZones, [])
  const now = useNow()
  const patch = changedSettings(draft, stored)
  const dirty = Object.keys(patch).length > 0

  const set = (key: SettingKey) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setSaved('')
  }
  const err = (key: SettingKey) => problem?.fields[key]

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!dirty) return setSaved('Nothing to save: no setting has changed.')
    setBusy(true)
    setSaved('')
    try {
      const after = await manageApi.changeSettings(patch)
      setStored(after)
      setDraft(draftOf(after))
      setProblem(null)
      setSaved('Saved')
    } catch (error) {
      setProblem(formProblem(error, SETTING_KEYS))
    } finally {
      setBusy(false)
    }
  }

  const text = (key: SettingKey, hint?: string, type: 'text' | 'url' | 'number' = 'text') => (
    <Field id={`setting-${key}`} label={L[key]} hint={hint} error={err(key)}>
      {(c) => (
        <input
          {...c}
          type={type}
          autoComplete="off"
          spellCheck={type === 'text'}
          value={draft[key]}
          onChange={(e) => set(key)(e.target.value)}
        />
      )}
    </Field>
  )
  const clock = clockIn(draft.timeZone, draft.zoneLabel, now)

  return (
    <form className="settings-form" aria-label="Site settings" onSubmit={submit} noValidate>
      <ProblemMessage problem={problem} />
      <fieldset className="settings-group">
        <legend>The paper</legend>
        <div className="form-grid">
          {text('siteName')}
          {text('tagline')}
          {text('siteUrl', 'Used in links, feeds and sitemaps.', 'url')}
          {text('language', 'A language tag such as en or bn-BD.')}
        </div>
      </fieldset>

      <fieldset className="settings-group">
        <legend>Time</legend>
        <div className="form-grid">
          <Field
            id="setting-timeZone"
            label={L.timeZone}
            hint={
              clock
                ? `Readers see times in this zone. Now there: ${clock}.`
                : 'An IANA zone such as Asia/Dhaka.'
            }
            error={err('timeZone')}
          >
            {(c) => (
              <input
                {...c}
                list="known-zones"
                autoComplete="off"
                spellCheck={false}
                value={draft.timeZone}
                onChange={(e) => set('timeZone')(e.target.value)}
              />
            )}
          </Field>
          <datalist id="known-zones">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          {text('zoneLabel', 'Printed after times, such as BDST. Yours to choose.')}
        </div>
      </fieldset>

      <fieldset className="settings-group">
        <legend>Rights and crawlers</legend>
        <div className="form-grid">
          <Field
            id="setting-rightsNotice"
            label={L.rightsNotice}
            hint="Shown at the foot of every page."
            error={err('rightsNotice')}
            className="wide"
          >
            {(c) => (
              <textarea
                {...c}
                rows={3}
                value={draft.rightsNotice}
                onChange={(e) => set('rightsNotice')(e.target.value)}
              />
            )}
          </Field>
          <fieldset
            className="field choices wide"
            aria-describedby={err('aiCrawlers') ? 'setting-aiCrawlers-error' : undefined}
          >
            <legend>{L.aiCrawlers}</legend>
            <ul className="choice-list stacked">
              <li>
                <input
                  id="setting-aiCrawlers-block"
                  type="radio"
                  name="aiCrawlers"
                  checked={draft.aiCrawlers === 'block'}
                  onChange={() => set('aiCrawlers')('block')}
                />
                <label htmlFor="setting-aiCrawlers-block">Keep them out (robots.txt turns them away)</label>
              </li>
              <li>
                <input
                  id="setting-aiCrawlers-allow"
                  type="radio"
                  name="aiCrawlers"
                  checked={draft.aiCrawlers === 'allow'}
                  onChange={() => set('aiCrawlers')('allow')}
                />
                <label htmlFor="setting-aiCrawlers-allow">Let them in</label>
              </li>
            </ul>
            {err('aiCrawlers') && (
              <p className="field-error" id="setting-aiCrawlers-error">
                {err('aiCrawlers')}
              </p>
            )}
          </fieldset>
          <Field
            id="setting-aiCrawlerAgents"
            label={L.aiCrawlerAgents}
            hint="Their robots.txt names, separated by commas, such as GPTBot, ClaudeBot, CCBot."
            error={err('aiCrawlerAgents')}
            className="wide"
          >
            {(c) => (
              <textarea
                {...c}
                rows={2}
                spellCheck={false}
                value={draft.aiCrawlerAgents}
                onChange={(e) => set('aiCrawlerAgents')(e.target.value)}
              />
            )}
          </Field>
          <div className="field check wide">
            <input
              id="setting-tdmReservation"
              type="checkbox"
              checked={draft.tdmReservation === '1'}
              aria-describedby={
                err('tdmReservation')
                  ? 'setting-tdmReservation-error setting-tdmReservation-hint'
                  : 'setting-tdmReservation-hint'
              }
              onChange={(e) => set('tdmReservation')(e.target.checked ? '1' : '0')}
            />
            <label htmlFor="setting-tdmReservation">Reserve text and data mining rights</label>
            {err('tdmReservation') && (
              <p className="field-error" id="setting-tdmReservation-error">
                {err('tdmReservation')}
              </p>
            )}
            <p className="hint" id="setting-tdmReservation-hint">
              Says so to machines on every page (the W3C TDMRep header and meta tag).
            </p>
          </div>
          {text('tdmPolicyUrl', 'Where your terms for mining are published; empty for none.', 'url')}
        </div>
      </fieldset>

      <fieldset className="settings-group">
        <legend>Housekeeping</legend>
        <div className="form-grid">
          {text(
            'spikeRetentionDays',
            'A spiked story can be restored until then, and is deleted after.',
            'number',
          )}
          {text(
            'purgeUrl',
            'Told which pages changed after each change, so a CDN drops them; empty for none.',
            'url',
          )}
        </div>
      </fieldset>

      <div className="form-actions sticky-actions">
        <button className="button primary" type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save settings'}
        </button>
        {dirty && !busy && (
          <button
            className="button quiet"
            type="button"
            onClick={() => {
              setDraft(draftOf(stored))
              setProblem(null)
            }}
          >
            Undo changes
          </button>
        )}
        <span className="form-status" role="status">
          {saved || (dirty ? 'Unsaved changes' : '')}
        </span>
      </div>
    </form>
  )
}
