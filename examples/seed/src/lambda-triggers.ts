/** Seed § Lambda Triggers and § Trigger Permissions. Functions are given by ARN. */
import { LambdaVersion, UserPoolOperation, userPool } from '@cognito-kit/builder'

/** The account and region of the example functions. */
export const TRIGGER_ENV = { account: '123456789012', region: 'us-east-1' } as const
const fn = (name: string) => `arn:aws:lambda:${TRIGGER_ENV.region}:${TRIGGER_ENV.account}:function:${name}`
export const FUNCTIONS = {
  authChallengeFn: fn('authChallengeFn'),
  userMigrationFn: fn('userMigrationFn'),
  preTokenGenerationFn: fn('preTokenGenerationFn'),
  postAuthFn: fn('postAuthFn'),
} as const

const postAuthPool = userPool('myuserpool', { lambdaTriggers: { postAuthentication: FUNCTIONS.postAuthFn } })

export const pools = {
  'lambda-triggers': userPool('myuserpool', {
    lambdaTriggers: { createAuthChallenge: FUNCTIONS.authChallengeFn },
  }).withTrigger(UserPoolOperation.USER_MIGRATION, FUNCTIONS.userMigrationFn),
  'lambda-triggers-pre-token-v2': userPool('myuserpool').withTrigger(
    UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
    FUNCTIONS.preTokenGenerationFn,
    LambdaVersion.V2_0,
  ),
  'lambda-triggers-permissions': postAuthPool,
}

/** "provide permissions to describe the user pool scoped to the ARN the user pool": for the function's inline policy. */
export const grants = {
  'lambda-triggers-describe-user-pool': postAuthPool
    .ref({ logicalIds: 'cdk', stackId: 'Seed' })
    .grant('cognito-idp:DescribeUserPool'),
}
