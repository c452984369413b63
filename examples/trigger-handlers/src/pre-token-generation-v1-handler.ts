/**
 * Pre token generation, version 1 (the pool's classic `PreTokenGeneration` trigger): the ID token
 * gets the app's `tenant` and `plan` claims; `custom:plan` itself stays out of the token.
 *
 * @module
 */
import { addClaims, preTokenGeneration, suppressClaims } from '@cognito-kit/triggers'
import { type AppClaims, planOf } from './app-claims.js'
import type { AppPoolDefinition } from './app-pool.js'

/**
 * The pre token generation (V1) Lambda handler of the example app pool.
 *
 * @example
 * ```ts
 * // handler entry of the example-app-pre-token-generation function
 * export { preTokenGenerationV1Handler as handler } from '@cognito-kit-examples/trigger-handlers'
 * ```
 */
export const preTokenGenerationV1Handler = preTokenGeneration.v1.for<AppPoolDefinition, AppClaims>()((event) => {
  const attributes = event.request.userAttributes
  return [
    addClaims({ idToken: { tenant: attributes['custom:tenant'] ?? 'none', plan: planOf(attributes['custom:plan']) } }),
    suppressClaims({ idToken: ['custom:plan'] }),
  ]
})
