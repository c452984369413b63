/**
 * Event version of a trigger. Only `PRE_TOKEN_GENERATION_CONFIG` accepts `V2_0` (access-token
 * customization) and `V3_0` (also machine-to-machine tokens).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 * @example
 * ```ts
 * userPool('P').withTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fnArn, LambdaVersion.V2_0)
 * ```
 */
export const LambdaVersion = {
  /** Version 1 events (ID-token claims only). */
  V1_0: 'V1_0',
  /** Version 2 events (ID and access tokens). */
  V2_0: 'V2_0',
  /** Version 3 events (also client-credentials access tokens). */
  V3_0: 'V3_0',
} as const
/** A value of {@link LambdaVersion}. */
export type LambdaVersion = (typeof LambdaVersion)[keyof typeof LambdaVersion]
