// Chromium from the system (`apt-get install -y chromium`); playwright-core never downloads one.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)

export async function launchChromium() {
  const executablePath = CANDIDATES.find((p) => existsSync(p))
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium (or set CHROMIUM_PATH)')
  return chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-background-networking'] })
}

/** Console errors and uncaught exceptions of every page opened in `context`. */
export function collectErrors(context) {
  const errors = []
  context.on('page', (page) => watchPage(page, errors))
  for (const page of context.pages()) watchPage(page, errors)
  return errors
}

function watchPage(page, errors) {
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`))
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`))
  // Chromium's console only says "Failed to load resource"; this names it.
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`))
}
