/**
 * Pre sign-up: `PreSignUp_SignUp`, `PreSignUp_AdminCreateUser`, `PreSignUp_ExternalProvider`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import { lazy } from '../internal/lazy.js'
import { TRIGGER_SOURCES, type TriggerSourceOf } from '../trigger-sources.js'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** The pre sign-up trigger sources. */
export type PreSignUpSource = TriggerSourceOf<'PreSignUp'>

/**
 * A pre sign-up event.
 *
 * @typeParam A - the pool's custom attributes
 * @typeParam S - narrows to one source
 */
export type PreSignUpEvent<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  S extends PreSignUpSource = PreSignUpSource,
> = S extends PreSignUpSource
  ? TriggerEnvelope<S> & {
      readonly request: {
        /** The attributes being signed up with. */
        readonly userAttributes: UserAttributes<A>
        /** `ValidationData` of `SignUp` / `AdminCreateUser`; `null` (or `{}`) when none was sent. */
        readonly validationData?: StringMap | null
        /** `ClientMetadata` of the API call. */
        readonly clientMetadata?: StringMap | null
      }
      /** Cognito's pre-filled response (all `false`); return a {@link PreSignUpResponse} instead. */
      readonly response?: unknown
    }
  : never

/** `PreSignUp_SignUp`: `SignUp` or the managed-login sign-up page. */
export type PreSignUpSignUpEvent<A extends CustomAttributeTypes = CustomAttributeTypes> = PreSignUpEvent<
  A,
  'PreSignUp_SignUp'
>
/** `PreSignUp_AdminCreateUser`: `AdminCreateUser` (Cognito ignores the response). */
export type PreSignUpAdminCreateUserEvent<A extends CustomAttributeTypes = CustomAttributeTypes> = PreSignUpEvent<
  A,
  'PreSignUp_AdminCreateUser'
>
/** `PreSignUp_ExternalProvider`: a federated user's first sign-in. */
export type PreSignUpExternalProviderEvent<A extends CustomAttributeTypes = CustomAttributeTypes> = PreSignUpEvent<
  A,
  'PreSignUp_ExternalProvider'
>

/**
 * What a pre sign-up trigger answers. All three are ignored for `PreSignUp_AdminCreateUser`.
 * `autoConfirmUser: false` does not block a sign-up: deny it with `deny(message)`.
 */
export interface PreSignUpResponse {
  /**
   * Confirm the user without a confirmation code.
   * @default false
   */
  readonly autoConfirmUser?: boolean | undefined
  /**
   * Mark the email verified; the user must have an `email` attribute.
   * @default false
   */
  readonly autoVerifyEmail?: boolean | undefined
  /**
   * Mark the phone number verified; the user must have a `phone_number` attribute.
   * @default false
   */
  readonly autoVerifyPhone?: boolean | undefined
}

interface PreSignUpSchemas {
  /** Every pre sign-up event: one schema for the three sources. */
  readonly event: z.ZodMiniType<PreSignUpEvent>
  readonly response: z.ZodMiniType<PreSignUpResponse>
}

/** The pre sign-up schemas (built on first use). */
export const preSignUpSchemas = /* @__PURE__ */ lazy((): PreSignUpSchemas => {
  const b = schemaBlocks()
  const request = z.looseObject({
    userAttributes: b.attributes,
    validationData: b.optionalStringMap,
    clientMetadata: b.optionalStringMap,
  })
  const bool = z.optional(z.boolean())
  return {
    event: envelopeSchema(TRIGGER_SOURCES.PreSignUp, request) satisfies z.core.$ZodType<PreSignUpEvent>,
    response: z.strictObject({ autoConfirmUser: bool, autoVerifyEmail: bool, autoVerifyPhone: bool }),
  }
})
