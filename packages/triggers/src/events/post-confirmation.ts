/**
 * Post confirmation: `PostConfirmation_ConfirmSignUp`, `PostConfirmation_ConfirmForgotPassword`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import { lazy } from '../internal/lazy.js'
import { TRIGGER_SOURCES, type TriggerSourceOf } from '../trigger-sources.js'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** The post confirmation trigger sources. */
export type PostConfirmationSource = TriggerSourceOf<'PostConfirmation'>

/**
 * A post confirmation event. Cognito reads nothing from the response; a thrown error fails the API
 * call (the user stays confirmed).
 *
 * @typeParam A - the pool's custom attributes
 * @typeParam S - narrows to one source
 */
export type PostConfirmationEvent<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  S extends PostConfirmationSource = PostConfirmationSource,
> = S extends PostConfirmationSource
  ? TriggerEnvelope<S> & {
      readonly request: {
        /** The confirmed user's attributes. */
        readonly userAttributes: UserAttributes<A>
        /** `ClientMetadata` of `ConfirmSignUp`, `AdminConfirmSignUp`, `ConfirmForgotPassword`. */
        readonly clientMetadata?: StringMap | null
      }
      /** Cognito's pre-filled response (`{}`). */
      readonly response?: unknown
    }
  : never

/** `PostConfirmation_ConfirmSignUp`: sign-up confirmed (also by an auto-confirming pre sign-up, and federated first sign-ins). */
export type PostConfirmationConfirmSignUpEvent<A extends CustomAttributeTypes = CustomAttributeTypes> =
  PostConfirmationEvent<A, 'PostConfirmation_ConfirmSignUp'>
/** `PostConfirmation_ConfirmForgotPassword`: a password reset confirmed. */
export type PostConfirmationConfirmForgotPasswordEvent<A extends CustomAttributeTypes = CustomAttributeTypes> =
  PostConfirmationEvent<A, 'PostConfirmation_ConfirmForgotPassword'>

interface PostConfirmationSchemas {
  /** Every post confirmation event: one schema for both sources. */
  readonly event: z.ZodMiniType<PostConfirmationEvent>
}

/** The post confirmation schemas (built on first use). */
export const postConfirmationSchemas = /* @__PURE__ */ lazy((): PostConfirmationSchemas => {
  const b = schemaBlocks()
  const request = z.looseObject({ userAttributes: b.attributes, clientMetadata: b.optionalStringMap })
  return {
    event: envelopeSchema(TRIGGER_SOURCES.PostConfirmation, request) satisfies z.core.$ZodType<PostConfirmationEvent>,
  }
})
