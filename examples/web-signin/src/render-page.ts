/**
 * The site's one page, signed out or signed in, and its stylesheet and script (served as files so
 * the Content-Security-Policy can forbid inline code).
 *
 * @module
 */
import { escapeHtml } from './internal/html.js'

/** What the page shows about a signed-in user (from the verified ID token). */
export interface SignedInView {
  readonly username: string
  readonly email: string | undefined
  readonly sub: string
  readonly groups: readonly string[]
  /** `exp` of the ID token, epoch seconds. */
  readonly expiresAt: number
  readonly scope: string | undefined
}

/** The page's Content-Security-Policy: only this origin's script and style, no framing. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

/**
 * The page HTML.
 *
 * @example
 * ```ts
 * res.end(renderPage(session === undefined ? undefined : session.view))
 * ```
 */
export function renderPage(user: SignedInView | undefined, notice?: string): string {
  const body =
    user === undefined
      ? `<p id="status">You are not signed in.</p>
    <p><a id="sign-in" class="button" href="/signin">Sign in</a></p>`
      : `<p id="status">Signed in as <strong id="user">${escapeHtml(user.username)}</strong>${
          user.email === undefined ? '' : ` (<span id="email">${escapeHtml(user.email)}</span>)`
        }</p>
    <dl id="claims">
      <dt>sub</dt><dd>${escapeHtml(user.sub)}</dd>
      <dt>groups</dt><dd>${escapeHtml(user.groups.join(', ') || 'none')}</dd>
      <dt>scopes</dt><dd>${escapeHtml(user.scope ?? '')}</dd>
      <dt>ID token expires</dt><dd>${escapeHtml(new Date(user.expiresAt * 1000).toISOString())}</dd>
    </dl>
    <p><button id="call-backend" class="button" type="button">Call the backend</button>
       <a id="sign-out" href="/signout">Sign out</a></p>
    <pre id="backend-result" aria-live="polite"></pre>`
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Example App – web sign-in</title>
    <link rel="stylesheet" href="/app.css">
    <script src="/app.js" defer></script>
  </head>
  <body>
    <h1>Example App</h1>
    <p class="lead">Hosted-UI sign-in (authorization code + PKCE + nonce) with <code>@cognito-kit/runtime</code></p>
    ${notice === undefined ? '' : `<p id="notice" class="notice">${escapeHtml(notice)}</p>`}
    ${body}
  </body>
</html>
`
}

/** The page's stylesheet. */
export const PAGE_CSS = `body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 44rem; padding: 0 1rem; color: #1d2430; }
h1 { margin-bottom: 0; }
.lead { color: #5b6472; margin-top: .25rem; }
.button { display: inline-block; background: #2456d6; color: #fff; border: 0; border-radius: .4rem; padding: .5rem 1rem; font: inherit; text-decoration: none; cursor: pointer; }
#sign-out { margin-left: 1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; background: #f3f5f9; padding: .75rem 1rem; border-radius: .4rem; }
dt { font-weight: 600; }
dd { margin: 0; font-family: ui-monospace, monospace; font-size: .9rem; word-break: break-all; }
pre { background: #0f1620; color: #d6e2f0; padding: 1rem; border-radius: .4rem; min-height: 1.5rem; white-space: pre-wrap; }
pre:empty { display: none; }
.notice { background: #fff4d6; padding: .5rem 1rem; border-radius: .4rem; }
`

/** The page's script: calls the backend through this server and shows its answer. */
export const PAGE_SCRIPT = `document.getElementById('call-backend')?.addEventListener('click', async () => {
  const out = document.getElementById('backend-result')
  out.textContent = 'calling the backend...'
  try {
    const response = await fetch('/api/orders', { credentials: 'same-origin' })
    const answer = await response.json()
    out.dataset.status = String(answer.status)
    out.textContent = 'GET /orders answered ' + answer.status + '\\n' + JSON.stringify(answer.body, null, 2)
  } catch (error) {
    out.dataset.status = 'error'
    out.textContent = 'the call failed: ' + error
  }
})
`
