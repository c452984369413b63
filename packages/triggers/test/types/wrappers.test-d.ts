import { NumberAttribute, StringAttribute, userPool } from '@cognito-kit/builder'
import type { UserPoolDefinition } from '@cognito-kit/builder/definition'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type AccountTakeoverAttributes,
  addClaims,
  addScopes,
  autoConfirm,
  customEmailSender,
  customMessage,
  defineAuthChallenge,
  deny,
  type LambdaContext,
  overrideGroups,
  type PreSignUpEvent,
  type PreSignUpResponse,
  preSignUp,
  presentChallenge,
  preTokenGeneration,
  suppressClaims,
  type TriggerDeniedError,
  userMigration,
  verifyAuthChallengeResponse,
} from '../../src/index.js'

type Def = UserPoolDefinition<{ tenant: 'String'; level: 'Number' }, 'web', 'api/read'>

describe('wrappers', () => {
  it('type the event and the returned Lambda handler', () => {
    const handler = preSignUp((event, context) => {
      expectTypeOf(event).toEqualTypeOf<PreSignUpEvent>()
      expectTypeOf(event.triggerSource).toEqualTypeOf<
        'PreSignUp_SignUp' | 'PreSignUp_AdminCreateUser' | 'PreSignUp_ExternalProvider'
      >()
      expectTypeOf(event.request.userAttributes.email).toEqualTypeOf<string | undefined>()
      expectTypeOf(event.callerContext.clientId).toEqualTypeOf<string | null | undefined>()
      expectTypeOf(context).toEqualTypeOf<LambdaContext>()
      return autoConfirm()
    })
    expectTypeOf(handler).not.toBeAny()
    expectTypeOf(handler).parameter(0).toEqualTypeOf<PreSignUpEvent>()
    expectTypeOf(handler).returns.resolves.toHaveProperty('response').toEqualTypeOf<PreSignUpResponse>()
  })

  it('accept responses, parts, denials and nothing; reject anything else', () => {
    preSignUp(() => undefined)
    preSignUp(async () => {})
    preSignUp(() => [autoConfirm()])
    preSignUp(() => deny('no'))
    expectTypeOf(deny('no')).toEqualTypeOf<TriggerDeniedError>()
    // @ts-expect-error: autoConfirmUser is a boolean
    preSignUp(() => ({ autoConfirmUser: 'yes' }))
    // @ts-expect-error: a pre sign-up response has no smsMessage
    preSignUp(() => ({ smsMessage: 'x' }))
    // @ts-expect-error: verify needs a boolean verdict, not a string
    verifyAuthChallengeResponse(() => 'true')
    defineAuthChallenge(() => presentChallenge('PASSWORD_VERIFIER'))
    // @ts-expect-error: not a challenge Cognito can present next (typo)
    presentChallenge('CUSTOM_CHALENGE')
    // @ts-expect-error: a V2 claim cannot be null (suppress it instead)
    preTokenGeneration.v2(() => addClaims({ accessToken: { tenant: null } }))
    // @ts-expect-error: arrays hold strings, numbers and booleans only
    preTokenGeneration.v2(() => addClaims({ accessToken: { roles: [{ name: 'admin' }] } }))
    preTokenGeneration.v2(() =>
      addClaims({ accessToken: { roles: ['admin', 1, true], profile: { tier: { level: 1 } } } }),
    )
  })

  it('narrow per source', () => {
    customMessage((event) => {
      if (event.triggerSource === 'CustomMessage_AdminCreateUser') {
        expectTypeOf(event.request.usernameParameter).toEqualTypeOf<string>()
      } else {
        expectTypeOf(event.request.usernameParameter).toEqualTypeOf<string | null | undefined>()
      }
    })
    userMigration((event) => {
      if (event.triggerSource === 'UserMigration_Authentication')
        expectTypeOf(event.request.password).toEqualTypeOf<string>()
      // @ts-expect-error: ForgotPassword events carry no password
      else event.request.password
      return { userAttributes: { email: 'a@example.com' } }
    })
  })

  it('type the custom senders: the plaintext code, and the account-takeover notification', () => {
    customEmailSender(
      (event, _context, { code }) => {
        expectTypeOf(code).toEqualTypeOf<string | null>()
        if (event.triggerSource === 'CustomEmailSender_AccountTakeOverNotification') {
          expectTypeOf(event.request.userAttributes).toEqualTypeOf<AccountTakeoverAttributes>()
          expectTypeOf(event.request.userAttributes.CITY).toEqualTypeOf<string | null | undefined>()
        } else {
          // null when Cognito sends no code
          expectTypeOf(event.request.code).toEqualTypeOf<string | null>()
        }
      },
      { decrypt: async (ciphertext) => ciphertext },
    )
    // @ts-expect-error: decrypt is required (null to skip)
    customEmailSender(() => undefined, {})
  })
})

describe('typed from the pool definition', () => {
  it('knows the custom attributes; unknown custom attributes do not compile', () => {
    preSignUp.for<Def>()((event) => {
      expectTypeOf(event.request.userAttributes['custom:tenant']).toEqualTypeOf<string | undefined>()
      expectTypeOf(event.request.userAttributes['custom:level']).toEqualTypeOf<`${number}` | undefined>()
      expectTypeOf(event.request.userAttributes.email).toEqualTypeOf<string | undefined>()
      // @ts-expect-error: the pool has no custom:plan attribute
      event.request.userAttributes['custom:plan']
    })
  })

  it('works with the type of a builder’s toDefinition()', () => {
    const pool = userPool('Main').withCustomAttributes({
      tenant: new StringAttribute({ mutable: true }),
      seats: new NumberAttribute(),
    })
    type PoolDef = ReturnType<typeof pool.toDefinition>
    preTokenGeneration.v1.for<PoolDef>()((event) => {
      expectTypeOf(event.request.userAttributes['custom:seats']).toEqualTypeOf<`${number}` | undefined>()
      // @ts-expect-error: not declared on the pool
      event.request.userAttributes['custom:level']
      return addClaims({ idToken: { tenant: event.request.userAttributes['custom:tenant'] ?? 'none' } })
    })
  })

  it('types migrated users’ attributes', () => {
    userMigration.for<Def>()(() => ({ userAttributes: { email: 'a@example.com', 'custom:level': '3' } }))
    // @ts-expect-error: custom:level is a Number attribute
    userMigration.for<Def>()(() => ({ userAttributes: { 'custom:level': 'three' } }))
    // @ts-expect-error: custom:plan is not on the pool
    userMigration.for<Def>()(() => ({ userAttributes: { 'custom:plan': 'pro' } }))
  })
})

