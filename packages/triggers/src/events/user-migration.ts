/**
 * Migrate user: `UserMigration_Authentication`, `UserMigration_ForgotPassword`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import { lazy } from '../internal/lazy.js'
import { typeName } from '../internal/type-name.js'
import type { TriggerSourceOf } from '../trigger-sources.js'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import {
  BOOLEAN_ATTRIBUTES,
  type CustomAttributeValue,
  MAX_ATTRIBUTE_LENGTH,
  STANDARD_ATTRIBUTE_NAMES,
  type StandardAttributeName,
} from './user-attributes.js'

/** The migrate user trigger sources. */
export type UserMigrationSource = TriggerSourceOf<'UserMigration'>

/** `UserMigration_Authentication`: a sign-in (with a password) of a user not yet in the pool. */
export type UserMigrationAuthenticationEvent = TriggerEnvelope<'UserMigration_Authentication'> & {
  readonly request: {
    /** The password the user typed: check it against the old directory. */
    readonly password: string
    /** `ClientMetadata` of `InitiateAuth` / `AdminInitiateAuth`; `null` when none. */
    readonly validationData?: StringMap | null
    /** `ClientMetadata` of `AdminRespondToAuthChallenge`. */
    readonly clientMetadata?: StringMap | null
  }
  /** Cognito's pre-filled response (all `null`). */
  readonly response?: unknown
}

/** `UserMigration_ForgotPassword`: `ForgotPassword` for a user not yet in the pool (no password). */
export type UserMigrationForgotPasswordEvent = TriggerEnvelope<'UserMigration_ForgotPassword'> & {
  readonly request: {
    /** `ClientMetadata` of the sign-in request; `null` when none. */
    readonly validationData?: StringMap | null
    /** `ClientMetadata` of `ForgotPassword`. */
    readonly clientMetadata?: StringMap | null
  }
  /** Cognito's pre-filled response (all `null`). */
  readonly response?: unknown
}

/**
 * A migrate user event. `userName` is what the user typed (possibly an email alias).
 *
 * @typeParam S - narrows to one source
 */
export type UserMigrationEvent<S extends UserMigrationSource = UserMigrationSource> =
  S extends 'UserMigration_Authentication'
    ? UserMigrationAuthenticationEvent
    : S extends 'UserMigration_ForgotPassword'
      ? UserMigrationForgotPasswordEvent
      : never

/**
 * The attributes a migrated user is created with: standard attributes and `custom:` ones (values
 * are strings of at most 2048 characters).
 *
 * @typeParam A - the pool's custom attributes
 */
export type MigratedUserAttributes<A extends CustomAttributeTypes = CustomAttributeTypes> = {
  readonly [K in StandardAttributeName]?: string | undefined
} & (string extends keyof A
  ? { readonly [name: `custom:${string}`]: string | undefined }
  : { readonly [K in keyof A & string as `custom:${K}`]?: CustomAttributeValue<A[K]> | undefined })

/**
 * What a migrate user trigger answers when the user exists in the old directory. To refuse, use
 * `deny(message)` (or throw).
 *
 * @typeParam A - the pool's custom attributes
 */
export interface UserMigrationResponse<A extends CustomAttributeTypes = CustomAttributeTypes> {
  /**
   * The user's attributes. Required. `UserMigration_ForgotPassword` needs a verified email or
   * phone number (`email_verified: 'true'`) for Cognito to deliver the reset code.
   */
  readonly userAttributes: MigratedUserAttributes<A>
  /**
   * `CONFIRMED` keeps the old password; `RESET_REQUIRED` forces a reset at sign-in.
   * @default 'CONFIRMED' at sign-in
   */
  readonly finalUserStatus?: 'CONFIRMED' | 'RESET_REQUIRED' | null | undefined
  /**
   * `SUPPRESS` skips Cognito's welcome message.
   * @default - the welcome message is sent
   */
  readonly messageAction?: 'SUPPRESS' | null | undefined
  /**
   * How the welcome message is sent.
   * @default ['SMS']
   */
  readonly desiredDeliveryMediums?: readonly ('EMAIL' | 'SMS')[] | null | undefined
  /**
   * Move an email or phone alias held by another user to this one (otherwise migration fails).
   * @default false
   */
  readonly forceAliasCreation?: boolean | null | undefined
  /**
   * Turn on SMS MFA for the user (needs a phone number and MFA enabled on the pool).
   * @default false
   */
  readonly enableSMSMFA?: boolean | null | undefined
}

