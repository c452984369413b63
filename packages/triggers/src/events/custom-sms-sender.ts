/**
 * Custom SMS sender: `CustomSMSSender_SignUp`, `_ResendCode`, `_ForgotPassword`,
 * `_UpdateUserAttribute`, `_VerifyUserAttribute`, `_AdminCreateUser`, `_Authentication`. Invoked
 * asynchronously; events carry no `response`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import type * as z from 'zod/mini'
import { lazy } from '../internal/lazy.js'
import { TRIGGER_SOURCES, type TriggerSourceOf } from '../trigger-sources.js'
import { customSenderRequestSchema } from './custom-sender-request.js'
import { envelopeSchema, type StringMap, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** The custom SMS sender trigger sources (`CustomSMSSender_…`, not `CustomSmsSender_…` as one docs table writes). */
export type CustomSmsSenderSource = TriggerSourceOf<'CustomSMSSender'>

/**
 * A custom SMS sender request's `type`: `customSMSSenderRequestV1` (open: Powertools' SMS fixture
 * carries `customEmailSenderRequestV1`, and a later request version would differ too).
 */
export type CustomSmsSenderRequestType = 'customSMSSenderRequestV1' | (string & {})

/**
 * A custom SMS sender event.
 *
 * @typeParam A - the pool's custom attributes
 * @typeParam S - narrows to one source
 */
export type CustomSmsSenderEvent<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  S extends CustomSmsSenderSource = CustomSmsSenderSource,
> = S extends CustomSmsSenderSource
  ? TriggerEnvelope<S> & {
      readonly request: {
        /** `customSMSSenderRequestV1`: branch on `triggerSource`, not on this. */
        readonly type: CustomSmsSenderRequestType
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

interface CustomSmsSenderSchemas {
  /** Every custom SMS sender event: one schema for the seven sources. */
  readonly event: z.ZodMiniType<CustomSmsSenderEvent>
}

/** The custom SMS sender schemas (built on first use). */
export const customSmsSenderSchemas = /* @__PURE__ */ lazy((): CustomSmsSenderSchemas => {
  const request = customSenderRequestSchema()
  return {
    event: envelopeSchema(TRIGGER_SOURCES.CustomSMSSender, request) satisfies z.core.$ZodType<CustomSmsSenderEvent>,
  }
})
