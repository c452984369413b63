import { describe, expectTypeOf, it } from 'vitest'
import type * as z from 'zod/mini'
import {
  type AccountTakeoverNotificationEvent,
  type CustomEmailSenderRequestType,
  type CustomSmsSenderRequestType,
  type PreSignUpSignUpEvent,
  type PreTokenGenerationClientCredentialsEvent,
  type PreTokenGenerationV1Event,
  type PreTokenGenerationV2Event,
  type PreTokenGenerationV3Event,
  parseTriggerEvent,
  type TriggerEvent,
  type TriggerEventForSource,
  type TriggerSource,
  type UserAttributes,
} from '../../src/index.js'
import type { eventSchemas, preTokenGenerationV2EventSchema } from '../../src/schemas.js'
import { createEvent } from '../../src/testing/index.js'

describe('event types', () => {
  it('parseTriggerEvent returns the discriminated union', () => {
    const event = parseTriggerEvent({})
    expectTypeOf(event).toEqualTypeOf<TriggerEvent>()
    expectTypeOf(event).not.toBeAny()
    if (event.triggerSource === 'PreSignUp_SignUp') expectTypeOf(event).toEqualTypeOf<PreSignUpSignUpEvent>()
    if (event.triggerSource === 'TokenGeneration_Authentication' && event.version === '2') {
      expectTypeOf(event.request.scopes).toEqualTypeOf<readonly string[]>()
    }
    if (event.triggerSource === 'TokenGeneration_ClientCredentials')
      expectTypeOf(event).toEqualTypeOf<PreTokenGenerationClientCredentialsEvent>()
    if (event.triggerSource === 'CustomEmailSender_AccountTakeOverNotification') {
      expectTypeOf(event).toEqualTypeOf<AccountTakeoverNotificationEvent>()
      expectTypeOf(event.request.code).toEqualTypeOf<string | null | undefined>()
    }
    if (event.triggerSource === 'CustomEmailSender_SignUp') {
      expectTypeOf(event.request.type).toEqualTypeOf<CustomEmailSenderRequestType>()
      expectTypeOf<'customEmailSenderRequestV1'>().toExtend<CustomEmailSenderRequestType>()
    }
    if (event.triggerSource === 'CustomSMSSender_SignUp') {
      expectTypeOf(event.request.type).toEqualTypeOf<CustomSmsSenderRequestType>()
    }
    if (event.triggerSource === 'VerifyAuthChallengeResponse_Authentication') {
      expectTypeOf(event.request.challengeAnswer).toEqualTypeOf<string>()
    }
  })

  it('has an event type for all 41 sources', () => {
    expectTypeOf<TriggerEvent['triggerSource']>().toEqualTypeOf<TriggerSource>()
    expectTypeOf<TriggerEventForSource<'TokenGeneration_HostedAuth'>['version']>().toEqualTypeOf<'1' | '2' | '3'>()
  })

  it('types the schemas', () => {
    expectTypeOf<z.output<typeof eventSchemas.PreSignUp_SignUp>>().toEqualTypeOf<PreSignUpSignUpEvent>()
    expectTypeOf<z.output<typeof eventSchemas.TokenGeneration_Authentication.V1>>().toEqualTypeOf<
      PreTokenGenerationV1Event<
        import('@cognito-kit/builder/definition').CustomAttributeTypes,
        'TokenGeneration_Authentication'
      >
    >()
    expectTypeOf<z.output<typeof preTokenGenerationV2EventSchema>>().toEqualTypeOf<PreTokenGenerationV2Event>()
  })

  it('leaves user attributes open without a definition', () => {
    expectTypeOf<UserAttributes['anything']>().toEqualTypeOf<string>()
    expectTypeOf<UserAttributes<{ tenant: 'String' }>['custom:tenant']>().toEqualTypeOf<string | undefined>()
  })

  it('createEvent returns the event of the source (and version)', () => {
    expectTypeOf(createEvent('PreSignUp_SignUp')).toEqualTypeOf<PreSignUpSignUpEvent>()
    expectTypeOf(createEvent('TokenGeneration_Authentication').version).toEqualTypeOf<'1'>()
    expectTypeOf(createEvent('TokenGeneration_Authentication', { version: '2' })).toEqualTypeOf<
      PreTokenGenerationV2Event<
        import('@cognito-kit/builder/definition').CustomAttributeTypes,
        'TokenGeneration_Authentication'
      >
    >()
    expectTypeOf(createEvent('TokenGeneration_HostedAuth', { version: '3' }).version).toEqualTypeOf<'3'>()
    expectTypeOf(
      createEvent('TokenGeneration_ClientCredentials'),
    ).toEqualTypeOf<PreTokenGenerationClientCredentialsEvent>()
    expectTypeOf<PreTokenGenerationV3Event['triggerSource']>().toEqualTypeOf<
      | 'TokenGeneration_HostedAuth'
      | 'TokenGeneration_Authentication'
      | 'TokenGeneration_NewPasswordChallenge'
      | 'TokenGeneration_AuthenticateDevice'
      | 'TokenGeneration_RefreshTokens'
      | 'TokenGeneration_ClientCredentials'
    >()
    // @ts-expect-error: overrides are typed
    createEvent('PreSignUp_SignUp', { request: { userAttributes: { email: 1 } } })
    // @ts-expect-error: unknown source
    createEvent('PreSignUp_Nope')
  })
})
