import { useEffect, useState } from 'react'
import { instantFromWallTime, wallTime } from '../../../src/core/time-format.ts'

const pad = (n: number) => String(n).padStart(2, '0')

/** The `datetime-local` value showing `iso` on the paper's clock, e.g. `2024-05-16T09:35`. */
export function toZonedInput(iso: string | null, zone: string): string {
  if (!iso) return ''
  const w = wallTime(iso, zone)
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`
}

/** The instant a `datetime-local` value names on the paper's clock, or null for an empty or unfinished value. */
export function fromZonedInput(value: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value)
  if (!m) return null
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number]
  return instantFromWallTime({ year, month, day, hour, minute }, zone).toISOString()
}

/**
 * A date and time typed on the paper's clock (the zone label beside it says which), not the computer's: a desk in
 * Dhaka and a correspondent in London mean the same minute by "09:35".
 */
export function ZonedTimeInput(props: {
  id: string
  value: string | null
  zone: string
  zoneLabel: string
  disabled?: boolean
  describedBy?: string
  onChange(iso: string | null): void
}) {
  const { value, zone } = props
  const [text, setText] = useState(() => toZonedInput(value, zone))
  // Follow a value changed from outside (a reload) without fighting the person typing.
  useEffect(() => {
    setText((t) => (fromZonedInput(t, zone) === value ? t : toZonedInput(value, zone)))
  }, [value, zone])
  return (
    <span className="zoned-time">
      <input
        id={props.id}
        type="datetime-local"
        value={text}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(e) => {
          setText(e.target.value)
          if (e.target.value === '') props.onChange(null)
          else {
            const iso = fromZonedInput(e.target.value, zone)
            if (iso) props.onChange(iso)
          }
        }}
      />
      <span className="zone-label">{props.zoneLabel}</span>
    </span>
  )
}
