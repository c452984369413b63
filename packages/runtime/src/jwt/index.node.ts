/**
 * `@cognito-kit/runtime/jwt` on Node.js (the `node` export condition): verification with
 * `node:crypto` and cached `KeyObject`s, synchronous after the first key fetch.
 *
 * @module
 */

import { nodeCryptoBackend } from '../internal/node-crypto-backend.js'
import { buildVerifier } from '../internal/verifier-core.js'
import type { CreateCognitoVerifier } from './cognito-verifier.js'

/**
 * Creates a verifier for Cognito ID or access tokens of one user pool, or of several (pass an
 * array of pool options, then the shared options).
 *
 * @throws {OptionsValidationError} listing every invalid option.
 *
 * @example Access tokens of one app client
 * ```ts
 * import { createCognitoVerifier } from '@cognito-kit/runtime/jwt'
 *
 * const verifier = createCognitoVerifier({
 *   userPoolId: 'eu-west-1_AbCdEf123',
 *   tokenUse: 'access',
 *   clientId: '1example23456789',
 *   scope: 'orders/read',
 * })
 * const claims = await verifier.verify(token) // CognitoAccessTokenClaims
 * ```
 *
 * @example Two pools, ID tokens typed from a definition
 * ```ts
 * const verifier = createCognitoVerifier(
 *   [
 *     { userPoolId: 'eu-west-1_Staff1234', tokenUse: 'id', clientId: 'staffclient', definition: staffPool },
 *     { userPoolId: 'eu-west-1_Users5678', tokenUse: 'id', clientId: ['web', 'mobile'] },
 *   ],
 *   { cache: { maxAgeSeconds: 30 } },
 * )
 * ```
 */
export const createCognitoVerifier: CreateCognitoVerifier = ((options: unknown, shared?: unknown) =>
  buildVerifier(nodeCryptoBackend, options, shared)) as CreateCognitoVerifier

export * from './exports.js'
