import { crawlerTokens, type Settings } from '../core/settings.ts'

/**
 * What the site tells machines about its rights, from the settings: robots.txt (which may shut AI crawlers out), and
 * the W3C TDMRep reservation of text-and-data-mining rights as a header on every page and as
 * /.well-known/tdmrep.json. The meta tag is written by the page head (view/head-view.tsx) from the same settings.
 */
type RightsSettings = Pick<
  Settings,
  'siteUrl' | 'aiCrawlers' | 'aiCrawlerAgents' | 'tdmReservation' | 'tdmPolicyUrl'
>

/** The TDMRep headers every page carries; `tdm-policy` only when rights are reserved and a policy is named. */
export function tdmHeaders(settings: RightsSettings): Record<string, string> {
  const reserved = settings.tdmReservation === 1
  return {
    'tdm-reservation': reserved ? '1' : '0',
    ...(reserved && settings.tdmPolicyUrl ? { 'tdm-policy': settings.tdmPolicyUrl } : {}),
  }
}

/** /.well-known/tdmrep.json: one rule for the whole site. */
export function tdmRepJson(settings: RightsSettings): string {
  const rule: Record<string, string | number> = {
    location: '/*',
    'tdm-reservation': settings.tdmReservation,
  }
  if (settings.tdmReservation === 1 && settings.tdmPolicyUrl) rule['tdm-policy'] = settings.tdmPolicyUrl
  return `${JSON.stringify([rule], null, 2)}\n`
}

/**
 * robots.txt (RFC 9309): every crawler may read the site but not the API or the newsroom; when AI crawlers are
 * blocked, each listed one gets a group of its own that shuts it out of everything (a crawler obeys only the most
 * specific group naming it, so it does not fall back to `*`).
 */
export function robotsTxt(settings: RightsSettings): string {
  const lines: string[] = []
  if (settings.aiCrawlers === 'block') {
    lines.push('# Crawlers that gather text for AI may not read this site.')
    for (const agent of crawlerTokens(settings.aiCrawlerAgents)) {
      lines.push(`User-agent: ${agent}`, 'Disallow: /', '')
    }
  }
  lines.push('User-agent: *', 'Disallow: /api/', 'Disallow: /admin', '')
  lines.push(`Sitemap: ${settings.siteUrl}/sitemap.xml`, '')
  return lines.join('\n')
}
