import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import type {
  PreTokenGenerationClientCredentialsEvent,
  PreTokenGenerationV1Event,
  PreTokenGenerationV2Event,
  PreTokenGenerationV3Event,
  PreTokenGenerationVersion,
} from '../events/pre-token-generation.js'
import { CLIENT_ID_NOT_APPLICABLE } from '../events/trigger-envelope.js'
import type { TriggerEventForSource } from '../trigger-event.js'
import { type TriggerSource, triggerOf, type UserTokenGenerationSource } from '../trigger-sources.js'
import { defaultTestCipher } from './test-cipher.js'

/** Recursively optional, for overrides: objects merge, arrays and other values replace, `undefined` removes a key. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { -readonly [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T

/**
 * The event `createEvent` builds for a source (and, for pre token generation, a version).
 *
 * @typeParam S - the trigger source
 * @typeParam V - for user `TokenGeneration_*` sources: the event version (`'1'` by default)
 */
export type FactoryEvent<
  S extends TriggerSource,
  V extends PreTokenGenerationVersion = '1',
> = S extends 'TokenGeneration_ClientCredentials'
  ? PreTokenGenerationClientCredentialsEvent
  : S extends UserTokenGenerationSource
    ? V extends '3'
      ? PreTokenGenerationV3Event<CustomAttributeTypes, S>
      : V extends '2'
        ? PreTokenGenerationV2Event<CustomAttributeTypes, S>
        : PreTokenGenerationV1Event<CustomAttributeTypes, S>
    : TriggerEventForSource<S>

/** Overrides `createEvent` accepts for a source. */
export type EventOverrides<S extends TriggerSource> = DeepPartial<FactoryEvent<S, PreTokenGenerationVersion>>

type VersionOf<O> = [O] extends [never]
  ? '1'
  : O extends { readonly version: infer V extends PreTokenGenerationVersion }
    ? V
    : '1'

const POOL = 'eu-west-1_Ex4mpl3Pl'
const CLIENT = '5c0ex4mpl3cl13nt1d7a8b9c0d'
const SUB = '7f3e9c1a-52b4-4d8e-9a6f-0b1c2d3e4f5a'

function userAttributes(status = 'CONFIRMED'): Record<string, string> {
  return { sub: SUB, email: 'jane.roe@example.org', email_verified: 'true', 'cognito:user_status': status }
}

function envelope(source: string, version = '1', clientId: string | null = CLIENT) {
  return {
    version,
    triggerSource: source,
    region: 'eu-west-1',
    userPoolId: POOL,
    userName: SUB,
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId },
  }
}

const GROUPS = {
  groupsToOverride: ['readers'],
  iamRolesToOverride: ['arn:aws:iam::123456789012:role/readers'],
  preferredRole: 'arn:aws:iam::123456789012:role/readers',
}

