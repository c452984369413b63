/**
 * Post authentication: an audit record of every sign-in, flagged when it came from a new device.
 *
 * @module
 */
import { postAuthentication } from '@cognito-kit/triggers'
import type { AppPoolDefinition } from './app-pool.js'

/** One sign-in, as audited. */
export interface SignInRecord {
  readonly userPoolId: string
  /** The user's `sub`. */
  readonly sub: string
  /** The app client the user signed in to (`null` when Cognito does not say). */
  readonly clientId: string | null
  readonly newDevice: boolean
}

/** What the post authentication handler needs. */
export interface PostAuthenticationDependencies {
  /** Stores an audit record. */
  record(entry: SignInRecord): void | Promise<void>
}

/**
 * Builds the post authentication Lambda handler.
 *
 * @example
 * ```ts
 * export const handler = postAuthenticationHandler({ record: (entry) => console.log(JSON.stringify(entry)) })
 * ```
 */
export function postAuthenticationHandler(dependencies: PostAuthenticationDependencies) {
  return postAuthentication.for<AppPoolDefinition>()(async (event) => {
    await dependencies.record({
      userPoolId: event.userPoolId,
      sub: event.request.userAttributes.sub ?? event.userName,
      clientId: event.callerContext.clientId ?? null,
      newDevice: event.request.newDeviceUsed === true,
    })
  })
}
