import type { StringValue } from '../intrinsic.js'

/**
 * Lambda triggers given as props (the CDK's `UserPoolTriggers`): function ARNs or intrinsics by
 * operation. `PRE_TOKEN_GENERATION_CONFIG` (with a Lambda version) and `INBOUND_FEDERATION` are set
 * with `withTrigger()`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools-working-with-aws-lambda-triggers.html
 */
export interface UserPoolTriggers {
  /** @default - none */
  readonly createAuthChallenge?: StringValue
  /** @default - none */
  readonly customMessage?: StringValue
  /** @default - none */
  readonly defineAuthChallenge?: StringValue
  /** @default - none */
  readonly postAuthentication?: StringValue
  /** @default - none */
  readonly postConfirmation?: StringValue
  /** @default - none */
  readonly preAuthentication?: StringValue
  /** @default - none */
  readonly preSignUp?: StringValue
  /** @default - none */
  readonly preTokenGeneration?: StringValue
  /** @default - none */
  readonly userMigration?: StringValue
  /** @default - none */
  readonly verifyAuthChallengeResponse?: StringValue
  /** Needs `customSenderKmsKey`. @default - none */
  readonly customEmailSender?: StringValue
  /** Needs `customSenderKmsKey`. @default - none */
  readonly customSmsSender?: StringValue
}
