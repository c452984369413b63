import type { StringValue } from '../intrinsic.js'

/** Lambda versions of the pre-token-generation trigger. */
export type LambdaVersionValue = 'V1_0' | 'V2_0' | 'V3_0'

/** One configured trigger. */
export interface TriggerDefinition {
  /** Lambda function ARN, or an intrinsic resolving to one. */
  readonly lambdaArn: StringValue
  /** Only for `preTokenGenerationConfig` (and always `V1_0` for the custom senders). */
  readonly lambdaVersion?: LambdaVersionValue
}

/** Triggers by operation name (`preSignUp`, `preTokenGenerationConfig`, `customEmailSender`, ...). */
export interface TriggersDefinition {
  readonly operations: { readonly [operation: string]: TriggerDefinition }
  /** KMS key ARN for the custom email/SMS senders. */
  readonly customSenderKmsKey?: StringValue
}
