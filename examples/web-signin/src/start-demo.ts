/**
 * The whole web sign-in demo on this machine: the oidc-provider stand-in playing the Cognito pool
 * (its domain and issuer), the backend example, and the site. Nothing leaves 127.0.0.1.
 *
 * @module
 */

import { type OidcStandIn, startOidcStandIn } from '@cognito-kit/oidc-stand-in'
import { createBackendVerifier, type RunningBackend, startBackend } from '@cognito-kit-examples/backend'
import { freePort } from './internal/free-port.js'
import { type RunningWebSignin, startWebSignin } from './start-web-signin.js'

/** The user the stand-in signs in. */
export const DEMO_USER = Object.freeze({
  username: 'alice',
  email: 'alice@example.com',
  groups: ['members'],
})

/** The running demo. */
export interface RunningDemo {
  readonly standIn: OidcStandIn
  readonly backend: RunningBackend
  readonly site: RunningWebSignin
  /** Stops all three (the site first). Safe to call twice. */
  stop(): Promise<void>
}

/**
 * Starts the stand-in, the backend and the site, each on a free loopback port.
 *
 * @example
 * ```ts
 * const demo = await startDemo()
 * console.log(`open ${demo.site.url}`)
 * await demo.stop()
 * ```
 */
export async function startDemo(): Promise<RunningDemo> {
  const started: { stop(): Promise<void> }[] = []
  const stopAll = async () => {
    for (const part of started.splice(0).reverse()) await part.stop()
  }
  try {
    // The stand-in registers the site's callback URL up front, so the site's port is chosen first
    // (and chosen again if another process took it in between).
    for (let attempt = 1; ; attempt++) {
      const port = await freePort()
      const origin = `http://localhost:${port}`
      const standIn = await startOidcStandIn({
        userPoolId: 'eu-west-1_WebSignIn1',
        clients: [{ clientId: 'web', redirectUris: [`${origin}/callback`], logoutUris: [`${origin}/`] }],
        users: [{ username: DEMO_USER.username, email: DEMO_USER.email, groups: [...DEMO_USER.groups] }],
        resourceServers: [{ identifier: 'orders', scopes: ['read'] }],
      })
      started.push(standIn)
      const backend = await startBackend({
        verifier: createBackendVerifier({
          userPoolId: standIn.userPoolId,
          clientId: 'web',
          unsafeCustomIssuer: { issuer: standIn.issuer },
        }),
      })
      started.push(backend)
      let site: RunningWebSignin
      try {
        site = await startWebSignin({
          domain: standIn.baseUrl,
          userPoolId: standIn.userPoolId,
          clientId: 'web',
          backendUrl: backend.url,
          unsafeCustomIssuer: standIn.issuer,
          port,
        })
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'EADDRINUSE' || attempt >= 3) throw error
        await stopAll()
        continue
      }
      started.push(site)
      let stopped: Promise<void> | undefined
      return Object.freeze({ standIn, backend, site, stop: () => (stopped ??= stopAll()) })
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
