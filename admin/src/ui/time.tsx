import { useNewsroom } from '../app/newsroom-context.tsx'
import { fullTime, relativeTime, shortTime } from './time-format.ts'

/** A time as an editor reads it: how long ago, then the clock time in the paper's zone; every part on hover. */
export function Time({ iso, now, prefix }: { iso: string; now: number; prefix?: string }) {
  const { settings } = useNewsroom()
  const full = fullTime(iso, settings.timeZone, settings.zoneLabel)
  // `now` ticks every half minute; a story saved since then must not read as "in a moment".
  const at = Math.max(now, Date.now())
  return (
    <time dateTime={iso} title={full}>
      {prefix ? `${prefix} ` : ''}
      {relativeTime(iso, at)}
      <span className="time-abs"> · {shortTime(iso, settings.timeZone, at)}</span>
    </time>
  )
}
