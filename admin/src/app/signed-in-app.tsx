import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { User } from '../api/types.ts'
import { DashboardPage } from '../desk/dashboard-page.tsx'
import { followLiveChanges } from '../live/live-changes.ts'
import { LiveContext } from '../live/use-live-refresh.tsx'
import { StoryPage } from '../story/story-page.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { useResource } from '../ui/use-resource.ts'
import { WirePage } from '../wire/wire-page.tsx'
import { AppShell } from './app-shell.tsx'
import { NewsroomContext, type Newsroom } from './newsroom-context.tsx'
import { NotFoundPage } from './not-found-page.tsx'
import { parseRoute, usePathname } from './router.tsx'

// The desk, the wire and a story are the day's work and load with the app; the rest loads when first opened.
const HistoryPage = lazy(() => import('../story/history-page.tsx').then((m) => ({ default: m.HistoryPage })))
const MediaPage = lazy(() => import('../media/media-page.tsx').then((m) => ({ default: m.MediaPage })))
const FrontPage = lazy(() => import('../front/front-page.tsx').then((m) => ({ default: m.FrontPage })))
const ManagePage = lazy(() => import('../manage/manage-page.tsx').then((m) => ({ default: m.ManagePage })))

/** The newsroom once signed in: what every screen shares, the live stream, and the screen the address names. */
export function SignedInApp({ user, onSignOut }: { user: User; onSignOut: () => void }) {
  const shared = useResource(
    () => Promise.all([newsroomApi.desks(), newsroomApi.settings(), newsroomApi.sections()]),
    [],
  )
  const [live, setLive] = useState<ReturnType<typeof followLiveChanges> | null>(null)
  useEffect(() => {
    const following = followLiveChanges()
    setLive(following)
    return () => following.stop()
  }, [])
  // Desks, stages, sections and settings change rarely: read again when the stream says they did (`catalog`), or
  // when changes may have been missed.
  useEffect(
    () => live?.subscribe((change) => (change === 'all' || change.has('catalog')) && shared.reload()),
    [live, shared.reload],
  )

  const newsroom = useMemo<Newsroom | null>(() => {
    if (!shared.data) return null
    const [desks, settings, sections] = shared.data
    return { user, desks: desks.items, settings, sections: sections.items }
  }, [shared.data, user])

  const route = parseRoute(usePathname())
  if (!newsroom) {
    return shared.error ? (
      <LoadError error={shared.error} onRetry={shared.reload} />
    ) : (
      <Loading label="Opening the newsroom" />
    )
  }
  return (
    <NewsroomContext.Provider value={newsroom}>
      <LiveContext.Provider value={live}>
        <AppShell route={route} onSignOut={onSignOut}>
          {route.name === 'dashboard' && <DashboardPage deskId={route.deskId} />}
          {route.name === 'wire' && <WirePage />}
          {route.name === 'story' && <StoryPage id={route.id} />}
          <Suspense fallback={<Loading label="Loading" />}>
            {route.name === 'history' && <HistoryPage id={route.id} />}
            {route.name === 'media' && <MediaPage />}
            {route.name === 'front' && <FrontPage />}
            {route.name === 'manage' && <ManagePage section={route.section} />}
          </Suspense>
          {route.name === 'not-found' && <NotFoundPage />}
        </AppShell>
      </LiveContext.Provider>
    </NewsroomContext.Provider>
  )
}
