/**
 * Every seed snippet, synthesized with the AWS CDK (the snippet as the seed writes it) and with the
 * builder (`src/`): same resources, byte for byte, and templates that pass the resource-spec check.
 */
import { fromDefinition } from '@cognito-kit/builder'
import { describe, expect, it } from 'vitest'
import { expectParity, type ParityCase } from '../../../packages/builder/test/parity/support/parity.js'
import { synthCdk } from '../../../packages/builder/test/support/cdk-oracle.js'
import { EMAIL_ENV, pools, references, renderOptions, TRIGGER_ENV } from '../src/index.js'
import { FUNCTIONS } from '../src/lambda-triggers.js'
import { POOL_SMS_ROLE_ARN } from '../src/security.js'

process.env.JSII_DEPRECATED = 'quiet'

type Snippet = ParityCase['cdk']

/** The seed's CDK code, by example name. */
const SNIPPETS: Record<string, Snippet> = {
  'user-pools-name': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', { userPoolName: 'myawesomeapp-userpool', signInCaseSensitive: false }),
  'sign-up-code-verification': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      selfSignUpEnabled: true,
      userVerification: {
        emailSubject: 'Verify your email for our awesome app!',
        emailBody: 'Thanks for signing up to our awesome app! Your verification code is {####}',
        emailStyle: cognito.VerificationEmailStyle.CODE,
        smsMessage: 'Thanks for signing up to our awesome app! Your verification code is {####}',
      },
    }),
  'sign-up-invitation': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      userInvitation: {
        emailSubject: 'Invite to join our awesome app!',
        emailBody: 'Hello {username}, you have been invited to join our awesome app! Your temporary password is {####}',
        smsMessage: 'Hello {username}, your temporary password for our awesome app is {####}',
      },
    }),
  'sign-up-link-verification': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      userVerification: {
        emailStyle: cognito.VerificationEmailStyle.LINK,
        emailSubject: 'Invite to join our awesome app!',
        emailBody: 'You have been invited to join our awesome app! {##Verify Your Email##}',
      },
    }),
  'sign-in-aliases': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', { signInAliases: { username: true, email: true } }),
  'sign-in-auto-verify': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      signInAliases: { username: true, email: true },
      autoVerify: { email: true, phone: true },
    }),
  attributes: (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      standardAttributes: { fullname: { required: true, mutable: false }, address: { required: false, mutable: true } },
      customAttributes: {
        myappid: new cognito.StringAttribute({ minLen: 5, maxLen: 15, mutable: false }),
        callingcode: new cognito.NumberAttribute({ min: 1, max: 3, mutable: true }),
        isEmployee: new cognito.BooleanAttribute({ mutable: true }),
        joinedOn: new cognito.DateTimeAttribute(),
      },
    }),
  'attribute-verification': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      signInAliases: { username: true },
      autoVerify: { email: true, phone: true },
      keepOriginal: { email: true, phone: true },
    }),
  'security-sms-role': (stack, { cognito, iam }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      smsRole: iam.Role.fromRoleArn(stack, 'userpoolsmsrole', POOL_SMS_ROLE_ARN),
      smsRoleExternalId: 'c87467be-4f34-11ea-b77f-2e728ce88125',
    }),
  'security-mfa': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', { mfa: cognito.Mfa.REQUIRED, mfaSecondFactor: { sms: true, otp: true } }),
  'security-password-policy': (stack, { cdk: c, cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: c.Duration.days(3),
      },
    }),
  'security-account-recovery': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'UserPool', { accountRecovery: cognito.AccountRecovery.EMAIL_ONLY }),
  'security-advanced-security': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', { advancedSecurityMode: cognito.AdvancedSecurityMode.ENFORCED }),
  'emails-cognito': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', { email: cognito.UserPoolEmail.withCognito('support@myawesomeapp.com') }),
  'emails-ses': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      email: cognito.UserPoolEmail.withSES({
        fromEmail: 'noreply@myawesomeapp.com',
        fromName: 'Awesome App',
        replyTo: 'support@myawesomeapp.com',
      }),
    }),
  'emails-ses-region': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      email: cognito.UserPoolEmail.withSES({
        sesRegion: 'us-east-1',
        fromEmail: 'noreply@myawesomeapp.com',
        fromName: 'Awesome App',
        replyTo: 'support@myawesomeapp.com',
      }),
    }),
  'emails-ses-verified-domain': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      email: cognito.UserPoolEmail.withSES({
        sesRegion: 'us-east-1',
        fromEmail: 'noreply@myawesomeapp.com',
        fromName: 'Awesome App',
        replyTo: 'support@myawesomeapp.com',
        sesVerifiedDomain: 'myawesomeapp.com',
      }),
    }),
  'emails-ses-quoted-name': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      email: cognito.UserPoolEmail.withSES({ fromEmail: 'noreply@myawesomeapp.com', fromName: 'myname@mycompany.com' }),
    }),
  'device-tracking': (stack, { cognito }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true },
    }),
  'lambda-triggers': (stack, { cognito, lambda }) => {
    const userpool = new cognito.UserPool(stack, 'myuserpool', {
      lambdaTriggers: {
        createAuthChallenge: lambda.Function.fromFunctionArn(stack, 'authChallengeFn', FUNCTIONS.authChallengeFn),
      },
    })
    userpool.addTrigger(
      cognito.UserPoolOperation.USER_MIGRATION,
      lambda.Function.fromFunctionArn(stack, 'userMigrationFn', FUNCTIONS.userMigrationFn),
    )
  },
  'lambda-triggers-pre-token-v2': (stack, { cognito, lambda }) =>
    new cognito.UserPool(stack, 'myuserpool').addTrigger(
      cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
      lambda.Function.fromFunctionArn(stack, 'preTokenGenerationFn', FUNCTIONS.preTokenGenerationFn),
      cognito.LambdaVersion.V2_0,
    ),
  'lambda-triggers-permissions': (stack, { cognito, lambda }) =>
    new cognito.UserPool(stack, 'myuserpool', {
      lambdaTriggers: {
        postAuthentication: lambda.Function.fromFunctionArn(stack, 'postAuthFn', FUNCTIONS.postAuthFn),
      },
    }),
  'deletion-protection': (stack, { cognito }) => new cognito.UserPool(stack, 'UserPool', { deletionProtection: true }),
}

