/**
 * The web sign-in in a real browser: Debian's Chromium driven by playwright-core. The test clicks
 * "Sign in", the browser follows the hosted-UI flow at the stand-in (authorize, sign-in
 * interaction, consent) back to the callback, the page shows the signed-in user, "Call the
 * backend" shows the backend's answer, and a screenshot is saved. Chromium missing is a failure.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_USER, type RunningDemo, startDemo } from '../src/start-demo.js'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots')

let demo: RunningDemo
let browser: Browser
let page: Page
// Chromium's profile and playwright's artifacts go to a private temp dir, removed afterwards.
const privateTmp = mkdtempSync(join(tmpdir(), 'web-signin-chromium-'))
const savedTmpdir = process.env.TMPDIR

const missing = existsSync(CHROMIUM)
  ? undefined
  : `Chromium is not installed at ${CHROMIUM}: run "apt-get install -y chromium" (CI's .ci/run does); never "playwright install"`

/** Fails the calling test (never skips it) when there is no browser. */
function requireBrowser(): Page {
  if (missing !== undefined) throw new Error(missing)
  return page
}

beforeAll(async () => {
  if (missing !== undefined) return
  process.env.TMPDIR = privateTmp
  demo = await startDemo()
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    env: { ...process.env, TMPDIR: privateTmp },
  })
  page = await browser.newPage({ viewport: { width: 900, height: 700 } })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await demo?.stop()
  if (savedTmpdir === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = savedTmpdir
  rmSync(privateTmp, { recursive: true, force: true })
})

describe('web sign-in in Chromium', () => {
  it('signs in through the hosted UI, shows the user and the backend’s answer', async () => {
    const page = requireBrowser()
    const visited: string[] = []
    // Every hop of the redirect chain is a navigation request (redirects never commit a page).
    page.on('request', (request) => {
      if (request.isNavigationRequest()) visited.push(request.url())
    })
    await page.goto(demo.site.url)
    await expect(page.locator('#status').textContent()).resolves.toBe('You are not signed in.')

    await Promise.all([page.waitForURL(`${demo.site.url}/`), page.click('#sign-in')])
    // The browser went through the pool's domain and came back through the callback.
    expect(visited.some((u) => u.startsWith(`${demo.standIn.baseUrl}/`))).toBe(true)
    expect(visited.some((u) => u.startsWith(`${demo.site.callbackUrl}?code=`))).toBe(true)

    await expect(page.locator('#user').textContent()).resolves.toBe(DEMO_USER.username)
    await expect(page.locator('#email').textContent()).resolves.toBe(DEMO_USER.email)
    await expect(page.locator('#claims').textContent()).resolves.toContain('orders/read')

    await page.click('#call-backend')
    const result = page.locator('#backend-result[data-status]')
    await result.waitFor({ timeout: 10_000 })
    await expect(result.getAttribute('data-status')).resolves.toBe('200')
    const text = (await result.textContent()) ?? ''
    expect(text).toContain('GET /orders answered 200')
    expect(text).toContain('"item": "Blue mug"')

    mkdirSync(SCREENSHOTS, { recursive: true })
    const file = join(SCREENSHOTS, 'signed-in.png')
    await page.screenshot({ path: file, fullPage: true })
    expect(existsSync(file)).toBe(true)
  })

  it('signs out through the pool’s /logout and comes back signed out', async () => {
    const page = requireBrowser()
    await Promise.all([page.waitForURL(`${demo.site.url}/`), page.click('#sign-out')])
    await expect(page.locator('#status').textContent()).resolves.toBe('You are not signed in.')
    const cookies = await page.context().cookies(demo.site.url)
    expect(cookies.map((c) => c.name)).not.toContain('ws_session')
  })
})
