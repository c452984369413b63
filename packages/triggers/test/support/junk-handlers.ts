/** A wrapped handler of any source that returns the given value, whatever it is. */
import {
  createAuthChallenge,
  customEmailSender,
  customMessage,
  customSmsSender,
  defineAuthChallenge,
  inboundFederation,
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

export function junkLambda(source: string, version: string, junk: unknown): AnyLambda {
  const h = (() => junk) as never
  switch (triggerOf(source)) {
    case 'PreSignUp':
      return preSignUp(h)
    case 'PostConfirmation':
      return postConfirmation(h)
    case 'PreAuthentication':
      return preAuthentication(h)
    case 'PostAuthentication':
      return postAuthentication(h)
    case 'InboundFederation':
      return inboundFederation(h)
    case 'DefineAuthChallenge':
      return defineAuthChallenge(h)
    case 'CreateAuthChallenge':
      return createAuthChallenge(h)
    case 'VerifyAuthChallengeResponse':
      return verifyAuthChallengeResponse(h)
    case 'PreTokenGeneration':
      return version === '1'
        ? preTokenGeneration.v1(h)
        : version === '2'
          ? preTokenGeneration.v2(h)
          : preTokenGeneration.v3(h)
    case 'UserMigration':
      return userMigration(h)
    case 'CustomMessage':
      return customMessage(h, { emailSendingAccount: 'DEVELOPER' })
    case 'CustomEmailSender':
      return customEmailSender(h, { decrypt: null })
    case 'CustomSMSSender':
      return customSmsSender(h, { decrypt: null })
    default:
      throw new Error(`no wrapper for ${source}`)
  }
}
