import type { TriggerOperationName } from '../definition/triggers-definition.js'

/**
 * The operations a Lambda trigger can be attached to. The values are the CDK's `operationName`s.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools-working-with-aws-lambda-triggers.html
 * @example
 * ```ts
 * userPool('P').withTrigger(UserPoolOperation.PRE_SIGN_UP, 'arn:aws:lambda:us-east-1:123456789012:function:presignup')
 * ```
 */
const OPERATIONS = {
  /** Custom auth: create a challenge. */
  CREATE_AUTH_CHALLENGE: 'createAuthChallenge',
  /** Customize messages. */
  CUSTOM_MESSAGE: 'customMessage',
  /** Custom auth: decide the next challenge. */
  DEFINE_AUTH_CHALLENGE: 'defineAuthChallenge',
  /** After sign-in. */
  POST_AUTHENTICATION: 'postAuthentication',
  /** After confirmation. */
  POST_CONFIRMATION: 'postConfirmation',
  /** Before sign-in. */
  PRE_AUTHENTICATION: 'preAuthentication',
  /** Before sign-up. */
  PRE_SIGN_UP: 'preSignUp',
  /** Legacy pre-token generation (V1 events). */
  PRE_TOKEN_GENERATION: 'preTokenGeneration',
  /** Pre-token generation with a chosen event version (V1, V2, V3). */
  PRE_TOKEN_GENERATION_CONFIG: 'preTokenGenerationConfig',
  /** Migrate users on first sign-in. */
  USER_MIGRATION: 'userMigration',
  /** Custom auth: verify the answer. */
  VERIFY_AUTH_CHALLENGE_RESPONSE: 'verifyAuthChallengeResponse',
  /** Send email yourself (needs `customSenderKmsKey`). */
  CUSTOM_EMAIL_SENDER: 'customEmailSender',
  /** Send SMS yourself (needs `customSenderKmsKey`). */
  CUSTOM_SMS_SENDER: 'customSmsSender',
  /** Inbound federation (beyond the CDK: `LambdaConfig.InboundFederation`). */
  INBOUND_FEDERATION: 'inboundFederation',
} as const satisfies Record<string, TriggerOperationName>

/** A value of {@link UserPoolOperation}. */
export type UserPoolOperation = (typeof OPERATIONS)[keyof typeof OPERATIONS]

/**
 * The operation named `name`, as the CDK's `UserPoolOperation.of(name)`: the first letter is
 * lower-cased (`'PreSignUp'` → `'preSignUp'`). A name Cognito does not know is refused by
 * `withTrigger` (`UnknownTriggerOperation`).
 *
 * @example
 * ```ts
 * userPool('P').withTrigger(UserPoolOperation.of('inboundFederation'), 'arn:aws:lambda:us-east-1:123456789012:function:federation')
 * ```
 */
function of(name: string): UserPoolOperation {
  return (name.charAt(0).toLowerCase() + name.slice(1)) as UserPoolOperation
}

/**
 * The operations a Lambda trigger can be attached to, plus `of(name)`. The values are the CDK's
 * `operationName`s; `of` is not enumerable, so `Object.values(UserPoolOperation)` lists operations only.
 */
export const UserPoolOperation: typeof OPERATIONS & { readonly of: typeof of } = Object.freeze(
  Object.defineProperty({ ...OPERATIONS }, 'of', { value: of, enumerable: false }) as typeof OPERATIONS & {
    readonly of: typeof of
  },
)

/** The `LambdaConfig` key of each operation. */
export const LAMBDA_CONFIG_KEYS: Readonly<Record<UserPoolOperation, string>> = {
  createAuthChallenge: 'CreateAuthChallenge',
  customMessage: 'CustomMessage',
  defineAuthChallenge: 'DefineAuthChallenge',
  postAuthentication: 'PostAuthentication',
  postConfirmation: 'PostConfirmation',
  preAuthentication: 'PreAuthentication',
  preSignUp: 'PreSignUp',
  preTokenGeneration: 'PreTokenGeneration',
  preTokenGenerationConfig: 'PreTokenGenerationConfig',
  userMigration: 'UserMigration',
  verifyAuthChallengeResponse: 'VerifyAuthChallengeResponse',
  customEmailSender: 'CustomEmailSender',
  customSmsSender: 'CustomSMSSender',
  inboundFederation: 'InboundFederation',
}

/** Operations whose `LambdaConfig` entry is `{ LambdaArn, LambdaVersion }` rather than an ARN. */
export const VERSIONED_OPERATIONS: ReadonlySet<string> = new Set([
  'preTokenGenerationConfig',
  'customEmailSender',
  'customSmsSender',
  'inboundFederation',
])

/** Operations that need `customSenderKmsKey`. */
export const CUSTOM_SENDER_OPERATIONS: ReadonlySet<string> = new Set(['customEmailSender', 'customSmsSender'])

/** True for a known operation name. */
export function isUserPoolOperation(value: unknown): value is UserPoolOperation {
  return typeof value === 'string' && Object.hasOwn(LAMBDA_CONFIG_KEYS, value)
}
