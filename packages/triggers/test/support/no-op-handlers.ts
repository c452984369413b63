/** A wrapped, do-nothing-special handler for every trigger source: what a fixture must get through. */
import {
  createAuthChallenge,
  customEmailSender,
  customMessage,
  customSmsSender,
  defineAuthChallenge,
  inboundFederation,
  issueTokens,
  postAuthentication,
  postConfirmation,
  preAuthentication,
  preSignUp,
  preTokenGeneration,
  triggerOf,
  userMigration,
  verifyAuthChallengeResponse,
} from '../../src/index.js'

type AnyLambda = (event: never) => Promise<unknown>

export function passThroughLambda(source: string, version: string): AnyLambda {
  switch (triggerOf(source)) {
    case 'PreSignUp':
      return preSignUp(() => undefined)
    case 'PostConfirmation':
      return postConfirmation(() => undefined)
    case 'PreAuthentication':
      return preAuthentication(() => undefined)
    case 'PostAuthentication':
      return postAuthentication(() => undefined)
    case 'InboundFederation':
      return inboundFederation(() => undefined)
    case 'DefineAuthChallenge':
      return defineAuthChallenge(() => issueTokens())
    case 'CreateAuthChallenge':
      return createAuthChallenge(() => undefined)
    case 'VerifyAuthChallengeResponse':
      return verifyAuthChallengeResponse(() => true)
    case 'PreTokenGeneration':
      return version === '1'
        ? preTokenGeneration.v1(() => undefined)
        : version === '2'
          ? preTokenGeneration.v2(() => undefined)
          : preTokenGeneration.v3(() => undefined)
    case 'UserMigration':
      return userMigration(() => ({ userAttributes: { email: 'a@example.com', email_verified: 'true' } }))
    case 'CustomMessage':
      return customMessage(() => undefined)
    case 'CustomEmailSender':
      return customEmailSender(() => undefined, { decrypt: null })
    case 'CustomSMSSender':
      return customSmsSender(() => undefined, { decrypt: null })
    default:
      throw new Error(`no wrapper for ${source}`)
  }
}
