import { desksInOrder, useNewsroom } from '../app/newsroom-context.tsx'

/** Chooses a desk: one's own desks first, then the others. */
export function DeskPicker(props: {
  id: string
  label: string
  value: number
  onChange: (deskId: number) => void
}) {
  const { desks, user } = useNewsroom()
  const { own, other } = desksInOrder(desks, user)
  const options = (list: typeof desks) =>
    list.map((d) => (
      <option key={d.id} value={d.id}>
        {d.name}
      </option>
    ))
  return (
    <div className="picker">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {own.length > 0 && other.length > 0 ? (
          <>
            <optgroup label="Your desks">{options(own)}</optgroup>
            <optgroup label="Other desks">{options(other)}</optgroup>
          </>
        ) : (
          options(desks)
        )}
      </select>
    </div>
  )
}
