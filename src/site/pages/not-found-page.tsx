import type { Store } from '../../core/ports.ts'
import type { RenderedPage } from '../cache/rendered-page.ts'
import { LayoutView } from '../view/layout-view.tsx'
import { NoticeView } from '../view/notice-view.tsx'
import { renderDocument } from './render-document.ts'
import { chromeKeys, expiresAtMidnight, loadContext } from './site-loader.ts'

/** One 404 page for every unknown address, cached once, so a flood of bad URLs costs no database reads. */
export async function renderNotFoundPage(store: Store, now: Date): Promise<RenderedPage> {
  const ctx = await loadContext(store, now)
  const html = renderDocument(
    <LayoutView
      ctx={ctx}
      meta={{
        title: `Page not found | ${ctx.settings.siteName}`,
        description: 'There is no page at this address.',
        canonicalPath: '/',
        noindex: true,
        type: 'website',
      }}
    >
      <NoticeView title="Page not found">
        <p>
          There is no page at this address. The <a href="/">front page</a> has today’s news.
        </p>
      </NoticeView>
    </LayoutView>,
  )
  return { status: 404, html, keys: chromeKeys, expiresAt: expiresAtMidnight(ctx) }
}
