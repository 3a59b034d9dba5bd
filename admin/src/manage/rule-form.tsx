import { useState, type FormEvent } from 'react'
import type { Desk } from '../api/types.ts'
import { Field } from '../ui/field.tsx'
import { ProblemMessage } from './problem-message.tsx'
import { formProblem } from './form-problem.ts'
import { listOfWords } from '../ui/words.ts'
import { manageApi, type RoutingRule, type RuleMatch, type Source } from './manage-api.ts'
import { useFormSave } from './use-form-save.ts'
import { FormActions } from './form-actions.tsx'

const FIELDS = [
  'name',
  'sourceId',
  'subjects',
  'keywords',
  'languages',
  'maxUrgency',
  'deskId',
  'stageId',
  'publish',
]
/** `match.keywords.2` is the keywords field's problem. */
const fieldOf = (path: string) => {
  const [first, second] = path.split('.')
  return first === 'match' && second ? second : (first ?? '')
}

/**
 * A new routing rule: which items it takes (from one source or every source; subjects, keywords, languages,
 * urgency: every condition given must hold) and where they go: a desk and stage, or straight to publication.
 */
export function RuleForm(props: {
  sources: readonly Source[]
  desks: readonly Desk[]
  onCreated: (rule: RoutingRule) => void
  onCancel: () => void
}) {
  const [name, setName] = useState('')
  const [sourceId, setSourceId] = useState<number | null>(null)
  const [keywords, setKeywords] = useState('')
  const [subjects, setSubjects] = useState('')
  const [languages, setLanguages] = useState('')
  const [maxUrgency, setMaxUrgency] = useState('')
  const [deskId, setDeskId] = useState<number | null>(props.desks[0]?.id ?? null)
  const [stageId, setStageId] = useState<number | null>(null)
  const [publish, setPublish] = useState(false)
  const { busy, problem, save } = useFormSave((error) => formProblem(error, FIELDS, fieldOf))
  const stages = [...(props.desks.find((d) => d.id === deskId)?.stages ?? [])].sort(
    (a, b) => a.position - b.position,
  )

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const match: RuleMatch = {}
    const words = listOfWords(keywords)
    const topics = listOfWords(subjects)
    const langs = listOfWords(languages)
    if (words.length) match.keywords = words
    if (topics.length) match.subjects = topics
    if (langs.length) match.languages = langs
    if (maxUrgency) match.maxUrgency = Number(maxUrgency)
    await save(async () => {
      props.onCreated(await manageApi.createRule({ name, sourceId, match, deskId, stageId, publish }))
    })
  }

  return (
    <form className="panel form-panel" aria-labelledby="new-rule-title" onSubmit={submit} noValidate>
      <h3 id="new-rule-title" className="panel-title">
        Add a routing rule
      </h3>
      <ProblemMessage problem={problem} />
      <div className="form-grid">
        <Field id="new-rule-name" label="Name" error={problem?.fields.name}>
          {(c) => (
            <input
              {...c}
              autoFocus
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field
          id="new-rule-source"
          label="For items from"
          hint="A source’s own rules are tried before the rules for every source."
          error={problem?.fields.sourceId}
        >
          {(c) => (
            <select
              {...c}
              value={sourceId ?? ''}
              onChange={(e) => setSourceId(e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">Every source</option>
              {props.sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="rule-match">
        <legend>Items that match</legend>
        <p className="hint">
          Every condition you fill in must hold; leave them all empty to take every item.
        </p>
        <div className="form-grid">
          <Field
            id="new-rule-keywords"
            label="Keywords"
            hint="Any of them in the headline, keywords or slugline. Separate with commas."
            error={problem?.fields.keywords}
          >
            {(c) => (
              <input
                {...c}
                autoComplete="off"
                value={keywords}
                onChange={(e) => setKeywords(e.target.value)}
              />
            )}
          </Field>
          <Field
            id="new-rule-subjects"
            label="Subjects"
            hint="IPTC Media Topic codes such as 15000000, or subject URIs. Separate with commas."
            error={problem?.fields.subjects}
          >
            {(c) => (
              <input
                {...c}
                autoComplete="off"
                spellCheck={false}
                value={subjects}
                onChange={(e) => setSubjects(e.target.value)}
              />
            )}
          </Field>
          <Field
            id="new-rule-languages"
            label="Languages"
            hint="Such as en or bn; en also takes en-GB. Separate with commas."
            error={problem?.fields.languages}
          >
            {(c) => (
              <input
                {...c}
                autoComplete="off"
                spellCheck={false}
                value={languages}
                onChange={(e) => setLanguages(e.target.value)}
              />
            )}
          </Field>
          <Field id="new-rule-urgency" label="Urgency" error={problem?.fields.maxUrgency}>
            {(c) => (
              <select {...c} value={maxUrgency} onChange={(e) => setMaxUrgency(e.target.value)}>
                <option value="">Any</option>
                <option value="1">Flash only (1)</option>
                {[2, 3, 4, 5, 6, 7, 8].map((n) => (
                  <option key={n} value={n}>
                    1 to {n}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset className="rule-match">
        <legend>Send them to</legend>
        <div className="form-grid">
          <Field id="new-rule-desk" label="Desk" error={problem?.fields.deskId}>
            {(c) => (
              <select
                {...c}
                value={deskId ?? ''}
                onChange={(e) => {
                  setDeskId(e.target.value ? Number(e.target.value) : null)
                  setStageId(null)
                }}
              >
                <option value="">No desk (the wire only)</option>
                {props.desks.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="new-rule-stage" label="Stage" error={problem?.fields.stageId}>
            {(c) => (
              <select
                {...c}
                value={stageId ?? ''}
                disabled={deskId === null}
                onChange={(e) => setStageId(e.target.value ? Number(e.target.value) : null)}
              >
                <option value="">The desk’s first</option>
                {stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field check wide">
            <input
              id="new-rule-publish"
              type="checkbox"
              checked={publish}
              aria-describedby="new-rule-publish-hint"
              onChange={(e) => setPublish(e.target.checked)}
            />
            <label htmlFor="new-rule-publish">Publish them at once</label>
            <p className="hint" id="new-rule-publish-hint">
              Without an editor, after any embargo. Only for a service you trust completely.
            </p>
          </div>
        </div>
      </fieldset>
      <FormActions busy={busy} busyLabel="Adding…" label="Add rule" onCancel={props.onCancel} />
    </form>
  )
}
