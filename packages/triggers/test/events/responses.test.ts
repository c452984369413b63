/**
 * Every example response in the shared fixtures is valid for the event it answers, both through
 * `validateTriggerResponse` and returned from a wrapped handler.
 */
import { describe, expect, it } from 'vitest'
import {
  createAuthChallenge,
  customMessage,
  defineAuthChallenge,
  inboundFederation,
  preSignUp,
  preTokenGeneration,
  userMigration,
  validateTriggerResponse,
  verifyAuthChallengeResponse,
} from '../../src/index.js'
import { eventFixture, responseFixtures } from '../support/fixtures.js'

type AnyLambda = (event: never) => Promise<unknown>

/** Response fixture → the event fixtures it answers, and a wrapper returning it. */
const PAIRS: Record<string, { events: string[]; wrap: (r: never) => AnyLambda; options?: object }> = {
  'CreateAuthChallenge.captcha': {
    events: ['CreateAuthChallenge_Authentication'],
    wrap: (r) => createAuthChallenge(() => r),
  },
  'CustomMessage.admin-create-user': {
    events: ['CustomMessage_AdminCreateUser'],
    wrap: (r) => customMessage(() => r, { emailSendingAccount: 'DEVELOPER' }),
    options: { customMessage: { emailSendingAccount: 'DEVELOPER' } },
  },
  'DefineAuthChallenge.next-custom-challenge': {
    events: ['DefineAuthChallenge_Authentication'],
    wrap: (r) => defineAuthChallenge(() => r),
  },
  'InboundFederation.map-groups': {
    events: ['InboundFederation_ExternalProvider'],
    wrap: (r) => inboundFederation(() => r),
  },
  'PreSignUp.auto-confirm-and-verify': { events: ['PreSignUp_SignUp'], wrap: (r) => preSignUp(() => r) },
  'PreTokenGeneration.V1.add-and-suppress': {
    events: ['TokenGeneration_Authentication', 'TokenGeneration_RefreshTokens', 'TokenGeneration_HostedAuth'],
    wrap: (r) => preTokenGeneration.v1(() => r),
  },
  'PreTokenGeneration.V1.group-override': {
    events: ['TokenGeneration_Authentication', 'TokenGeneration_NewPasswordChallenge'],
    wrap: (r) => preTokenGeneration.v1(() => r),
  },
  'PreTokenGeneration.V2.claims-scopes-groups': {
    events: ['TokenGeneration_Authentication.V2', 'TokenGeneration_HostedAuth.V2'],
    wrap: (r) => preTokenGeneration.v2(() => r),
  },
  'PreTokenGeneration.V2.complex-claims': {
    events: ['TokenGeneration_HostedAuth.V2', 'TokenGeneration_Authentication.V2'],
    wrap: (r) => preTokenGeneration.v2(() => r),
  },
  'UserMigration.confirmed-suppress': {
    events: ['UserMigration_Authentication', 'UserMigration_ForgotPassword'],
    wrap: (r) => userMigration(() => r),
  },
  'VerifyAuthChallengeResponse.correct': {
    events: ['VerifyAuthChallengeResponse_Authentication'],
    wrap: (r) => verifyAuthChallengeResponse(() => r),
  },
}

describe('the shared response fixtures', () => {
  const fixtures = responseFixtures()

  it('are all paired with the events they answer', () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(Object.keys(PAIRS).sort())
  })

  describe.each(fixtures.map((f) => [f.name, f.response] as const))('%s', (name, response) => {
    const pair = PAIRS[name]!
    it.each(pair.events)('is valid for %s', (eventName) => {
      const result = validateTriggerResponse(eventFixture(eventName), response, pair.options)
      expect(result.success, result.success ? '' : result.error.message).toBe(true)
    })

    it.each(pair.events)('goes back to Cognito unchanged from a wrapped handler (%s)', async (eventName) => {
      const out = (await pair.wrap(structuredClone(response) as never)(eventFixture(eventName) as never)) as {
        response: unknown
      }
      expect(out.response).toMatchObject(response)
    })
  })
})
