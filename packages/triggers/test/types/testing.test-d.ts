/**
 * `invoke(handler, createEvent(source))` type-checks for handlers typed from a pool definition
 * (`.for<typeof def>()`), for every trigger, pre token generation V1/V2/V3 included: a factory
 * event (open custom attributes) is assignable to a handler that knows the pool's custom
 * attributes, with no cast.
 */
import { NumberAttribute, StringAttribute, userPool } from '@cognito-kit/builder'
import { describe, expectTypeOf, it } from 'vitest'
import {
  addClaims,
  createAuthChallenge,
  customEmailSender,
  customMessage,
  customSmsSender,
  defineAuthChallenge,
  inboundFederation,
  issueTokens,
  type PreTokenGenerationV1Response,
  type PreTokenGenerationV2Response,
  postAuthentication,
  postConfirmation,
  preAuthentication,
  preSignUp,
  preTokenGeneration,
  userMigration,
  verifyAuthChallengeResponse,
} from '../../src/index.js'
import { createEvent, invoke, invokeAsCognito } from '../../src/testing/index.js'

const pool = userPool('Typed', {
  customAttributes: { tenant: new StringAttribute({ mutable: true }), seats: new NumberAttribute({ mutable: true }) },
})
type Def = ReturnType<typeof pool.toDefinition>

interface AppClaims {
  idToken: { tenant: string }
  accessToken: { tenant: string; roles: string[] }
}

describe('invoke with factory events and definition-typed handlers', () => {
  it('type-checks pre token generation V1, V2 and V3 without casts', async () => {
    const v1 = preTokenGeneration.v1.for<Def, AppClaims>()((event) => {
      expectTypeOf(event.request.userAttributes['custom:seats']).toEqualTypeOf<`${number}` | undefined>()
      return addClaims({ idToken: { tenant: event.request.userAttributes['custom:tenant'] ?? 'none' } })
    })
    const v2 = preTokenGeneration.v2.for<Def, AppClaims>()(() =>
      addClaims({ accessToken: { tenant: 'acme', roles: ['reader'] } }),
    )
    const v3 = preTokenGeneration.v3.for<Def>()(() => undefined)

    for (const source of [
      'TokenGeneration_HostedAuth',
      'TokenGeneration_Authentication',
      'TokenGeneration_NewPasswordChallenge',
      'TokenGeneration_AuthenticateDevice',
      'TokenGeneration_RefreshTokens',
    ] as const) {
      const out1 = await invoke(v1, createEvent(source))
      expectTypeOf(out1.response).toEqualTypeOf<PreTokenGenerationV1Response>()
      const withAttributes = createEvent(source, { request: { userAttributes: { 'custom:tenant': 'acme' } } })
      await invoke(v1, withAttributes)
      const out2 = await invoke(v2, createEvent(source, { version: '2' }))
      expectTypeOf(out2.response).toEqualTypeOf<PreTokenGenerationV2Response>()
      await invoke(v3, createEvent(source, { version: '3' }))
      await invokeAsCognito(v1, createEvent(source))
    }
    await invoke(v3, createEvent('TokenGeneration_ClientCredentials'))

    // @ts-expect-error: a V2 event for a V1 handler (the pool's LambdaVersion would not match)
    await invoke(v1, createEvent('TokenGeneration_Authentication', { version: '2' }))
    // @ts-expect-error: client credentials events only reach V3 handlers
    await invoke(v2, createEvent('TokenGeneration_ClientCredentials'))
  })

  it('type-checks every other trigger', async () => {
    await invoke(
      preSignUp.for<Def>()(() => undefined),
      createEvent('PreSignUp_SignUp'),
    )
    await invoke(
      postConfirmation.for<Def>()(() => undefined),
      createEvent('PostConfirmation_ConfirmForgotPassword'),
    )
    await invoke(
      preAuthentication.for<Def>()(() => undefined),
      createEvent('PreAuthentication_Authentication'),
    )
    await invoke(
      postAuthentication.for<Def>()(() => undefined),
      createEvent('PostAuthentication_Authentication'),
    )
    await invoke(
      defineAuthChallenge.for<Def>()(() => issueTokens()),
      createEvent('DefineAuthChallenge_Authentication'),
    )
    await invoke(
      createAuthChallenge.for<Def>()(() => undefined),
      createEvent('CreateAuthChallenge_Authentication'),
    )
    await invoke(
      verifyAuthChallengeResponse.for<Def>()(() => true),
      createEvent('VerifyAuthChallengeResponse_Authentication'),
    )
    await invoke(
      userMigration.for<Def>()(() => ({ userAttributes: { email: 'a@example.org', 'custom:tenant': 'acme' } })),
      createEvent('UserMigration_Authentication'),
    )
    await invoke(
      customMessage.for<Def>()(() => undefined),
      createEvent('CustomMessage_AdminCreateUser'),
    )
    await invoke(
      customEmailSender.for<Def>()(() => undefined, { decrypt: null }),
      createEvent('CustomEmailSender_AccountTakeOverNotification'),
    )
    await invoke(
      customSmsSender.for<Def>()(() => undefined, { decrypt: null }),
      createEvent('CustomSMSSender_SignUp'),
    )
    await invoke(
      inboundFederation(() => undefined),
      createEvent('InboundFederation_ExternalProvider'),
    )
    const preSignUpHandler = preSignUp.for<Def>()(() => undefined)
    // @ts-expect-error: an event of another trigger
    await invoke(preSignUpHandler, createEvent('CustomMessage_SignUp'))
  })
})
