/**
 * Custom email sender: `CustomEmailSender_SignUp`, `_ResendCode`, `_ForgotPassword`,
 * `_UpdateUserAttribute`, `_VerifyUserAttribute`, `_AdminCreateUser`, `_Authentication`,
 * `_AccountTakeOverNotification`. Invoked asynchronously; events carry no `response`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import type { TriggerSourceOf } from '../trigger-sources.js'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** The custom email sender trigger sources. */
export type CustomEmailSenderSource = TriggerSourceOf<'CustomEmailSender'>

/** What threat protection decided about a risky sign-in. */
export type AccountTakeoverAction = 'BLOCK' | 'NO_ACTION' | 'MFA' | 'MFA_IF_CONFIGURED' | 'MFA_REQUIRED' | (string & {})

/**
 * The `userAttributes` of an account-takeover notification: facts about the risky sign-in, not the
 * user's attributes.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html
 */
export interface AccountTakeoverAttributes {
  /** The risk event's id. */
  readonly EVENT_ID: string
  /** The user's username. */
  readonly USER_NAME: string
  /** The sign-in's IP address. */
  readonly IP_ADDRESS: string
  /** The action threat protection took. */
  readonly ACCOUNT_TAKE_OVER_ACTION: AccountTakeoverAction
  /** A link the user follows to confirm it was them. */
  readonly ONE_CLICK_LINK_VALID: string
  /** A link the user follows to report it was not them. */
  readonly ONE_CLICK_LINK_INVALID: string
  /** When the sign-in happened, human-readable (`Friday, March 19, 2021 02:25 PM UTC`). */
  readonly LOGIN_TIME: string
  /** Token for `UpdateAuthEventFeedback`. */
  readonly FEEDBACK_TOKEN: string
  /** The sign-in's city, when known. */
  readonly CITY?: string | null
  /** The sign-in's country, when known. */
  readonly COUNTRY?: string | null
  /** The device, when known (`Opera 74, Linux`). */
  readonly DEVICE_NAME?: string | null
}

/**
 * `CustomEmailSender_AccountTakeOverNotification`: threat protection tells the user about a risky
 * sign-in. No code, no client metadata; `callerContext` fields may be `null`.
 */
export type AccountTakeoverNotificationEvent = TriggerEnvelope<'CustomEmailSender_AccountTakeOverNotification'> & {
  readonly request: {
    /** Always `customEmailSenderRequestV1`. */
    readonly type: 'customEmailSenderRequestV1'
    /** Always `null`: a notification carries no code. */
    readonly code?: null
    /** Always `null` for notifications. */
    readonly clientMetadata?: StringMap | null
    /** The risky sign-in's details. */
    readonly userAttributes: AccountTakeoverAttributes
  }
}

/**
 * A custom email sender event.
 *
 * @typeParam A - the pool's custom attributes
 * @typeParam S - narrows to one source
 */
export type CustomEmailSenderEvent<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  S extends CustomEmailSenderSource = CustomEmailSenderSource,
> = S extends 'CustomEmailSender_AccountTakeOverNotification'
  ? AccountTakeoverNotificationEvent
  : S extends CustomEmailSenderSource
    ? TriggerEnvelope<S> & {
        readonly request: {
          /** Always `customEmailSenderRequestV1`: branch on `triggerSource`, not on this. */
          readonly type: 'customEmailSenderRequestV1'
          /** The code (or temporary password), encrypted with the pool's KMS key (base64 AWS Encryption SDK message). */
          readonly code: string
          /** `ClientMetadata` (sent for SignUp, ForgotPassword and Authentication). */
          readonly clientMetadata?: StringMap | null
          /** The recipient's attributes. */
          readonly userAttributes: UserAttributes<A>
        }
      }
    : never

type BySource = {
  readonly [S in CustomEmailSenderSource]: z.ZodMiniType<CustomEmailSenderEvent<CustomAttributeTypes, S>>
}

interface CustomEmailSenderSchemas {
  readonly bySource: BySource
  readonly event: z.ZodMiniType<CustomEmailSenderEvent>
}

let cache: CustomEmailSenderSchemas | undefined

/** The custom email sender schemas (built on first use). */
export function customEmailSenderSchemas(): CustomEmailSenderSchemas {
  if (cache) return cache
  const b = schemaBlocks()
  const type = z.literal('customEmailSenderRequestV1')
  const request = z.looseObject({
    type,
    code: b.string,
    clientMetadata: b.optionalStringMap,
    userAttributes: b.stringMap,
  })
  const attributes = z.looseObject({
    EVENT_ID: b.string,
    USER_NAME: b.string,
    IP_ADDRESS: b.string,
    ACCOUNT_TAKE_OVER_ACTION: b.string,
    ONE_CLICK_LINK_VALID: b.string,
    ONE_CLICK_LINK_INVALID: b.string,
    LOGIN_TIME: b.string,
    FEEDBACK_TOKEN: b.string,
    CITY: b.optionalString,
    COUNTRY: b.optionalString,
    DEVICE_NAME: b.optionalString,
  })
  const ato = envelopeSchema(
    'CustomEmailSender_AccountTakeOverNotification',
    z.looseObject({
      type,
      code: z.exactOptional(z.null()),
      clientMetadata: b.optionalStringMap,
      userAttributes: attributes,
    }),
  ) satisfies z.core.$ZodType<AccountTakeoverNotificationEvent>
  const bySource = {
    CustomEmailSender_SignUp: envelopeSchema('CustomEmailSender_SignUp', request) satisfies z.core.$ZodType<
      CustomEmailSenderEvent<CustomAttributeTypes, 'CustomEmailSender_SignUp'>
    >,
    CustomEmailSender_ResendCode: envelopeSchema('CustomEmailSender_ResendCode', request),
    CustomEmailSender_ForgotPassword: envelopeSchema('CustomEmailSender_ForgotPassword', request),
    CustomEmailSender_UpdateUserAttribute: envelopeSchema('CustomEmailSender_UpdateUserAttribute', request),
    CustomEmailSender_VerifyUserAttribute: envelopeSchema('CustomEmailSender_VerifyUserAttribute', request),
    CustomEmailSender_AdminCreateUser: envelopeSchema('CustomEmailSender_AdminCreateUser', request),
    CustomEmailSender_Authentication: envelopeSchema('CustomEmailSender_Authentication', request),
    CustomEmailSender_AccountTakeOverNotification: ato,
  }
  cache = {
    bySource,
    event: z.discriminatedUnion('triggerSource', [
      bySource.CustomEmailSender_SignUp,
      bySource.CustomEmailSender_ResendCode,
      bySource.CustomEmailSender_ForgotPassword,
      bySource.CustomEmailSender_UpdateUserAttribute,
      bySource.CustomEmailSender_VerifyUserAttribute,
      bySource.CustomEmailSender_AdminCreateUser,
      bySource.CustomEmailSender_Authentication,
      ato,
    ]),
  }
  return cache
}
