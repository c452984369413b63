/**
 * Pre authentication: users of a suspended workspace cannot sign in. Cognito shows the denial
 * message (`PreAuthentication failed with error ...`).
 *
 * @module
 */
import { deny, preAuthentication } from '@cognito-kit/triggers'
import type { AppPoolDefinition } from './app-pool.js'

/** What the pre authentication handler needs. */
export interface PreAuthenticationDependencies {
  /** Whether a workspace (`custom:tenant`) is suspended. */
  isTenantSuspended(tenant: string): boolean | Promise<boolean>
}

/**
 * Builds the pre authentication Lambda handler.
 *
 * @example
 * ```ts
 * const suspended = new Set(['globex'])
 * export const handler = preAuthenticationHandler({ isTenantSuspended: (tenant) => suspended.has(tenant) })
 * ```
 */
export function preAuthenticationHandler(dependencies: PreAuthenticationDependencies) {
  return preAuthentication.for<AppPoolDefinition>()(async (event) => {
    const tenant = event.request.userAttributes['custom:tenant']
    if (tenant !== undefined && (await dependencies.isTenantSuspended(tenant))) {
      return deny(`The workspace ${tenant} is suspended; contact your administrator`)
    }
    return undefined
  })
}
