import { fnJoin, PSEUDO } from '../internal/fn-join.js'
import type { StringValue } from '../intrinsic.js'
import { type UserPoolReference, userPoolReference } from './user-pool-reference.js'

/**
 * Imports an existing pool by id. Its ARN is built like the CDK's `Stack.formatArn`: the given
 * account and region, else `{ Ref: 'AWS::AccountId' }` / `{ Ref: 'AWS::Region' }`.
 *
 * @param env - the stack's account and region, when known
 * @example
 * ```ts
 * const pool = fromUserPoolId('us-east-1_oiuR12Abd', { account: '123456789012', region: 'us-east-1' })
 * pool.grant('cognito-idp:AdminCreateUser')
 * ```
 */
export function fromUserPoolId(
  userPoolId: StringValue,
  env: { readonly account?: string; readonly region?: string } = {},
): UserPoolReference {
  const region = env.region ?? PSEUDO.region
  const account = env.account ?? PSEUDO.accountId
  return userPoolReference({
    userPoolId,
    userPoolArn: fnJoin(['arn:', PSEUDO.partition, ':cognito-idp:', region, ':', account, ':userpool/', userPoolId]),
    userPoolProviderName: fnJoin(['cognito-idp.', region, '.', PSEUDO.urlSuffix, '/', userPoolId]),
    ...(env.account !== undefined && env.region !== undefined
      ? { env: { account: env.account, region: env.region } }
      : {}),
  })
}