interface UserMigrationSchemas {
  readonly authentication: z.ZodMiniType<UserMigrationAuthenticationEvent>
  readonly forgotPassword: z.ZodMiniType<UserMigrationForgotPasswordEvent>
  readonly event: z.ZodMiniType<UserMigrationEvent>
  readonly response: z.ZodMiniType<UserMigrationResponse>
}

/** The migrate user schemas (built on first use). */
export const userMigrationSchemas = /* @__PURE__ */ lazy((): UserMigrationSchemas => {
  const b = schemaBlocks()
  const standard: ReadonlySet<string> = new Set(STANDARD_ATTRIBUTE_NAMES)
  const authentication = envelopeSchema(
    'UserMigration_Authentication',
    z.looseObject({ password: b.string, validationData: b.optionalStringMap, clientMetadata: b.optionalStringMap }),
  ) satisfies z.core.$ZodType<UserMigrationAuthenticationEvent>
  const forgotPassword = envelopeSchema(
    'UserMigration_ForgotPassword',
    z.looseObject({ validationData: b.optionalStringMap, clientMetadata: b.optionalStringMap }),
  ) satisfies z.core.$ZodType<UserMigrationForgotPasswordEvent>
  const attributes = z.record(b.string, z.unknown()).check((ctx) => {
    let count = 0
    for (const [name, value] of Object.entries(ctx.value)) {
      if (value === undefined) continue
      count++
      const known = standard.has(name) || (name.startsWith('custom:') && name.length > 7)
      if (!known) {
        ctx.issues.push({
          code: 'custom',
          input: name,
          path: [name],
          params: { rule: 'unknown_attribute' },
          message:
            name === 'sub'
              ? 'Cognito generates "sub"; a migrated user cannot bring one'
              : `unknown attribute ${JSON.stringify(name)}: use a standard attribute name, or the custom: prefix for custom attributes`,
        })
      } else if (typeof value !== 'string') {
        ctx.issues.push({
          code: 'custom',
          input: value,
          path: [name],
          params: { rule: 'invalid_type' },
          message: `attribute values are strings (booleans as "true"/"false"), received ${typeName(value)}`,
        })
      } else if (BOOLEAN_ATTRIBUTES.includes(name) && value !== 'true' && value !== 'false') {
        ctx.issues.push({
          code: 'custom',
          input: value,
          path: [name],
          params: { rule: 'invalid_boolean' },
          message: 'must be "true" or "false"',
        })
      } else if (value.length > MAX_ATTRIBUTE_LENGTH) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          path: [name],
          params: { rule: 'too_big' },
          message: `must have at most ${MAX_ATTRIBUTE_LENGTH} characters`,
        })
      }
    }
    if (count === 0) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: [],
        params: { rule: 'missing_attributes' },
        message: 'must hold at least one attribute',
      })
    }
  })
  const response = z.strictObject({
    userAttributes: attributes,
    // `null` is Cognito's own pre-filled value: the default.
    finalUserStatus: z.optional(z.nullable(z.enum(['CONFIRMED', 'RESET_REQUIRED']))),
    messageAction: z.optional(z.nullable(z.literal('SUPPRESS'))),
    desiredDeliveryMediums: z.optional(z.nullable(z.array(z.enum(['EMAIL', 'SMS'])).check(z.minLength(1)))),
    forceAliasCreation: z.optional(z.nullable(z.boolean())),
    enableSMSMFA: z.optional(z.nullable(z.boolean())),
  }) as unknown as z.ZodMiniType<UserMigrationResponse>
  return {
    authentication,
    forgotPassword,
    event: z.discriminatedUnion('triggerSource', [authentication, forgotPassword]),
    response,
  }
})

/** The migrate user event schema for a source. */
export function userMigrationEventSchema(source: string): z.core.$ZodType {
  const s = userMigrationSchemas()
  return source === 'UserMigration_Authentication' ? s.authentication : s.forgotPassword
}
