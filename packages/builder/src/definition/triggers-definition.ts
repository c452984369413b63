import type { StringValue } from '../intrinsic.js'

/** Lambda versions of the pre-token-generation trigger. */
export type LambdaVersionValue = 'V1_0' | 'V2_0' | 'V3_0'

/**
 * Trigger operations, named as in the CDK's `UserPoolOperation` (the `LambdaConfig` key with a
 * lower-case first letter). `inboundFederation` goes beyond the CDK.
 */
export type TriggerOperationName =
  | 'createAuthChallenge'
  | 'customMessage'
  | 'defineAuthChallenge'
  | 'postAuthentication'
  | 'postConfirmation'
  | 'preAuthentication'
  | 'preSignUp'
  | 'preTokenGeneration'
  | 'preTokenGenerationConfig'
  | 'userMigration'
  | 'verifyAuthChallengeResponse'
  | 'customEmailSender'
  | 'customSmsSender'
  | 'inboundFederation'

/** One configured trigger. */
export interface TriggerDefinition {
  /** Lambda function ARN, or an intrinsic resolving to one. */
  readonly lambdaArn: StringValue
  /**
   * Event version. Always present for the object-shaped operations (`preTokenGenerationConfig`,
   * `customEmailSender`, `customSmsSender`, `inboundFederation`); absent for the others.
   */
  readonly lambdaVersion?: LambdaVersionValue
  /**
   * Whether to emit the `AWS::Lambda::Permission` that lets Cognito invoke the function.
   * @default true
   */
  readonly permission?: boolean
}

/** Triggers by operation name (`preSignUp`, `preTokenGenerationConfig`, `customEmailSender`, ...), in the order added. */
export interface TriggersDefinition {
  readonly operations: { readonly [operation: string]: TriggerDefinition }
  /** KMS key ARN for the custom email/SMS senders (`LambdaConfig.KMSKeyID`). */
  readonly customSenderKmsKey?: StringValue
}
