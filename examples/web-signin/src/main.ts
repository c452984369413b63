/**
 * Runs the web sign-in demo until Ctrl-C: `npm run build && node dist/main.js`, then open the
 * printed URL and click "Sign in".
 *
 * @module
 */
import { DEMO_USER, startDemo } from './start-demo.js'

const demo = await startDemo()
console.log(`web sign-in demo: open ${demo.site.url} and click "Sign in" (Ctrl-C stops it)
  pool domain and issuer (oidc-provider stand-in): ${demo.standIn.baseUrl}, ${demo.standIn.issuer}
  backend: ${demo.backend.url}
  the stand-in signs everyone in as ${DEMO_USER.username} <${DEMO_USER.email}>`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void demo.stop().then(() => process.exit(0))
  })
}
