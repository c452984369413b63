import type { UserPoolDefinition } from '@cognito-kit/builder/definition'
import { match, P } from 'ts-pattern'
import { describe, expectTypeOf, it } from 'vitest'
import {
  addClaims,
  autoConfirm,
  type CustomMessageEvent,
  type PreSignUpEvent,
  type PreSignUpExternalProviderEvent,
  type PreTokenGenerationV2Event,
  type RoutedEvent,
  router,
} from '../../src/index.js'
import { createEvent } from '../../src/testing/index.js'

describe('router', () => {
  it('types each route’s event: a trigger route gets all its sources, a source route one', () => {
    router({
      PreSignUp: (event) => {
        expectTypeOf(event).toEqualTypeOf<PreSignUpEvent>()
        return autoConfirm()
      },
      PreSignUp_ExternalProvider: (event) => {
        expectTypeOf(event).toEqualTypeOf<PreSignUpExternalProviderEvent>()
      },
      CustomMessage_ForgotPassword: (event) => {
        expectTypeOf(event.triggerSource).toEqualTypeOf<'CustomMessage_ForgotPassword'>()
        return { smsMessage: `code ${event.request.codeParameter}` }
      },
    })
  })

  it('narrows pre token generation events to the configured version', () => {
    router(
      {
        PreTokenGeneration: (event) => {
          expectTypeOf(event).toEqualTypeOf<PreTokenGenerationV2Event>()
          return addClaims({ accessToken: { roles: ['a'] } })
        },
      },
      { preTokenGeneration: 'V2_0' },
    )
    router({
      TokenGeneration_RefreshTokens: (event) => {
        expectTypeOf(event.version).toEqualTypeOf<'1' | '2' | '3'>()
      },
    })
  })

  it('checks each route’s response type and key', () => {
    // @ts-expect-error: a pre sign-up route cannot answer with a custom message
    router({ PreSignUp: () => ({ smsMessage: 'x' }) })
    // @ts-expect-error: PreSignUpp is neither a trigger nor a source
    router({ PreSignUpp: () => undefined })
  })

  it('accepts exactly the events of its declared routes', () => {
    const handler = router({ PreSignUp_SignUp: () => autoConfirm(), CustomMessage: () => undefined })
    type Served = Parameters<typeof handler>[0]
    expectTypeOf<Served>().toEqualTypeOf<RoutedEvent<{ PreSignUp_SignUp: unknown; CustomMessage: unknown }>>()
    expectTypeOf<Served['triggerSource']>().toEqualTypeOf<'PreSignUp_SignUp' | CustomMessageEvent['triggerSource']>()
    handler(createEvent('PreSignUp_SignUp'))
    handler(createEvent('CustomMessage_ResendCode'))
    // @ts-expect-error: the router does not serve PreSignUp_AdminCreateUser
    handler(createEvent('PreSignUp_AdminCreateUser'))
  })

  it('is exhaustive over its declared sources with ts-pattern', () => {
    const handler = router({ PreSignUp_SignUp: () => undefined, PostConfirmation: () => undefined })
    const describe = (event: Parameters<typeof handler>[0]) =>
      match(event)
        .with({ triggerSource: 'PreSignUp_SignUp' }, () => 'sign-up')
        .with(
          { triggerSource: P.union('PostConfirmation_ConfirmSignUp', 'PostConfirmation_ConfirmForgotPassword') },
          () => 'confirmed',
        )
        .exhaustive()
    expectTypeOf(describe).returns.toEqualTypeOf<string>()
    const incomplete = (event: Parameters<typeof handler>[0]) =>
      match(event)
        .with({ triggerSource: 'PreSignUp_SignUp' }, () => 'sign-up')
        // @ts-expect-error: PostConfirmation sources are not handled
        .exhaustive()
    void incomplete
  })

  it('types custom attributes with .for<D>()', () => {
    type Def = UserPoolDefinition<{ tenant: 'String' }>
    router.for<Def>()({
      PreAuthentication: (event) => {
        expectTypeOf(event.request.userAttributes['custom:tenant']).toEqualTypeOf<string | undefined>()
      },
    })
  })
})
