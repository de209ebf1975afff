// Which Chromium the rendering tests drive. Debian's, where it is installed
// (CI images that have it, developers who installed it); otherwise the one the
// devDependency @sparticuz/chromium ships inside its npm package, so that
// `npm ci && npm test` is the whole set-up on a machine without a browser.

import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/**
 * Flags for a closed network and a root user: no sandbox (root), and none of
 * the background connections Chromium makes at start-up, which a machine
 * without network refuses many at a time.
 */
const QUIET = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/**
 * The packaged build's own flags (made for one page per serverless call), less
 * those that do not fit here: these tests check what a page may load and run,
 * so web security stays on; and they open and close many pages, which a
 * single-process browser does not survive (closing a page ends it).
 */
const UNFIT = [
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
  '--single-process'
]

export interface LaunchedBrowser {
  browser: Browser
  /** Where the executable came from, for the test's log. */
  source: 'system' | 'npm'
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  if (existsSync(SYSTEM_CHROMIUM)) {
    const browser = await chromium.launch({
      executablePath: SYSTEM_CHROMIUM,
      headless: true,
      args: QUIET
    })
    return { browser, source: 'system' }
  }
  const packaged = (await import('@sparticuz/chromium')).default
  const executablePath = await packaged.executablePath()
  const args = [...new Set([...packaged.args.filter(a => !UNFIT.includes(a)), ...QUIET])]
  const browser = await launchTwice(() => chromium.launch({ executablePath, headless: true, args }))
  return { browser, source: 'npm' }
}

/**
 * The packaged build now and then dies at start-up (SIGSEGV before the first
 * page; seen once here in a clean-clone run, the next launch fine): one more
 * launch, so that a crash of the browser's start is not read as a failure of
 * what the tests check. A second crash fails as before.
 */
async function launchTwice(launch: () => Promise<Browser>): Promise<Browser> {
  try {
    return await launch()
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err)
    process.stderr.write(`Chromium did not start (${why}); launching it once more\n`)
    return launch()
  }
}
