/**
 * Custom message: `CustomMessage_SignUp`, `_AdminCreateUser`, `_ResendCode`, `_ForgotPassword`,
 * `_UpdateUserAttribute`, `_VerifyUserAttribute`, `_Authentication`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import { lazy } from '../internal/lazy.js'
import { TRIGGER_SOURCES, type TriggerSourceOf } from '../trigger-sources.js'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** The custom message trigger sources. */
export type CustomMessageSource = TriggerSourceOf<'CustomMessage'>

/**
 * A custom message event.
 *
 * @typeParam A - the pool's custom attributes
 * @typeParam S - narrows to one source
 */
export type CustomMessageEvent<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  S extends CustomMessageSource = CustomMessageSource,
> = S extends CustomMessageSource
  ? TriggerEnvelope<S> & {
      readonly request: {
        /** The recipient's attributes. */
        readonly userAttributes: UserAttributes<A>
        /** The code placeholder (`{####}`): put it where the code (or temporary password) goes. */
        readonly codeParameter: string
        /** The verification-link placeholder (`{##Click Here##}`), when Cognito sends one. */
        readonly linkParameter?: string | null
        /** `ClientMetadata` of the API call. */
        readonly clientMetadata?: StringMap | null
      } & (S extends 'CustomMessage_AdminCreateUser'
        ? {
            /**
             * The username placeholder (`{username}`): the message must contain it. An event
             * without one reads as `{username}`.
             */
            readonly usernameParameter: string
          }
        : {
            /** `null`: only AdminCreateUser messages carry the username. */
            readonly usernameParameter?: string | null
          })
      /** Cognito's pre-filled response (all `null`). */
      readonly response?: unknown
    }
  : never

/**
 * What a custom message trigger answers. A field left `null` keeps the pool's own template. The
 * email fields are only allowed when the pool sends email through SES (`EmailSendingAccount:
 * DEVELOPER`); declare that with the wrapper's `emailSendingAccount` option.
 */
export interface CustomMessageResponse {
  /**
   * The SMS text: must contain the code placeholder (and `{username}` for AdminCreateUser); at
   * most 140 characters.
   * @default null
   */
  readonly smsMessage?: string | null | undefined
  /**
   * The email body (HTML allowed): must contain the code placeholder (or a `{##link##}` for
   * sign-up verification links); at most 20,000 characters. SES (`DEVELOPER`) pools only.
   * @default null
   */
  readonly emailMessage?: string | null | undefined
  /**
   * The email subject: 1–140 characters. SES (`DEVELOPER`) pools only.
   * @default null
   */
  readonly emailSubject?: string | null | undefined
}

/** The username placeholder of AdminCreateUser invitations. */
const USERNAME_PLACEHOLDER = '{username}'

/** Cognito's message length limits (characters, placeholders included). */
export const CUSTOM_MESSAGE_LIMITS = { smsMessage: 140, emailMessage: 20_000, emailSubject: 140 } as const

interface CustomMessageSchemas {
  /** `CustomMessage_AdminCreateUser` (its username placeholder is required). */
  readonly adminCreateUser: z.ZodMiniType<CustomMessageEvent<CustomAttributeTypes, 'CustomMessage_AdminCreateUser'>>
  /** The six other sources: one schema. */
  readonly others: z.ZodMiniType<
    CustomMessageEvent<CustomAttributeTypes, Exclude<CustomMessageSource, 'CustomMessage_AdminCreateUser'>>
  >
  /** Every custom message event. */
  readonly event: z.ZodMiniType<CustomMessageEvent>
  readonly response: z.ZodMiniType<CustomMessageResponse>
}

/** The custom message schemas (built on first use). */
export const customMessageSchemas = /* @__PURE__ */ lazy((): CustomMessageSchemas => {
  const b = schemaBlocks()
  const fields = {
    userAttributes: b.attributes,
    codeParameter: b.string,
    linkParameter: b.optionalString,
    clientMetadata: b.optionalStringMap,
  }
  const otherSources = TRIGGER_SOURCES.CustomMessage.filter((s) => s !== 'CustomMessage_AdminCreateUser') as [
    Exclude<CustomMessageSource, 'CustomMessage_AdminCreateUser'>,
    ...Exclude<CustomMessageSource, 'CustomMessage_AdminCreateUser'>[],
  ]
  const others = envelopeSchema(
    otherSources,
    z.looseObject({ ...fields, usernameParameter: b.optionalString }),
  ) satisfies z.core.$ZodType<
    CustomMessageEvent<CustomAttributeTypes, Exclude<CustomMessageSource, 'CustomMessage_AdminCreateUser'>>
  >
  const adminCreateUser = envelopeSchema(
    'CustomMessage_AdminCreateUser',
    z.looseObject({
      ...fields,
      // Cognito sends `{username}`; a missing or null one reads as that placeholder.
      usernameParameter: z.pipe(
        z.optional(z.nullable(b.string)),
        z.transform((p) => p ?? USERNAME_PLACEHOLDER),
      ),
    }),
  ) satisfies z.core.$ZodType<CustomMessageEvent<CustomAttributeTypes, 'CustomMessage_AdminCreateUser'>>
  const text = (max: number) => z.optional(z.nullable(z.string().check(z.maxLength(max))))
  return {
    adminCreateUser,
    others,
    event: z.discriminatedUnion('triggerSource', [adminCreateUser, others]),
    response: z.strictObject({
      smsMessage: text(CUSTOM_MESSAGE_LIMITS.smsMessage),
      emailMessage: text(CUSTOM_MESSAGE_LIMITS.emailMessage),
      emailSubject: text(CUSTOM_MESSAGE_LIMITS.emailSubject),
    }) satisfies z.core.$ZodType<CustomMessageResponse>,
  }
})

/** The custom message event schema for a source. */
export function customMessageEventSchema(source: string): z.core.$ZodType {
  const s = customMessageSchemas()
  return source === 'CustomMessage_AdminCreateUser' ? s.adminCreateUser : s.others
}
