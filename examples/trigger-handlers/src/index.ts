/**
 * One Lambda handler per Cognito trigger family, written with `@cognito-kit/triggers` and typed
 * with the example app pool's definition, plus that pool (`pools`, written to `out/` by `npm start`).
 *
 * Handlers without dependencies are Lambda handlers (`export { preSignUpHandler as handler }`);
 * the others are factories that take what they talk to (`postConfirmationHandler({ groups })`).
 *
 * @module
 */
import type { RenderOptions, UserPoolBuilder } from '@cognito-kit/builder'
import { APP_RENDER_OPTIONS, appPool } from './app-pool.js'

export { type AppClaims, planOf } from './app-claims.js'
export {
  APP_ENV,
  APP_FUNCTIONS,
  APP_RENDER_OPTIONS,
  type AppPoolDefinition,
  appPool,
  functionArn,
  MEMBERS_GROUP,
} from './app-pool.js'
export { cognitoGroupMembership, type GroupMembership } from './cognito-group-membership.js'
export {
  type CreateAuthChallengeDependencies,
  createAuthChallengeHandler,
  randomCode,
} from './create-auth-challenge-handler.js'
export {
  type CustomEmailSenderDependencies,
  customEmailSenderHandler,
  type OutgoingEmail,
} from './custom-email-sender-handler.js'
export { APP_NAME, customMessageHandler } from './custom-message-handler.js'
export { type CustomSmsSenderDependencies, customSmsSenderHandler } from './custom-sms-sender-handler.js'
export { defineAuthChallengeHandler, MAX_CODE_ATTEMPTS } from './define-auth-challenge-handler.js'
export { inboundFederationHandler } from './inbound-federation-handler.js'
export {
  type PostAuthenticationDependencies,
  postAuthenticationHandler,
  type SignInRecord,
} from './post-authentication-handler.js'
export { type PostConfirmationDependencies, postConfirmationHandler } from './post-confirmation-handler.js'
export { type PreAuthenticationDependencies, preAuthenticationHandler } from './pre-authentication-handler.js'
export { BLOCKED_EMAIL_DOMAINS, preSignUpHandler } from './pre-sign-up-handler.js'
export { preTokenGenerationV1Handler } from './pre-token-generation-v1-handler.js'
export { preTokenGenerationV2Handler, ROLES_BY_GROUP } from './pre-token-generation-v2-handler.js'
export {
  type LegacyDirectory,
  type LegacyUser,
  type UserMigrationDependencies,
  userMigrationHandler,
} from './user-migration-handler.js'
export { verifyAuthChallengeResponseHandler } from './verify-auth-challenge-response-handler.js'

/** The example pools of this package, by the name of their `out/` file. */
export const pools: Readonly<Record<string, UserPoolBuilder<any, any, any>>> = { 'example-app': appPool }

/**
 * How each pool renders (read by `npm start` when it writes `out/`).
 *
 * @example
 * ```ts
 * pools['example-app'].toCloudFormation(renderOptions('example-app'))
 * ```
 */
export function renderOptions(_name: string): RenderOptions {
  return APP_RENDER_OPTIONS
}
