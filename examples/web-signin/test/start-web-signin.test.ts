/**
 * The site's server driven over HTTP, with the stand-in's headless sign-in playing the browser at
 * the pool's domain: the whole code + PKCE + nonce round trip, the session, the backend call, the
 * sign-out, and the refusals (unknown or replayed sign-ins, a tampered state).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_USER, type RunningDemo, startDemo } from '../src/start-demo.js'

let demo: RunningDemo
beforeAll(async () => {
  demo = await startDemo()
})
afterAll(async () => {
  await demo?.stop()
})

/** A minimal browser for the site's origin: one cookie jar, no automatic redirects. */
function siteBrowser() {
  const jar = new Map<string, string>()
  return {
    jar,
    async get(path: string) {
      const response = await fetch(new URL(path, demo.site.url), {
        redirect: 'manual',
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      })
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';')
        const [name = '', value = ''] = pair.split('=')
        if (/Max-Age=0/i.test(line)) jar.delete(name)
        else jar.set(name, value)
      }
      return {
        status: response.status,
        location: response.headers.get('location'),
        text: await response.text(),
        headers: response.headers,
      }
    },
  }
}

async function signIn(browser: ReturnType<typeof siteBrowser>) {
  const start = await browser.get('/signin')
  expect(start.status).toBe(302)
  const authorize = new URL(start.location as string)
  const callback = await demo.standIn.signIn(authorize)
  return { authorize, callback }
}

describe('the web sign-in server', () => {
  it('sends the browser to the hosted UI with code, PKCE S256, state, nonce and the site scopes', async () => {
    const browser = siteBrowser()
    const start = await browser.get('/signin')
    const url = new URL(start.location as string)
    expect(url.origin + url.pathname).toBe(`${demo.standIn.baseUrl}/oauth2/authorize`)
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'web',
      redirect_uri: demo.site.callbackUrl,
      scope: 'openid email profile orders/read',
      code_challenge_method: 'S256',
    })
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/)
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/)
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(browser.jar.has('ws_pending')).toBe(true)
    expect(start.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Lax/)
  })

  it('signs in, shows the user, calls the backend with the access token, and signs out', async () => {
    const browser = siteBrowser()
    const { callback } = await signIn(browser)
    const back = await browser.get(`${callback.pathname}${callback.search}`)
    expect(back.status).toBe(302)
    expect(back.location).toBe('/')
    expect(browser.jar.has('ws_session')).toBe(true)
    expect(browser.jar.has('ws_pending')).toBe(false)

    const page = await browser.get('/')
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(page.text).toContain(`Signed in as <strong id="user">${DEMO_USER.username}</strong>`)
    expect(page.text).toContain(DEMO_USER.email)

    const api = JSON.parse((await browser.get('/api/orders')).text)
    expect(api.status).toBe(200)
    expect(api.body.orders).toHaveLength(2)

    const out = await browser.get('/signout')
    expect(out.location).toBe(
      `${demo.standIn.baseUrl}/logout?client_id=web&logout_uri=${encodeURIComponent(`${demo.site.url}/`)}`,
    )
    expect(browser.jar.has('ws_session')).toBe(false)
    expect((await browser.get('/')).text).toContain('You are not signed in.')
    expect(JSON.parse((await browser.get('/api/orders')).text)).toEqual({
      status: 401,
      body: { error: 'not signed in' },
    })
  })

  it('refuses a callback whose state was tampered with', async () => {
    const browser = siteBrowser()
    const { callback } = await signIn(browser)
    callback.searchParams.set('state', 'forged-state-value-1234567890')
    const res = await browser.get(`${callback.pathname}${callback.search}`)
    expect(res.status).toBe(400)
    expect(res.text).toContain('ERR_OAUTH_STATE_MISMATCH')
    expect(browser.jar.has('ws_session')).toBe(false)
  })

  it('refuses a callback it did not start, and a replayed one', async () => {
    const browser = siteBrowser()
    const { callback } = await signIn(browser)
    const stranger = siteBrowser()
    const foreign = await stranger.get(`${callback.pathname}${callback.search}`)
    expect(foreign.status).toBe(400)
    expect(foreign.text).toContain('This sign-in was not started here or has expired.')
    expect((await browser.get(`${callback.pathname}${callback.search}`)).status).toBe(302)
    const replay = await browser.get(`${callback.pathname}${callback.search}`)
    expect(replay.status).toBe(400)
  })

  it('escapes what it shows and answers unknown paths and methods', async () => {
    const page = await siteBrowser().get('/?notice=%3Cscript%3Ealert(1)%3C%2Fscript%3E')
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect((await siteBrowser().get('/nope')).status).toBe(404)
    const post = await fetch(`${demo.site.url}/signin`, { method: 'POST' })
    expect(post.status).toBe(405)
    await post.body?.cancel()
  })
})
