/**
 * Pre token generation, version 2 (`LambdaVersion.V2_0`): the access token gets the app's
 * `tenant` and `roles` claims and, for members, the `orders/read` scope; the ID token gets
 * `tenant` and `plan`.
 *
 * @module
 */
import { addClaims, addScopes, preTokenGeneration } from '@cognito-kit/triggers'
import { type AppClaims, planOf } from './app-claims.js'
import type { AppPoolDefinition } from './app-pool.js'
import { MEMBERS_GROUP } from './app-pool.js'

/** App roles by Cognito group. */
export const ROLES_BY_GROUP: Readonly<Record<string, readonly string[]>> = {
  [MEMBERS_GROUP]: ['reader'],
  admins: ['reader', 'editor', 'admin'],
}

/**
 * The pre token generation (V2) Lambda handler, for a pool that configures the trigger with
 * `withTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, arn, LambdaVersion.V2_0)`.
 *
 * @example
 * ```ts
 * export { preTokenGenerationV2Handler as handler } from '@cognito-kit-examples/trigger-handlers'
 * ```
 */
export const preTokenGenerationV2Handler = preTokenGeneration.v2.for<AppPoolDefinition, AppClaims>()((event) => {
  const attributes = event.request.userAttributes
  const tenant = attributes['custom:tenant'] ?? 'none'
  const groups = event.request.groupConfiguration.groupsToOverride ?? []
  const roles = [...new Set(groups.flatMap((group) => ROLES_BY_GROUP[group] ?? []))].sort()
  return [
    addClaims({
      idToken: { tenant, plan: planOf(attributes['custom:plan']) },
      accessToken: { tenant, roles },
    }),
    ...(groups.includes(MEMBERS_GROUP) ? [addScopes(['orders/read'])] : []),
  ]
})
