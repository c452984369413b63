/**
 * The web sign-in example: a page and a tiny `node:http` server that sign a user in through the
 * Cognito hosted UI with `@cognito-kit/runtime` (code + PKCE + nonce), then call the backend
 * example with the access token. `startDemo()` runs it against a local OAuth stand-in.
 *
 * @module
 */
import { sitePool } from './site-pool.js'

export { PAGE_CSP, renderPage, type SignedInView } from './render-page.js'
export { SITE_SCOPES, type SiteDefinition, type SiteUrls, sitePool } from './site-pool.js'
export { DEMO_USER, type RunningDemo, startDemo } from './start-demo.js'
export { type RunningWebSignin, startWebSignin, type WebSigninOptions } from './start-web-signin.js'

/** The site's pool as deployed at `https://app.example.com`, written to `out/web-signin.json` by `npm start`. */
export const pools = {
  'web-signin': sitePool({
    callbackUrl: 'https://app.example.com/callback',
    signedOutUrl: 'https://app.example.com/',
    domainPrefix: 'example-app-web-signin',
  }),
}