describe('pre token generation', () => {
  it('match the event version to the wrapper', () => {
    preTokenGeneration.v1((event) => {
      expectTypeOf(event.version).toEqualTypeOf<'1'>()
      // @ts-expect-error: V1 events have no scopes
      event.request.scopes
    })
    preTokenGeneration.v2((event) => {
      expectTypeOf(event.version).toEqualTypeOf<'2'>()
      expectTypeOf(event.request.scopes).toEqualTypeOf<readonly string[]>()
    })
    preTokenGeneration.v3((event) => {
      expectTypeOf(event.version).toEqualTypeOf<'3'>()
      if (event.triggerSource === 'TokenGeneration_ClientCredentials') {
        expectTypeOf(event.request.groupConfiguration).toEqualTypeOf<
          import('../../src/index.js').GroupConfiguration | undefined
        >()
      } else {
        expectTypeOf(event.request.groupConfiguration.groupsToOverride).toEqualTypeOf<readonly string[]>()
      }
    })
  })

  it('V1 takes string ID-token claims only', () => {
    preTokenGeneration.v1(() => [addClaims({ idToken: { tenant: 'acme' } }), suppressClaims({ idToken: ['email'] })])
    preTokenGeneration.v1((e) => overrideGroups({ groupsToOverride: [] }, e.request.groupConfiguration))
    // @ts-expect-error: V1 claims are strings
    preTokenGeneration.v1(() => addClaims({ idToken: { level: 3 } }))
    // @ts-expect-error: V1 cannot change the access token
    preTokenGeneration.v1(() => addClaims({ accessToken: { tenant: 'acme' } }))
    // @ts-expect-error: V1 cannot change scopes
    preTokenGeneration.v1(() => addScopes(['api/read']))
    // @ts-expect-error: a V1 response object with a JSON claim
    preTokenGeneration.v1(() => ({ claimsOverrideDetails: { claimsToAddOrOverride: { roles: ['a'] } } }))
  })

  it('V2/V3 take JSON claims in both tokens', () => {
    preTokenGeneration.v2(() =>
      addClaims({ idToken: { tenant: { id: 1, tags: ['a'] } }, accessToken: { roles: ['admin'], n: 1, ok: true } }),
    )
    preTokenGeneration.v3(() => ({
      claimsAndScopeOverrideDetails: { accessTokenGeneration: { scopesToAdd: ['api/read'] } },
    }))
  })

  it('reserved claims do not compile', () => {
    // @ts-expect-error: sub is reserved
    addClaims({ idToken: { sub: 'x' } })
    // @ts-expect-error: cognito: claims are reserved
    addClaims({ accessToken: { 'cognito:groups': ['a'] } })
    // @ts-expect-error: dev: claims can only be suppressed
    addClaims({ idToken: { 'dev:flag': 'x' } })
    suppressClaims({ idToken: ['dev:flag', 'cognito:groups'] })
  })

  it('check added claims against the claims the app declares', () => {
    interface AppClaims {
      idToken: { tenant: string; plan: 'free' | 'pro' }
      accessToken: { roles: string[] }
    }
    const v2 = preTokenGeneration.v2.for<Def, AppClaims>()
    v2((event) =>
      addClaims({
        idToken: { tenant: event.request.userAttributes['custom:tenant'] ?? 'x', plan: 'pro' },
        accessToken: { roles: ['a'] },
      }),
    )
    // @ts-expect-error: plan is 'free' | 'pro'
    v2(() => addClaims({ idToken: { plan: 'enterprise' } }))
    // @ts-expect-error: roles is a string array
    v2(() => addClaims({ accessToken: { roles: 'admin' } }))
    // @ts-expect-error: region is not a declared claim
    v2(() => addClaims({ idToken: { region: 'eu' } }))
    // @ts-expect-error: region is not declared, even next to a declared claim
    v2(() => [addClaims({ idToken: { tenant: 'acme', region: 'eu' } })])
    // @ts-expect-error: undeclared claims in a response object are caught too
    v2(async () => ({
      claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride: { roles: ['a'], extra: 1 } } },
    }))
    // Without declared claims, any non-reserved claim goes.
    preTokenGeneration.v2(() => addClaims({ idToken: { region: 'eu' } }))
    // @ts-expect-error: response objects are checked too
    v2(() => ({ claimsAndScopeOverrideDetails: { idTokenGeneration: { claimsToAddOrOverride: { tenant: 1 } } } }))
    const v1 = preTokenGeneration.v1.for<Def, { idToken: { tenant: string } }>()
    v1(() => addClaims({ idToken: { tenant: 'acme' } }))
    // @ts-expect-error: not declared
    v1(() => addClaims({ idToken: { other: 'acme' } }))
    // @ts-expect-error: not declared, next to a declared one
    v1(() => ({ claimsOverrideDetails: { claimsToAddOrOverride: { tenant: 'a', other: 'b' } } }))
  })
})
