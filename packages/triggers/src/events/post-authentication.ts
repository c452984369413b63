/**
 * Post authentication: `PostAuthentication_Authentication`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import { lazy } from '../internal/lazy.js'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** The post authentication trigger source. */
export type PostAuthenticationSource = 'PostAuthentication_Authentication'

/**
 * A post authentication event. Cognito reads no response.
 *
 * @typeParam A - the pool's custom attributes
 */
export type PostAuthenticationEvent<A extends CustomAttributeTypes = CustomAttributeTypes> =
  TriggerEnvelope<PostAuthenticationSource> & {
    readonly request: {
      /** The user's attributes. */
      readonly userAttributes: UserAttributes<A>
      /** Whether the sign-in used a new device (meaningful when remembered devices are on). */
      readonly newDeviceUsed?: boolean | null
      /** `ClientMetadata` of `RespondToAuthChallenge` (the one of `InitiateAuth` is not forwarded). */
      readonly clientMetadata?: StringMap | null
    }
    /** Cognito's pre-filled response (`{}`). */
    readonly response?: unknown
  }

interface PostAuthenticationSchemas {
  readonly event: z.ZodMiniType<PostAuthenticationEvent>
}

/** The post authentication schemas (built on first use). */
export const postAuthenticationSchemas = /* @__PURE__ */ lazy((): PostAuthenticationSchemas => {
  const b = schemaBlocks()
  const request = z.looseObject({
    userAttributes: b.attributes,
    newDeviceUsed: b.optionalBoolean,
    clientMetadata: b.optionalStringMap,
  })
  const event = envelopeSchema(
    'PostAuthentication_Authentication',
    request,
  ) satisfies z.core.$ZodType<PostAuthenticationEvent>
  return { event }
})
