import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** Debian's Chromium: Playwright cannot download its own browser on these machines. */
export const CHROMIUM = '/usr/bin/chromium'

export const hasChromium = existsSync(CHROMIUM)

/** Why a browser suite did not run, printed once so a skipped run is not mistaken for a passing one. */
export function noteSkipped(suite: string): void {
  if (!hasChromium) console.warn(`${suite}: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium)`)
}

/** A headless Chromium that stays off the network and keeps no state. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