const envOf = (name: string) => renderOptions(name).env

describe('seed user-pool snippets', () => {
  it('every example pool has its seed snippet, and the other way round', () => {
    expect(Object.keys(pools).sort()).toEqual(Object.keys(SNIPPETS).sort())
  })

  for (const [name, snippet] of Object.entries(SNIPPETS)) {
    it(name, () => {
      const env = envOf(name)
      expectParity({
        stackId: 'Seed',
        ...(env ? { env: { ...env } } : {}),
        cdk: snippet,
        ours: () => pools[name] as NonNullable<(typeof pools)[string]>,
      })
    })
  }

  it('every pool survives a JSON round trip of its definition, byte for byte', () => {
    for (const [name, pool] of Object.entries(pools)) {
      const again = fromDefinition(JSON.parse(JSON.stringify(pool.toDefinition())))
      expect(JSON.stringify(again.toCloudFormation(renderOptions(name))), name).toBe(
        JSON.stringify(pool.toCloudFormation(renderOptions(name))),
      )
    }
  })

  it('the environments the SES and trigger snippets assume', () => {
    expect(envOf('emails-ses')).toEqual(EMAIL_ENV)
    expect(envOf('lambda-triggers')).toEqual(TRIGGER_ENV)
  })
})

describe('seed grants and imports', () => {
  it('userPool.grant(role, "cognito-idp:AdminCreateUser")', () => {
    const t = synthCdk(
      (stack, { cognito, iam }) => {
        const userPool = new cognito.UserPool(stack, 'myuserpool')
        const role = new iam.Role(stack, 'role', { assumedBy: new iam.ServicePrincipal('foo') })
        userPool.grant(role, 'cognito-idp:AdminCreateUser')
      },
      { stackId: 'Seed' },
    )
    const policy = Object.values(t.Resources).find((r) => r.Type === 'AWS::IAM::Policy')
    expect(references.grants['user-pools-grant']).toEqual(
      (policy?.Properties?.PolicyDocument as { Statement: unknown[] } | undefined)?.Statement[0],
    )
  })

  it('the trigger permissions snippet: DescribeUserPool on the pool ARN', () => {
    const t = synthCdk(
      (stack, { cognito, iam }) => {
        const userpool = new cognito.UserPool(stack, 'myuserpool')
        const role = new iam.Role(stack, 'fnRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') })
        role.attachInlinePolicy(
          new iam.Policy(stack, 'userpool-policy', {
            statements: [
              new iam.PolicyStatement({ actions: ['cognito-idp:DescribeUserPool'], resources: [userpool.userPoolArn] }),
            ],
          }),
        )
      },
      { stackId: 'Seed' },
    )
    const policy = Object.values(t.Resources).find((r) => r.Type === 'AWS::IAM::Policy')
    expect(references.grants['lambda-triggers-describe-user-pool']).toEqual(
      (policy?.Properties?.PolicyDocument as { Statement: unknown[] } | undefined)?.Statement[0],
    )
  })

  it('fromUserPoolId and fromUserPoolArn', () => {
    const t = synthCdk(
      (stack, { cdk: c, cognito }) => {
        const awesomePool = cognito.UserPool.fromUserPoolId(stack, 'awesome-user-pool', 'us-east-1_oiuR12Abd')
        const otherAwesomePool = cognito.UserPool.fromUserPoolArn(
          stack,
          'other-awesome-user-pool',
          'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/us-east-1_mtRyYQ14D',
        )
        for (const [k, p] of Object.entries({ a: awesomePool, o: otherAwesomePool })) {
          new c.CfnOutput(stack, `${k}Id`, { value: p.userPoolId })
          new c.CfnOutput(stack, `${k}Arn`, { value: p.userPoolArn })
          new c.CfnOutput(stack, `${k}Provider`, { value: p.userPoolProviderName })
        }
      },
      { stackId: 'Seed' },
    )
    const value = (k: string) => (t.Outputs?.[k] as { Value: unknown } | undefined)?.Value
    for (const [k, ours] of Object.entries({
      a: references.imports['awesome-user-pool'],
      o: references.imports['other-awesome-user-pool'],
    })) {
      expect(ours.userPoolId).toEqual(value(`${k}Id`))
      expect(ours.userPoolArn).toEqual(value(`${k}Arn`))
      expect(ours.userPoolProviderName).toEqual(value(`${k}Provider`))
    }
  })
})
