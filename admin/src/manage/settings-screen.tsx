import { useNewsroom } from '../app/newsroom-context.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { useResource } from '../ui/use-resource.ts'
import { manageApi, type SiteSettings } from './manage-api.ts'
import { ScreenHead } from './screen-head.tsx'
import { SETTING_KEYS, SETTING_LABELS } from './settings-fields.ts'
import { SettingsForm } from './settings-form.tsx'

const TITLE = 'Site settings'
const LEDE = 'The paper’s name and address, its time zone, and what it tells crawlers about its rights.'

/** A setting's value as someone who may only look reads it. */
function shown(key: keyof SiteSettings, s: SiteSettings): string {
  if (key === 'aiCrawlers') return s.aiCrawlers === 'block' ? 'Kept out' : 'Let in'
  if (key === 'tdmReservation') return s.tdmReservation === 1 ? 'Rights reserved' : 'Not reserved'
  const value = String(s[key])
  return value === '' ? 'None' : value
}

/** The site's settings: a form for administrators, the values for everyone else. */
export function SettingsScreen() {
  const { user } = useNewsroom()
  const admin = user.role === 'admin'
  const settings = useResource(() => manageApi.settings(), [])
  return (
    <>
      <ScreenHead title={TITLE} lede={LEDE} readOnly={!admin} />
      {!settings.data ? (
        settings.error ? (
          <LoadError error={settings.error} onRetry={settings.reload} />
        ) : (
          <Loading label="Loading settings" />
        )
      ) : admin ? (
        <SettingsForm settings={settings.data} />
      ) : (
        <SettingsList settings={settings.data} />
      )}
    </>
  )
}

function SettingsList({ settings }: { settings: SiteSettings }) {
  return (
    <dl className="facts settings-facts">
      {SETTING_KEYS.map((key) => (
        <div key={key} className={key === 'rightsNotice' || key === 'aiCrawlerAgents' ? 'wide' : undefined}>
          <dt>{SETTING_LABELS[key]}</dt>
          <dd className="break">{shown(key, settings)}</dd>
        </div>
      ))}
    </dl>
  )
}
