/**
 * The `@example` blocks of the public JSDoc, compiled: if an example stops type-checking, this
 * file fails. Services the examples call (mailers, legacy directories) are declared here.
 */
import type { UserPoolDefinition } from '@cognito-kit/builder/definition'
import { describe, expectTypeOf, it } from 'vitest'
import {
  addClaims,
  addScopes,
  autoConfirm,
  autoVerifyEmail,
  createAuthChallenge,
  customEmailSender,
  customMessage,
  customSmsSender,
  defineAuthChallenge,
  deny,
  failAuthentication,
  inboundFederation,
  issueTokens,
  mapAttributes,
  parseTriggerEvent,
  postAuthentication,
  postConfirmation,
  preAuthentication,
  preSignUp,
  presentChallenge,
  preTokenGeneration,
  router,
  suppressClaims,
  type TriggerValidationError,
  userMigration,
  validateTriggerResponse,
  verifyAuthChallengeResponse,
} from '../../src/index.js'

declare const welcomeQueue: { send(message: object): Promise<void> }
declare const audit: { record(user: string, what: string): Promise<void> }
declare const mailer: { send(to: string | undefined, text: string): Promise<void> }
declare const sms: { send(to: string | undefined, text: string): Promise<void> }
declare function sendOneTimeCode(email: string | undefined): Promise<string>
declare function decryptWithKms(ciphertext: string): Promise<string>
declare const legacy: {
  signIn(user: string, password: string): Promise<{ email: string } | undefined>
  find(user: string): Promise<{ email: string } | undefined>
}
declare const definition: UserPoolDefinition<{ tenant: 'String' }>
declare const input: unknown

describe('JSDoc examples', () => {
  it('compile', () => {
    preSignUp((event) =>
      event.request.userAttributes.email?.endsWith('@example.com')
        ? [autoConfirm(), autoVerifyEmail()]
        : deny('Sign-up is open to example.com addresses only'),
    )
    preSignUp.for<typeof definition>()((event) =>
      event.request.userAttributes['custom:tenant'] ? autoConfirm() : deny('A tenant is required'),
    )
    postConfirmation(async (event) => {
      await welcomeQueue.send({ sub: event.request.userAttributes.sub, source: event.triggerSource })
    })
    preAuthentication((event) =>
      event.request.userAttributes['custom:locked'] === 'true' ? deny('This account is locked') : undefined,
    )
    postAuthentication(async (event) => {
      if (event.request.newDeviceUsed) await audit.record(event.userName, 'new device')
    })
    defineAuthChallenge(({ request: { session } }) => {
      const last = session.at(-1)
      if (session.length === 0) return presentChallenge('CUSTOM_CHALLENGE')
      if (last?.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult) return issueTokens()
      return session.length >= 3 ? failAuthentication() : presentChallenge('CUSTOM_CHALLENGE')
    })
    createAuthChallenge(async (event) => {
      const code = await sendOneTimeCode(event.request.userAttributes.email)
      return {
        publicChallengeParameters: { delivery: 'email' },
        privateChallengeParameters: { answer: code },
        challengeMetadata: 'EMAIL_CODE',
      }
    })
    verifyAuthChallengeResponse(({ request }) => request.challengeAnswer === request.privateChallengeParameters.answer)
    preTokenGeneration.v1((event) => [
      addClaims({ idToken: { tenant: event.request.userAttributes['custom:tenant'] ?? 'none' } }),
      suppressClaims({ idToken: ['phone_number'] }),
    ])
    interface AppClaims {
      idToken: { tenant: string }
      accessToken: { tenant: string; roles: string[] }
    }
    preTokenGeneration.v2.for<typeof definition, AppClaims>()((event) => {
      const tenant = event.request.userAttributes['custom:tenant'] ?? 'none'
      return [addClaims({ idToken: { tenant }, accessToken: { tenant, roles: ['reader'] } }), addScopes(['api/read'])]
    })
    userMigration(async (event) => {
      const user =
        event.triggerSource === 'UserMigration_Authentication'
          ? await legacy.signIn(event.userName, event.request.password)
          : await legacy.find(event.userName)
      if (!user) return deny('Incorrect username or password')
      return {
        userAttributes: { email: user.email, email_verified: 'true' },
        finalUserStatus: 'CONFIRMED',
        messageAction: 'SUPPRESS',
      }
    })
    customMessage(
      ({ triggerSource, request: { codeParameter } }) =>
        triggerSource === 'CustomMessage_SignUp'
          ? { emailSubject: 'Welcome!', emailMessage: `<p>Your code is <b>${codeParameter}</b></p>` }
          : undefined,
      { emailSendingAccount: 'DEVELOPER' },
    )
    customEmailSender(
      async (event, _context, { code }) => {
        if (event.triggerSource === 'CustomEmailSender_AccountTakeOverNotification') {
          return mailer.send(
            event.request.userAttributes.USER_NAME,
            `Sign-in from ${event.request.userAttributes.IP_ADDRESS}`,
          )
        }
        await mailer.send(event.request.userAttributes.email, `Your code is ${code}`)
      },
      { decrypt: (ciphertext) => decryptWithKms(ciphertext) },
    )
    customSmsSender(
      async (event, _context, { code }) => {
        await sms.send(event.request.userAttributes.phone_number, `Your code is ${code}`)
      },
      { decrypt: (ciphertext) => decryptWithKms(ciphertext) },
    )
    inboundFederation(({ request: { attributes } }) => {
      const claims = { ...attributes.idToken, ...attributes.userInfo }
      return mapAttributes({
        email: String(claims.email ?? ''),
        given_name: String(claims.given_name ?? ''),
        'custom:bio': String(claims.bio ?? '').slice(0, 2048),
      })
    })
    router(
      {
        PreSignUp_SignUp: () => autoConfirm(),
        PreSignUp_ExternalProvider: () => [autoConfirm(), autoVerifyEmail()],
        CustomMessage: ({ request }) => ({ smsMessage: `Your code: ${request.codeParameter}` }),
        PreTokenGeneration: (event) => addClaims({ idToken: { source: event.triggerSource } }),
      },
      { preTokenGeneration: 'V2_0' },
    )
    const event = parseTriggerEvent(input)
    if (event.triggerSource === 'TokenGeneration_Authentication' && event.version === '2') {
      expectTypeOf(event.request.scopes).toEqualTypeOf<readonly string[]>()
    }
    const result = validateTriggerResponse(event, { claimsOverrideDetails: { claimsToAddOrOverride: { sub: 'x' } } })
    if (!result.success) expectTypeOf(result.error).toEqualTypeOf<TriggerValidationError>()
  })
})
