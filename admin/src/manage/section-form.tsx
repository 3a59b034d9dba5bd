import { useState, type FormEvent } from 'react'
import { Field } from '../ui/field.tsx'
import { ProblemMessage } from './problem-message.tsx'
import { formProblem } from './form-problem.ts'
import { manageApi, type ManagedSection } from './manage-api.ts'
import { useFormSave } from './use-form-save.ts'
import { FormActions } from './form-actions.tsx'

/**
 * A new section, or a section's new name and address. The slug is the section's part of every address under it;
 * when left empty on a new section it is made from the name.
 */
export function SectionForm(props: {
  section?: ManagedSection
  onSaved: (section: ManagedSection) => void
  onCancel: () => void
}) {
  const { section } = props
  const [name, setName] = useState(section?.name ?? '')
  const [slug, setSlug] = useState(section?.slug ?? '')
  const { busy, problem, save } = useFormSave((error) =>
    formProblem(error, ['name', 'slug'], undefined, { slug_taken: ['slug'] }),
  )
  const prefix = section ? `section-${section.id}` : 'new-section'

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const wanted = slug.trim()
    await save(async () => {
      if (!section) {
        props.onSaved(await manageApi.createSection({ name, ...(wanted ? { slug: wanted } : {}) }))
        return
      }
      const patch = {
        ...(name !== section.name ? { name } : {}),
        ...(wanted && wanted !== section.slug ? { slug: wanted } : {}),
      }
      props.onSaved(Object.keys(patch).length ? await manageApi.changeSection(section.id, patch) : section)
    })
  }

  return (
    <form
      className={section ? 'edit-form' : 'panel form-panel'}
      aria-labelledby={section ? undefined : 'new-section-title'}
      aria-label={section ? `Edit ${section.name}` : undefined}
      onSubmit={submit}
      noValidate
    >
      {!section && (
        <h3 id="new-section-title" className="panel-title">
          Add a section
        </h3>
      )}
      <ProblemMessage problem={problem} />
      <div className="form-grid">
        <Field id={`${prefix}-name`} label="Name" error={problem?.fields.name}>
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
          id={`${prefix}-slug`}
          label="Address"
          hint={
            section
              ? 'Lowercase letters, digits and hyphens. Old addresses of its stories redirect to the new one.'
              : 'Lowercase letters, digits and hyphens. Leave empty to make it from the name.'
          }
          error={problem?.fields.slug}
        >
          {(c) => (
            <span className="slug-input">
              <span className="slug-prefix" aria-hidden="true">
                /
              </span>
              <input
                {...c}
                autoComplete="off"
                spellCheck={false}
                value={slug}
                onChange={(e) => setSlug(e.target.value)}
              />
            </span>
          )}
        </Field>
      </div>
      <FormActions
        busy={busy}
        busyLabel="Saving…"
        label={section ? 'Save section' : 'Add section'}
        onCancel={props.onCancel}
      />
    </form>
  )
}
