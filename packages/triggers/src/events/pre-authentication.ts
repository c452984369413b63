/**
 * Pre authentication: `PreAuthentication_Authentication`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import { lazy } from '../internal/lazy.js'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** The pre authentication trigger source. */
export type PreAuthenticationSource = 'PreAuthentication_Authentication'

/**
 * A pre authentication event. Deny the sign-in with `deny(message)`; Cognito reads no response.
 *
 * @typeParam A - the pool's custom attributes
 */
export type PreAuthenticationEvent<A extends CustomAttributeTypes = CustomAttributeTypes> =
  TriggerEnvelope<PreAuthenticationSource> & {
    readonly request: {
      /** The user's attributes (`{}` when `userNotFound`). */
      readonly userAttributes: UserAttributes<A>
      /** The `ClientMetadata` of `InitiateAuth` / `AdminInitiateAuth`, renamed; `null` when none. */
      readonly validationData?: StringMap | null
      /** Sent when the app client has `PreventUserExistenceErrors` enabled and the user does not exist. */
      readonly userNotFound?: boolean | null
      /** Client metadata. */
      readonly clientMetadata?: StringMap | null
    }
    /** Cognito's pre-filled response (`{}`). */
    readonly response?: unknown
  }

interface PreAuthenticationSchemas {
  readonly event: z.ZodMiniType<PreAuthenticationEvent>
}

/** The pre authentication schemas (built on first use). */
export const preAuthenticationSchemas = /* @__PURE__ */ lazy((): PreAuthenticationSchemas => {
  const b = schemaBlocks()
  const request = z.looseObject({
    userAttributes: b.attributes,
    validationData: b.optionalStringMap,
    userNotFound: b.optionalBoolean,
    clientMetadata: b.optionalStringMap,
  })
  const event = envelopeSchema(
    'PreAuthentication_Authentication',
    request,
  ) satisfies z.core.$ZodType<PreAuthenticationEvent>
  return { event }
})
