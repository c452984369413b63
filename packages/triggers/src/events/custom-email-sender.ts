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
import { lazy } from '../internal/lazy.js'
import { TRIGGER_SOURCES, type TriggerSourceOf } from '../trigger-sources.js'
import { customSenderRequestSchema } from './custom-sender-request.js'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** The custom email sender trigger sources. */
export type CustomEmailSenderSource = TriggerSourceOf<'CustomEmailSender'>

/**
 * A custom email sender request's `type`: `customEmailSenderRequestV1` (open: other projects'
 * fixtures carry other values, and a later request version would too).
 */
export type CustomEmailSenderRequestType = 'customEmailSenderRequestV1' | (string & {})

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
    /** `customEmailSenderRequestV1`. */
    readonly type: CustomEmailSenderRequestType
    /** `null`: a notification carries no code (the wrapper never decrypts one). */
    readonly code?: string | null
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
          /** `customEmailSenderRequestV1`: branch on `triggerSource`, not on this. */
          readonly type: CustomEmailSenderRequestType
          /**
           * The code (or temporary password), encrypted with the pool's KMS key (base64 AWS
           * Encryption SDK message); `null` when Cognito sends none.
           */
          readonly code: string | null
          /** `ClientMetadata` (sent for SignUp, ForgotPassword and Authentication). */
          readonly clientMetadata?: StringMap | null
          /** The recipient's attributes. */
          readonly userAttributes: UserAttributes<A>
        }
      }
    : never

type CodeSource = Exclude<CustomEmailSenderSource, 'CustomEmailSender_AccountTakeOverNotification'>

interface CustomEmailSenderSchemas {
  /** The seven sources that carry a code: one schema. */
  readonly codes: z.ZodMiniType<CustomEmailSenderEvent<CustomAttributeTypes, CodeSource>>
  /** `CustomEmailSender_AccountTakeOverNotification`. */
  readonly accountTakeover: z.ZodMiniType<AccountTakeoverNotificationEvent>
  /** Every custom email sender event. */
  readonly event: z.ZodMiniType<CustomEmailSenderEvent>
}

/** The custom email sender schemas (built on first use). */
export const customEmailSenderSchemas = /* @__PURE__ */ lazy((): CustomEmailSenderSchemas => {
  const b = schemaBlocks()
  const codeSources = TRIGGER_SOURCES.CustomEmailSender.filter(
    (s) => s !== 'CustomEmailSender_AccountTakeOverNotification',
  ) as [CodeSource, ...CodeSource[]]
  const codes = envelopeSchema(codeSources, customSenderRequestSchema()) satisfies z.core.$ZodType<
    CustomEmailSenderEvent<CustomAttributeTypes, CodeSource>
  >
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
  const accountTakeover = envelopeSchema(
    'CustomEmailSender_AccountTakeOverNotification',
    customSenderRequestSchema(b.optionalString, attributes),
  ) satisfies z.core.$ZodType<AccountTakeoverNotificationEvent>
  return { codes, accountTakeover, event: z.discriminatedUnion('triggerSource', [codes, accountTakeover]) }
})

/** The custom email sender event schema for a source. */
export function customEmailSenderEventSchema(source: string): z.core.$ZodType {
  const s = customEmailSenderSchemas()
  return source === 'CustomEmailSender_AccountTakeOverNotification' ? s.accountTakeover : s.codes
}