/** A fresh, realistic event for a source. */
function base(source: TriggerSource, version: string): Record<string, unknown> {
  const trigger = triggerOf(source)
  const kind = source.slice(source.indexOf('_') + 1)
  const admin = kind === 'AdminCreateUser'
  switch (trigger) {
    case 'PreSignUp': {
      const external = source === 'PreSignUp_ExternalProvider'
      return {
        ...envelope(source, '1', admin ? CLIENT_ID_NOT_APPLICABLE : CLIENT),
        userName: external ? 'Google_109876543210987654321' : admin ? 'new.colleague' : 'jane.roe',
        request: {
          userAttributes: external
            ? { 'cognito:email_alias': '', 'cognito:phone_number_alias': '', email: 'jane.roe@example.org' }
            : admin
              ? { ...userAttributes('FORCE_CHANGE_PASSWORD'), email: 'new.colleague@example.org' }
              : { email: 'jane.roe@example.org', name: 'Jane Roe', phone_number: '+447700900123' },
          validationData: external ? {} : null,
        },
        response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
      }
    }
    case 'PostConfirmation':
      return { ...envelope(source), request: { userAttributes: userAttributes() }, response: {} }
    case 'PreAuthentication':
      return { ...envelope(source), request: { userAttributes: userAttributes(), validationData: null }, response: {} }
    case 'PostAuthentication':
      return { ...envelope(source), request: { userAttributes: userAttributes(), newDeviceUsed: false }, response: {} }
    case 'DefineAuthChallenge':
      return {
        ...envelope(source),
        request: { userAttributes: userAttributes(), session: [], userNotFound: false },
        response: { challengeName: null, issueTokens: null, failAuthentication: null },
      }
    case 'CreateAuthChallenge':
      return {
        ...envelope(source),
        request: {
          userAttributes: userAttributes(),
          challengeName: 'CUSTOM_CHALLENGE',
          session: [],
          userNotFound: false,
        },
        response: { publicChallengeParameters: null, privateChallengeParameters: null, challengeMetadata: null },
      }
    case 'VerifyAuthChallengeResponse':
      return {
        ...envelope(source),
        request: {
          userAttributes: userAttributes(),
          privateChallengeParameters: { answer: '482913' },
          challengeAnswer: '482913',
          userNotFound: false,
        },
        response: { answerCorrect: null },
      }
    case 'PreTokenGeneration': {
      if (source === 'TokenGeneration_ClientCredentials') {
        return {
          ...envelope(source, '3', 'm2mex4mpl3cl13nt1d0a1b2c3d'),
          userName: 'm2mex4mpl3cl13nt1d0a1b2c3d',
          request: {
            userAttributes: {},
            groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
            scopes: ['inventory/items.read'],
          },
          response: { claimsAndScopeOverrideDetails: null },
        }
      }
      const request: Record<string, unknown> = {
        userAttributes: userAttributes(kind === 'NewPasswordChallenge' ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED'),
        groupConfiguration: {
          ...GROUPS,
          groupsToOverride: [...GROUPS.groupsToOverride],
          iamRolesToOverride: [...GROUPS.iamRolesToOverride],
        },
      }
      if (version === '1') return { ...envelope(source, '1'), request, response: { claimsOverrideDetails: null } }
      return {
        ...envelope(source, version),
        request: { ...request, scopes: ['aws.cognito.signin.user.admin', 'openid', 'email', 'profile'] },
        response: { claimsAndScopeOverrideDetails: null },
      }
    }
    case 'UserMigration':
      return {
        ...envelope(source),
        userName: 'legacy.user@example.org',
        request:
          source === 'UserMigration_Authentication'
            ? { password: 'Legacy-Passw0rd!', validationData: null }
            : { validationData: null },
        response: {
          userAttributes: null,
          finalUserStatus: null,
          messageAction: null,
          desiredDeliveryMediums: null,
          forceAliasCreation: null,
          enableSMSMFA: null,
        },
      }
    case 'CustomMessage':
      return {
        ...envelope(source, '1', admin ? CLIENT_ID_NOT_APPLICABLE : CLIENT),
        request: {
          userAttributes: userAttributes(
            admin ? 'FORCE_CHANGE_PASSWORD' : kind === 'SignUp' || kind === 'ResendCode' ? 'UNCONFIRMED' : 'CONFIRMED',
          ),
          codeParameter: '{####}',
          linkParameter: '{##Click Here##}',
          usernameParameter: admin ? '{username}' : null,
        },
        response: { smsMessage: null, emailMessage: null, emailSubject: null },
      }
    case 'CustomEmailSender':
    case 'CustomSMSSender': {
      const email = trigger === 'CustomEmailSender'
      if (kind === 'AccountTakeOverNotification') {
        return {
          ...envelope(source, '1', null),
          callerContext: { awsSdkVersion: null, clientId: null },
          request: {
            type: 'customEmailSenderRequestV1',
            code: null,
            clientMetadata: null,
            userAttributes: {
              EVENT_ID: '0f1e2d3c-4b5a-4697-8899-aabbccddeeff',
              USER_NAME: 'jane.roe',
              IP_ADDRESS: '198.51.100.23',
              ACCOUNT_TAKE_OVER_ACTION: 'BLOCK',
              ONE_CLICK_LINK_VALID: 'https://auth.example.org/feedback?valid=example',
              ONE_CLICK_LINK_INVALID: 'https://auth.example.org/feedback?invalid=example',
              LOGIN_TIME: 'Tuesday, March 3, 2026 09:41 AM UTC',
              FEEDBACK_TOKEN: 'example-feedback-token',
              CITY: null,
              COUNTRY: null,
              DEVICE_NAME: 'Firefox 140, Linux',
            },
          },
        }
      }
      const attributes = email
        ? userAttributes(admin ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED')
        : {
            sub: SUB,
            phone_number: '+447700900123',
            phone_number_verified: 'true',
            'cognito:user_status': admin ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED',
          }
      return {
        ...envelope(source, '1', admin ? CLIENT_ID_NOT_APPLICABLE : CLIENT),
        request: {
          type: email ? 'customEmailSenderRequestV1' : 'customSMSSenderRequestV1',
          // Temporary passwords arrive HTML-escaped.
          code: defaultTestCipher().encrypt(admin ? 'T3mp&lt;Pa55!' : '482913'),
          clientMetadata: null,
          userAttributes: attributes,
        },
      }
    }
    case 'InboundFederation':
      return {
        ...envelope(source),
        userName: 'ExampleOidc_a1b2c3d4',
        request: {
          providerName: 'ExampleOidc',
          providerType: 'OIDC',
          attributes: {
            tokenResponse: {
              access_token: 'eyJraWQiOiJleGFtcGxlIn0.example',
              token_type: 'Bearer',
              expires_in: '3600',
            },
            idToken: { sub: 'a1b2c3d4', email: 'jane.roe@example.org', email_verified: 'true' },
            userInfo: { email: 'jane.roe@example.org', given_name: 'Jane', family_name: 'Roe' },
          },
        },
        response: { userAttributesToMap: {} },
      }
    default:
      throw new TypeError(`createEvent: unknown trigger source ${JSON.stringify(source)}`)
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function merge(target: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const out = { ...target }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key]
    else if (isPlainObject(value) && isPlainObject(out[key]))
      out[key] = merge(out[key] as Record<string, unknown>, value)
    else out[key] = value
  }
  return out
}

/**
 * Builds a realistic event for any trigger source, shaped like what Cognito sends (pre-filled
 * `null` responses, `CLIENT_ID_NOT_APPLICABLE` for AdminCreateUser, no `response` for custom
 * senders, HTML-escaped temporary passwords, ...). Overrides merge deeply: objects merge, arrays
 * and other values replace, `undefined` removes a key. For user `TokenGeneration_*` sources,
 * `version: '2'` or `'3'` builds the V2/V3 shape (with `scopes`). Custom sender codes are
 * encrypted with `defaultTestCipher()`.
 *
 * @example
 * ```ts
 * const event = createEvent('PreSignUp_SignUp', { request: { userAttributes: { email: 'a@example.com' } } })
 * const v2 = createEvent('TokenGeneration_HostedAuth', { version: '2', callerContext: { clientId: 'web' } })
 * ```
 */
export function createEvent<S extends TriggerSource, const O extends EventOverrides<S> = never>(
  source: S,
  overrides?: O,
): FactoryEvent<S, S extends 'TokenGeneration_ClientCredentials' ? '3' : VersionOf<O>> {
  if (triggerOf(source) === undefined)
    throw new TypeError(`createEvent: unknown trigger source ${JSON.stringify(source)}`)
  const version = (overrides as { version?: unknown } | undefined)?.version
  const event = base(source, typeof version === 'string' ? version : '1')
  return (overrides ? merge(event, overrides as Record<string, unknown>) : event) as never
}
