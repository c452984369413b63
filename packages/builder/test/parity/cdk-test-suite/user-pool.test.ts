/**
 * The CDK's `user-pool.test.ts`, replayed through the builder's public API: `userPool(id, props)`
 * with the CDK's prop names, enums and static members, compared with the CDK's synth. A CDK test
 * with two pools in one stack is two cases here (the builder describes one pool).
 */
import { describe, expect, it } from 'vitest'
import * as ours from '../../../src/index.js'
import { synthCdk } from '../../support/cdk-oracle.js'
import { arnOf, expectParity } from '../support/parity.js'
import {
  type Api,
  cdkAccepts,
  expectSameRefusal,
  type MirrorOptions,
  mirror,
  ourRefusal,
  refusals,
} from './support/mirror.js'

type Props = (a: Api) => Record<string, unknown>
const pool = (props: Props, options: Omit<MirrorOptions, 'props'> = {}) => mirror(undefined, { ...options, props })
const refused = (props: Props, path: string, options: Omit<MirrorOptions, 'props'> = {}) =>
  expectSameRefusal(refusals(undefined, { ...options, props }), path)
const env = { region: 'us-east-1', account: '11111111111' }
const envEast2 = { region: 'us-east-2', account: '11111111111' }

describe('CDK user-pool.test.ts', () => {
  it('default setup', () => expectParity(pool(() => ({}))))
  it('self sign-up', () => expectParity(pool(() => ({ selfSignUpEnabled: true }))))
  it('email verification by link', () =>
    expectParity(pool((a) => ({ userVerification: { emailStyle: a.m.VerificationEmailStyle.LINK } }))))
  it('MFA message', () =>
    expectParity(pool(() => ({ mfaMessage: 'The authentication code to your account is {####}' }))))

  describe('MFA message validation', () => {
    it("'{####' is refused", () => refused(() => ({ mfaMessage: '{####' }), 'mfaMessage'))
    it("'{####}' is accepted", () => expectParity(pool(() => ({ mfaMessage: '{####}' }), { poolId: 'Pool2' })))
    it('141 characters are refused', () => refused(() => ({ mfaMessage: `{####}${'x'.repeat(135)}` }), 'mfaMessage'))
    it('140 characters are accepted', () =>
      expectParity(pool(() => ({ mfaMessage: `{####}${'x'.repeat(134)}` }), { poolId: 'Pool4' })))
    it('a token is not checked', () => {
      expectParity({
        cdk: (stack, l) => {
          const parameter = new l.cdk.CfnParameter(stack, 'Parameter')
          new l.cognito.UserPool(stack, 'Pool5', { mfaMessage: parameter.valueAsString })
        },
        ours: () => ours.userPool('Pool5', { mfaMessage: { Ref: 'Parameter' } }),
      })
    })
  })

  describe('verification message validation', () => {
    const uv = (style: 'CODE' | 'LINK', extra: Record<string, string>) => (a: Api) => ({
      userVerification: { emailStyle: a.m.VerificationEmailStyle[style], ...extra },
    })
    it('code email body without {####} is refused', () =>
      refused(uv('CODE', { emailBody: 'invalid email body' }), 'userVerification.emailBody'))
    it('code email body with {####} is accepted', () =>
      expectParity(pool(uv('CODE', { emailBody: 'valid email body {####}' }))))
    it('SMS message without {####} is refused', () =>
      refused(uv('CODE', { smsMessage: 'invalid sms message' }), 'userVerification.smsMessage'))
    it('SMS message with {####} is accepted', () =>
      expectParity(pool(uv('CODE', { smsMessage: 'invalid sms message {####}' }))))
    for (const body of [
      'valid email body {####}',
      'valid email body {##Verify Email##}',
      'valid email body {##Verify !! Email##}',
      'valid email body {##Click here to verify##}',
    ]) {
      it(`link email body ${JSON.stringify(body)} is accepted`, () =>
        expectParity(pool(uv('LINK', { emailBody: body }))))
    }
    it('link email body without {##…##} is refused', () =>
      refused(uv('LINK', { emailBody: 'invalid email body ##Verify Email##' }), 'userVerification.emailBody'))
    it.each(['emailBody', 'smsMessage'])('a token %s is not checked', (key) => {
      expectParity({
        cdk: (stack, l) => {
          const parameter = new l.cdk.CfnParameter(stack, 'Parameter')
          new l.cognito.UserPool(stack, 'Pool', {
            userVerification: { emailStyle: l.cognito.VerificationEmailStyle.CODE, [key]: parameter.valueAsString },
          })
        },
        ours: () =>
          ours.userPool('Pool', {
            userVerification: { emailStyle: ours.VerificationEmailStyle.CODE, [key]: { Ref: 'Parameter' } },
          }),
      })
    })
  })

  it('user invitation messages', () =>
    expectParity(
      pool(() => ({
        userInvitation: {
          emailBody: 'invitation email body',
          emailSubject: 'invitation email subject',
          smsMessage: 'invitation sms',
        },
      })),
    ))

  it('an imported smsRole with an external id', () =>
    expectParity(
      pool((a) => ({
        smsRole: a.importedRole('smsRole', 'arn:aws:iam::664773442901:role/sms-role'),
        smsRoleExternalId: 'test-external-id',
      })),
    ))

  it('snsRegion', () =>
    expectParity(
      pool((a) => ({
        smsRole: a.importedRole('smsRole', 'arn:aws:iam::664773442901:role/sms-role'),
        smsRoleExternalId: 'test-external-id',
        snsRegion: 'test-region-1',
      })),
    ))

  describe('imports', () => {
    it('fromUserPoolId in an environment', () => {
      const p = ours.fromUserPoolId('test-user-pool', { region: 'some-region-1', account: '0123456789012' })
      expect(p.userPoolId).toBe('test-user-pool')
      expect(JSON.stringify(p.userPoolArn)).toMatch(/cognito-idp:some-region-1:0123456789012:userpool\/test-user-pool/)
    })

    it('fromUserPoolArn gives the CDK id, ARN and provider name', () => {
      const arn = 'arn:aws:cognito-idp:us-east-1:0123456789012:userpool/test-user-pool'
      let expected: Record<string, unknown> = {}
      synthCdk((stack, l) => {
        const p = l.cognito.UserPool.fromUserPoolArn(stack, 'userpool', arn)
        expected = stack.resolve({ id: p.userPoolId, arn: p.userPoolArn, name: p.userPoolProviderName })
      })
      const p = ours.fromUserPoolArn(arn)
      expect({ id: p.userPoolId, arn: p.userPoolArn, name: p.userPoolProviderName }).toEqual(expected)
    })

    it('fromUserPoolArn without a resource name is refused', () => {
      expect(() =>
        synthCdk((s, l) => l.cognito.UserPool.fromUserPoolArn(s, 'u', 'arn:aws:cognito-idp:us-east-1:0123456789012:*')),
      ).toThrow(/invalid user pool ARN/)
      expect(() => ours.fromUserPoolArn('arn:aws:cognito-idp:us-east-1:0123456789012:*')).toThrow(
        ours.DefinitionValidationError,
      )
    })

    it("fromUserPoolArn keeps the ARN's account and region", () => {
      const p = ours.fromUserPoolArn('arn:aws:cognito-idp:us-east-1:0123456789012:userpool/test-user-pool')
      expect(p.env).toEqual({ account: '0123456789012', region: 'us-east-1' })
      expect(p.userPoolArn).toBe('arn:aws:cognito-idp:us-east-1:0123456789012:userpool/test-user-pool')
    })
  })

  it('tags', () => expectParity(pool(() => ({ userPoolName: 'myPool' }), { tags: { PoolTag: 'PoolParty' } })))

  describe('triggers', () => {
    it('preSignUp through lambdaTriggers', () =>
      expectParity(pool((a) => ({ lambdaTriggers: { preSignUp: a.fn('preSignUp') } }))))

    it('custom senders through lambdaTriggers, with their key', () =>
      expectParity(
        pool((a) => ({
          customSenderKmsKey: a.key('TestKMSKey'),
          lambdaTriggers: { customEmailSender: a.fn('customEmailSender'), customSmsSender: a.fn('customSmsSender') },
        })),
      ))

    it('the key alone', () => expectParity(pool((a) => ({ customSenderKmsKey: a.key('TestKMSKey') }))))

    it('every operation through addTrigger', () => {
      const ops = [
        'CREATE_AUTH_CHALLENGE',
        'CUSTOM_MESSAGE',
        'DEFINE_AUTH_CHALLENGE',
        'POST_AUTHENTICATION',
        'POST_CONFIRMATION',
        'PRE_AUTHENTICATION',
        'PRE_SIGN_UP',
        'PRE_TOKEN_GENERATION',
        'USER_MIGRATION',
        'VERIFY_AUTH_CHALLENGE_RESPONSE',
        'CUSTOM_EMAIL_SENDER',
        'CUSTOM_SMS_SENDER',
      ]
      expectParity(
        mirror(
          (p) => {
            for (const op of ops) p.trigger(p.a.m.UserPoolOperation[op], p.a.fn(op.toLowerCase().replace(/_/g, '')))
          },
          { props: (a) => ({ customSenderKmsKey: a.key('TestKMSKey') }) },
        ),
      )
    })

    it('PRE_TOKEN_GENERATION_CONFIG without a version (V1_0), with ENFORCED and PLUS', () =>
      expectParity(
        mirror((p) => p.trigger(p.a.m.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, p.a.fn('preTokenGeneration')), {
          props: (a) => ({
            customSenderKmsKey: a.key('TestKMSKey'),
            advancedSecurityMode: a.m.AdvancedSecurityMode.ENFORCED,
            featurePlan: a.m.FeaturePlan.PLUS,
          }),
        }),
      ))

    it('PRE_TOKEN_GENERATION_CONFIG V2_0 with ENFORCED and PLUS', () =>
      expectParity(
        mirror(
          (p) =>
            p.trigger(
              p.a.m.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
              p.a.fn('preTokenGeneration'),
              p.a.m.LambdaVersion.V2_0,
            ),
          {
            props: (a) => ({
              customSenderKmsKey: a.key('TestKMSKey'),
              advancedSecurityMode: a.m.AdvancedSecurityMode.ENFORCED,
              featurePlan: a.m.FeaturePlan.PLUS,
            }),
          },
        ),
      ))

    it.each(['V2_0', 'V3_0'])('PRE_TOKEN_GENERATION_CONFIG %s with PLUS', (version) =>
      expectParity(
        mirror(
          (p) =>
            p.trigger(
              p.a.m.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
              p.a.fn('preTokenGeneration'),
              p.a.m.LambdaVersion[version],
            ),
          { props: (a) => ({ customSenderKmsKey: a.key('TestKMSKey'), featurePlan: a.m.FeaturePlan.PLUS }) },
        ),
      ),
    )

    it.each([
      ['V2_0', true],
      ['V2_0', false],
      ['V3_0', false],
    ])('%s on PRE_TOKEN_GENERATION is refused (advanced security: %s)', (version, advanced) => {
      expectSameRefusal(
        refusals(
          (p) =>
            p.trigger(
              p.a.m.UserPoolOperation.PRE_TOKEN_GENERATION,
              p.a.fn('preTokenGeneration'),
              p.a.m.LambdaVersion[version],
            ),
          {
            props: (a) => ({
              featurePlan: a.m.FeaturePlan.PLUS,
              ...(advanced ? { advancedSecurityMode: a.m.AdvancedSecurityMode.ENFORCED } : {}),
            }),
          },
        ),
        'lambdaTriggers.preTokenGeneration.lambdaVersion',
      )
    })

    it('one function as the trigger of two pools: one permission per pool', () => {
      const cdk = synthCdk((stack, l) => {
        const fn = new l.lambda.Function(stack, 'preSignUp', {
          functionName: 'preSignUp',
          code: l.lambda.Code.fromInline('foo'),
          runtime: l.lambda.Runtime.NODEJS_20_X,
          handler: 'index.handler',
        })
        new l.cognito.UserPool(stack, 'Pool1', { lambdaTriggers: { preSignUp: fn } })
        new l.cognito.UserPool(stack, 'Pool2', { lambdaTriggers: { preSignUp: fn } })
      }).Resources
      const options = { logicalIds: 'cdk', stackId: 'S' } as const
      const mine = {
        ...ours.userPool('Pool1', { lambdaTriggers: { preSignUp: arnOf('preSignUp') } }).toCloudFormation(options)
          .Resources,
        ...ours.userPool('Pool2', { lambdaTriggers: { preSignUp: arnOf('preSignUp') } }).toCloudFormation(options)
          .Resources,
      }
      for (const [id, r] of Object.entries(cdk)) {
        if (r.Type.startsWith('AWS::Cognito') || r.Type === 'AWS::Lambda::Permission') expect(mine[id], id).toEqual(r)
      }
      expect(Object.keys(mine).sort()).toEqual(
        Object.keys(cdk)
          .filter((id) => cdk[id]?.Type.startsWith('AWS::Cognito') || cdk[id]?.Type === 'AWS::Lambda::Permission')
          .sort(),
      )
    })

    it('the same operation twice is refused', () => {
      expectSameRefusal(
        refusals((p) => {
          p.trigger(p.a.m.UserPoolOperation.CREATE_AUTH_CHALLENGE, p.a.fn('fn1'))
          p.trigger(p.a.m.UserPoolOperation.CREATE_AUTH_CHALLENGE, p.a.fn('fn2'))
        }),
        'lambdaTriggers.createAuthChallenge',
      )
    })
  })

  describe('sign-in aliases and verification', () => {
    it('no aliases', () => expectParity(pool(() => ({}))))
    it('preferredUsername without username is refused', () =>
      refused(() => ({ signInAliases: { preferredUsername: true } }), 'signInAliases.preferredUsername'))
    it('username and email', () => expectParity(pool(() => ({ signInAliases: { username: true, email: true } }))))
    it('email and phone', () => expectParity(pool(() => ({ signInAliases: { email: true, phone: true } }))))
    it('email alias is auto-verified', () =>
      expectParity(pool(() => ({ userPoolName: 'Pool1', signInAliases: { email: true } }), { poolId: 'Pool1' })))
    it('email and phone aliases are auto-verified', () =>
      expectParity(
        pool(() => ({ userPoolName: 'Pool2', signInAliases: { email: true, phone: true } }), { poolId: 'Pool2' }),
      ))
    it('explicit autoVerify', () =>
      expectParity(pool(() => ({ signInAliases: { username: true }, autoVerify: { email: true, phone: true } }))))
    it('signInCaseSensitive: false', () => expectParity(pool(() => ({ signInCaseSensitive: false }))))
    it('signInCaseSensitive absent', () => expectParity(pool(() => ({}))))
  })

  describe('attributes', () => {
    it('standard attributes default to mutable', () =>
      expectParity(
        pool(() => ({ standardAttributes: { fullname: { required: true }, timezone: { required: true } } })),
      ))
    it('required and mutable standard attributes', () =>
      expectParity(
        pool(() => ({
          userPoolName: 'Pool',
          standardAttributes: {
            fullname: { required: true, mutable: true },
            timezone: { required: true, mutable: true },
          },
        })),
      ))
    it('immutable standard attributes', () =>
      expectParity(
        pool(
          () => ({
            userPoolName: 'Pool1',
            standardAttributes: { fullname: { mutable: false }, timezone: { mutable: false } },
          }),
          { poolId: 'Pool1' },
        ),
      ))
    it('no schema without attributes', () => expectParity(pool(() => ({ userPoolName: 'Pool' }))))
    it('an optional mutable standard attribute', () =>
      expectParity(pool(() => ({ userPoolName: 'Pool', standardAttributes: { timezone: { mutable: true } } }))))
    it('custom attributes without constraints', () =>
      expectParity(
        pool((a) => ({
          customAttributes: {
            'custom-string-attr': new a.m.StringAttribute(),
            'custom-number-attr': new a.m.NumberAttribute(),
          },
        })),
      ))
    it('custom attributes with constraints', () =>
      expectParity(
        pool((a) => ({
          customAttributes: {
            'custom-string-attr': new a.m.StringAttribute({ minLen: 5, maxLen: 50 }),
            'custom-number-attr': new a.m.NumberAttribute({ min: 500, max: 2000 }),
          },
        })),
      ))
  })

  describe('MFA', () => {
    it('second factors ignored without mfa', () =>
      expectParity(
        pool(() => ({ userPoolName: 'Pool1', mfaSecondFactor: { sms: true, otp: true } }), { poolId: 'Pool1' }),
      ))
    it('second factors ignored with Mfa.OFF', () =>
      expectParity(
        pool((a) => ({ userPoolName: 'Pool2', mfa: a.m.Mfa.OFF, mfaSecondFactor: { sms: true, otp: true } }), {
          poolId: 'Pool2',
        }),
      ))
    it.each(['OPTIONAL', 'REQUIRED'])('SMS by default with Mfa.%s', (mfa) =>
      expectParity(pool((a) => ({ userPoolName: 'Pool1', mfa: a.m.Mfa[mfa] }), { poolId: 'Pool1' })),
    )
    it('SMS and OTP', () =>
      expectParity(pool((a) => ({ mfa: a.m.Mfa.REQUIRED, mfaSecondFactor: { sms: true, otp: true } }))))
  })

  describe('password policy', () => {
    it('every setting', () =>
      expectParity(
        pool((a) => ({
          passwordPolicy: {
            tempPasswordValidity: a.m.Duration.days(2),
            minLength: 15,
            requireDigits: true,
            requireLowercase: true,
            requireUppercase: true,
            requireSymbols: true,
          },
        })),
      ))
    it('minLength defaults to 8', () =>
      expectParity(
        pool((a) => ({ passwordPolicy: { tempPasswordValidity: a.m.Duration.days(2), requireDigits: true } })),
      ))
    it('a temporary password validity of 30 hours is refused', () => {
      const r = refusals(undefined, {
        props: (a) => ({ passwordPolicy: { tempPasswordValidity: a.m.Duration.hours(30) } }),
      })
      expectSameRefusal(r, 'passwordPolicy.tempPasswordValidity')
    })
    it('a temporary password validity of 400 days is refused', () =>
      refused(
        (a) => ({ passwordPolicy: { tempPasswordValidity: a.m.Duration.days(400) } }),
        'passwordPolicy.tempPasswordValidity',
      ))
    it.each([5, 100])('minLength %s is refused', (minLength) =>
      refused(() => ({ passwordPolicy: { minLength } }), 'passwordPolicy.minLength'),
    )
  })

  it('the deprecated emailSettings is refused with a pointer to email (not carried over)', () => {
    const props = () => ({ emailSettings: { from: 'from@myawesomeapp.com', replyTo: 'replyTo@myawesomeapp.com' } })
    cdkAccepts(undefined, { props })
    expect(ourRefusal(undefined, { props }).map((i) => i.path)).toEqual(['emailSettings'])
  })

  it('addClient', () =>
    expectParity(mirror((p) => p.client('UserPoolClient', { userPoolClientName: 'userpoolclient' }))))
  it('addResourceServer', () =>
    expectParity(
      mirror((p) =>
        p.resourceServer('ResourceServer', {
          identifier: 'users',
          scopes: [{ scopeName: 'read', scopeDescription: 'Read-only access' }],
        }),
      ),
    ))
  it('registered identity providers: kept in order, each once', () => {
    const pool = ours
      .userPool('pool')
      .registerIdentityProvider(ours.fromProviderName('provider1'))
      .registerIdentityProvider(ours.fromProviderName('provider2'))
      .registerIdentityProvider('provider1')
    expect(pool.toDefinition().registeredIdentityProviders).toEqual(['provider1', 'provider2'])
  })
  it('addDomain', () =>
    expectParity(mirror((p) => p.domain('UserPoolDomain', { cognitoDomain: { domainPrefix: 'userpooldomain' } }))))

  describe('account recovery', () => {
    it.each([
      'EMAIL_AND_PHONE_WITHOUT_MFA',
      'PHONE_WITHOUT_MFA_AND_EMAIL',
      'EMAIL_ONLY',
      'PHONE_ONLY_WITHOUT_MFA',
      'NONE',
      'PHONE_AND_EMAIL',
    ])('AccountRecovery.%s', (name) =>
      expectParity(pool((a) => ({ accountRecovery: a.m.AccountRecovery[name] }), { poolId: 'pool' })),
    )
    it('default', () => expectParity(pool(() => ({}), { poolId: 'pool' })))
  })

  describe('SMS roles', () => {
    const rows: [string, Props][] = [
      ['none by default', () => ({})],
      ['smsRole and smsRoleExternalId', (a) => ({ smsRole: a.role('smsRole'), smsRoleExternalId: 'role-external-id' })],
      ['enableSmsRole creates a role', () => ({ enableSmsRole: true })],
      ['no role with MFA off and no phone', (a) => ({ mfa: a.m.Mfa.OFF, signInAliases: { phone: false } })],
      [
        'no role with OTP-only MFA and no phone',
        (a) => ({ mfa: a.m.Mfa.REQUIRED, mfaSecondFactor: { otp: true, sms: false }, signInAliases: { phone: false } }),
      ],
      ['a role for the phone alias', (a) => ({ mfa: a.m.Mfa.OFF, signInAliases: { phone: true } })],
      [
        'a role for phone auto-verification',
        (a) => ({ mfa: a.m.Mfa.OFF, signInAliases: { phone: false }, autoVerify: { phone: true } }),
      ],
      [
        'a role for SMS MFA',
        (a) => ({ mfa: a.m.Mfa.REQUIRED, mfaSecondFactor: { sms: true, otp: false }, signInAliases: { phone: false } }),
      ],
      [
        'no role with enableSmsRole: false, even with SMS MFA',
        (a) => ({ mfa: a.m.Mfa.REQUIRED, mfaSecondFactor: { sms: true, otp: false }, enableSmsRole: false }),
      ],
    ]
    it.each(rows)('%s', (_n, props) => expectParity(pool(props, { poolId: 'pool' })))
    it('smsRole with enableSmsRole: false is refused', () =>
      refused((a) => ({ smsRole: a.role('smsRole'), enableSmsRole: false }), 'enableSmsRole', { poolId: 'pool' }))
  })

  describe('email', () => {
    it('a Cyrillic domain is punycode-encoded', () =>
      expectParity(
        pool((a) => ({
          email: a.m.UserPoolEmail.withSES({
            sesRegion: 'us-east-1',
            fromEmail: 'user@домен.рф',
            replyTo: 'user@домен.рф',
          }),
        })),
      ))
    it.each([
      [
        'email.fromEmail',
        (a: Api) =>
          a.m.UserPoolEmail.withSES({ sesRegion: 'us-east-1', fromEmail: 'от@домен.рф', replyTo: 'user@домен.рф' }),
      ],
      [
        'email.replyTo',
        (a: Api) =>
          a.m.UserPoolEmail.withSES({ sesRegion: 'us-east-1', fromEmail: 'user@домен.рф', replyTo: 'от@домен.рф' }),
      ],
      ['email.replyTo', (a: Api) => a.m.UserPoolEmail.withCognito('от@домен.рф')],
    ])('a Cyrillic local part (%s) is refused', (path, email) => {
      const r = refusals(undefined, { props: (a) => ({ email: email(a) }) })
      expectSameRefusal(r, path)
    })
    it('withCognito()', () => expectParity(pool((a) => ({ email: a.m.UserPoolEmail.withCognito() }))))
    it('withCognito(replyTo)', () =>
      expectParity(pool((a) => ({ email: a.m.UserPoolEmail.withCognito('reply@example.com') }))))
    it('withSES without a region in an env-agnostic stack: the CDK refuses, the builder uses AWS::Region', () => {
      const props: Props = (a) => ({
        email: a.m.UserPoolEmail.withSES({ fromEmail: 'mycustomemail@example.com', replyTo: 'reply@example.com' }),
      })
      expect(() => cdkAccepts(undefined, { props })).toThrow(/Your stack region cannot be determined/)
      const t = pool(props).ours().toCloudFormation({ logicalIds: 'cdk', stackId: 'S' })
      expect(JSON.stringify(t)).toContain('{"Ref":"AWS::Region"}')
    })
    const ses =
      (extra: Record<string, string>): Props =>
      (a) => ({
        email: a.m.UserPoolEmail.withSES({ fromEmail: 'mycustomemail@example.com', ...extra }),
      })
    it('withSES with no name', () =>
      expectParity(pool(ses({ replyTo: 'reply@example.com', configurationSetName: 'default' }), { env })))
    it('withSES', () =>
      expectParity(
        pool(ses({ fromName: 'My Custom Email', replyTo: 'reply@example.com', configurationSetName: 'default' }), {
          env,
        }),
      ))
    it('withSES, name as a quoted-string', () => expectParity(pool(ses({ fromName: '"My Custom Email"' }), { env })))
    it('withSES, name with non-atom characters', () =>
      expectParity(pool(ses({ fromName: 'mycustomname@example.com' }), { env })))
    it('withSES, name with quotes', () => expectParity(pool(ses({ fromName: 'Foo "Bar" \\Baz' }), { env })))
    it('withSES, name in Japanese', () => expectParity(pool(ses({ fromName: 'あいう' }), { env })))
    it('withSES with sesRegion', () =>
      expectParity(
        pool(
          ses({
            fromName: 'My Custom Email',
            sesRegion: 'us-east-1',
            replyTo: 'reply@example.com',
            configurationSetName: 'default',
          }),
          { env: envEast2 },
        ),
      ))
    it('withSES with a verified domain', () =>
      expectParity(
        pool(
          ses({
            fromName: 'My Custom Email',
            sesRegion: 'us-east-1',
            replyTo: 'reply@example.com',
            configurationSetName: 'default',
            sesVerifiedDomain: 'example.com',
          }),
          { env: envEast2 },
        ),
      ))
    it('withSES with fromEmail outside the verified domain is refused', () => {
      refused(() => ({ mfaMessage: '{####' }), 'mfaMessage', { env: envEast2 })
      refused(
        (a) => ({
          email: a.m.UserPoolEmail.withSES({
            fromEmail: 'mycustomemail@some.com',
            fromName: 'My Custom Email',
            sesRegion: 'us-east-1',
            replyTo: 'reply@example.com',
            configurationSetName: 'default',
            sesVerifiedDomain: 'example.com',
          }),
        }),
        'email.sesVerifiedDomain',
        { env: envEast2 },
      )
    })
  })

  describe('sign-in policy and passkeys', () => {
    it('signInPolicy: {} gives no Policies', () => expectParity(pool(() => ({ signInPolicy: {} }))))
    it('password cannot be turned off', () =>
      refused(
        () => ({ signInPolicy: { allowedFirstAuthFactors: { password: false } } }),
        'signInPolicy.allowedFirstAuthFactors.password',
      ))
    it('every first factor', () =>
      expectParity(
        pool(() => ({
          signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true, smsOtp: true, passkey: true } },
        })),
      ))
    it('choice-based sign-in with LITE is refused', () =>
      refused(
        (a) => ({
          signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true } },
          featurePlan: a.m.FeaturePlan.LITE,
        }),
        'signInPolicy.allowedFirstAuthFactors',
      ))
    it('password alone with LITE', () =>
      expectParity(
        pool((a) => ({
          signInPolicy: { allowedFirstAuthFactors: { password: true } },
          featurePlan: a.m.FeaturePlan.LITE,
        })),
      ))
    it('passkeyRelyingPartyId', () => expectParity(pool(() => ({ passkeyRelyingPartyId: 'example.com' }))))
    it.each(['', 'x'.repeat(64)])('passkeyRelyingPartyId of length %# is refused', (id) =>
      refused(() => ({ passkeyRelyingPartyId: id }), 'passkeyRelyingPartyId'),
    )
    it.each(['PREFERRED', 'REQUIRED'])('PasskeyUserVerification.%s', (v) =>
      expectParity(pool((a) => ({ passkeyUserVerification: a.m.PasskeyUserVerification[v] }))),
    )
  })

  it('device tracking', () =>
    expectParity(
      pool(() => ({ deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true } })),
    ))

  it('keepOriginal', () =>
    expectParity(
      pool(() => ({
        signInAliases: { username: true },
        autoVerify: { email: true, phone: true },
        keepOriginal: { email: true, phone: true },
      })),
    ))

  it('grant: the statement the CDK adds to the role', () => {
    let statement: unknown
    synthCdk((stack, l) => {
      const role = new l.iam.Role(stack, 'Role', { assumedBy: new l.iam.ServicePrincipal('lambda.amazonaws.com') })
      new l.cognito.UserPool(stack, 'Pool').grant(role, 'cognito-idp:AdminCreateUser', 'cognito-idp:ListUsers')
      statement = (stack.resolve((role.node.findChild('DefaultPolicy') as any).document) as any).Statement[0]
    })
    expect(
      ours
        .userPool('Pool')
        .ref({ logicalIds: 'cdk', stackId: 'S' })
        .grant('cognito-idp:AdminCreateUser', 'cognito-idp:ListUsers'),
    ).toEqual(statement)
  })

  it('deletion protection', () => expectParity(pool(() => ({ deletionProtection: true }))))

  describe('feature plans and threat protection', () => {
    it.each(['LITE', 'ESSENTIALS', 'PLUS'])('FeaturePlan.%s', (plan) =>
      expectParity(pool((a) => ({ featurePlan: a.m.FeaturePlan[plan] }))),
    )
    it('no feature plan', () => expectParity(pool(() => ({}))))
    it.each([
      ['ENFORCED', 'PLUS'],
      ['AUDIT', 'PLUS'],
      ['OFF', 'LITE'],
      ['OFF', 'ESSENTIALS'],
    ])('AdvancedSecurityMode.%s with %s', (mode, plan) =>
      expectParity(
        pool((a) => ({ advancedSecurityMode: a.m.AdvancedSecurityMode[mode], featurePlan: a.m.FeaturePlan[plan] })),
      ),
    )
    const cross = (key: string, enumName: string, modes: string[]) =>
      ['ESSENTIALS', 'LITE'].flatMap((plan) => modes.map((mode) => [key, enumName, plan, mode] as const))
    it.each([
      ...cross('advancedSecurityMode', 'AdvancedSecurityMode', ['AUDIT', 'ENFORCED']),
      ...cross('standardThreatProtectionMode', 'StandardThreatProtectionMode', ['AUDIT_ONLY', 'FULL_FUNCTION']),
      ...cross('customThreatProtectionMode', 'CustomThreatProtectionMode', ['AUDIT_ONLY', 'FULL_FUNCTION']),
    ])('%s (%s) with FeaturePlan.%s, %s: synthesized, as the CDK (checked at deploy)', (key, enumName, plan, mode) =>
      expectParity(pool((a) => ({ featurePlan: a.m.FeaturePlan[plan], [key]: a.m[enumName][mode] }))),
    )
    it.each([
      ['standardThreatProtectionMode', 'StandardThreatProtectionMode'],
      ['customThreatProtectionMode', 'CustomThreatProtectionMode'],
    ])('advancedSecurityMode with %s is refused', (key, enumName) =>
      refused(
        (a) => ({
          featurePlan: a.m.FeaturePlan.PLUS,
          advancedSecurityMode: a.m.AdvancedSecurityMode.AUDIT,
          [key]: a.m[enumName].AUDIT_ONLY,
        }),
        'advancedSecurityMode',
      ),
    )
  })

  describe('email MFA', () => {
    const sesEmail = (a: Api) =>
      a.m.UserPoolEmail.withSES({
        sesRegion: 'us-east-1',
        fromEmail: 'noreply@example.com',
        fromName: 'myname@mycompany.com',
        replyTo: 'support@example.com',
        sesVerifiedDomain: 'example.com',
      })
    const emailMfa = (a: Api) => ({ mfa: a.m.Mfa.REQUIRED, mfaSecondFactor: { sms: true, otp: false, email: true } })
    it('with SES and ESSENTIALS', () =>
      expectParity(
        pool((a) => ({ email: sesEmail(a), ...emailMfa(a), featurePlan: a.m.FeaturePlan.ESSENTIALS }), {
          poolId: 'myuserpool',
        }),
      ))
    it('without email settings is refused', () =>
      refused((a) => ({ ...emailMfa(a), featurePlan: a.m.FeaturePlan.ESSENTIALS }), 'mfaSecondFactor.email', {
        poolId: 'Pool1',
      }))
    it('with Cognito email is refused', () =>
      refused(
        (a) => ({ ...emailMfa(a), email: a.m.UserPoolEmail.withCognito(), featurePlan: a.m.FeaturePlan.ESSENTIALS }),
        'mfaSecondFactor.email',
        { poolId: 'Pool1' },
      ))
    it.each(['AUDIT', 'ENFORCED'])('with PLUS and AdvancedSecurityMode.%s', (mode) =>
      expectParity(
        pool(
          (a) => ({
            email: sesEmail(a),
            ...emailMfa(a),
            featurePlan: a.m.FeaturePlan.PLUS,
            advancedSecurityMode: a.m.AdvancedSecurityMode[mode],
          }),
          { poolId: 'Pool1' },
        ),
      ),
    )
    it('with LITE is refused', () =>
      refused(
        (a) => ({ email: sesEmail(a), ...emailMfa(a), featurePlan: a.m.FeaturePlan.LITE }),
        'mfaSecondFactor.email',
        {
          poolId: 'Pool1',
        },
      ))
  })

  describe('passwordHistorySize', () => {
    it('3', () => expectParity(pool(() => ({ passwordPolicy: { passwordHistorySize: 3 } }))))
    it('with LITE is refused', () =>
      refused(
        (a) => ({ passwordPolicy: { passwordHistorySize: 3 }, featurePlan: a.m.FeaturePlan.LITE }),
        'passwordPolicy.passwordHistorySize',
      ))
    it.each([-1, 25])('%s is refused', (passwordHistorySize) =>
      refused(() => ({ passwordPolicy: { passwordHistorySize } }), 'passwordPolicy.passwordHistorySize'),
    )
  })
})
