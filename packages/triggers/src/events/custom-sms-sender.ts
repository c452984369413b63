/**
 * Custom SMS sender: `CustomSMSSender_SignUp`, `_ResendCode`, `_ForgotPassword`,
 * `_UpdateUserAttribute`, `_VerifyUserAttribute`, `_AdminCreateUser`, `_Authentication`. Invoked
 * asynchronously; events carry no `response`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 * @module
 */
import type { CustomAttributeTypes } from '@cognito-kit/builder/definition'
import * as z from 'zod/mini'
import type { TriggerSourceOf } from '../trigger-sources.js'
import { envelopeSchema, type StringMap, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import type { UserAttributes } from './user-attributes.js'

/** The custom SMS sender trigger sources (`CustomSMSSender_…`, not `CustomSmsSender_…` as one docs table writes). */
export type CustomSmsSenderSource = TriggerSourceOf<'CustomSMSSender'>

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
        /** Always `customSMSSenderRequestV1`: branch on `triggerSource`, not on this. */
        readonly type: 'customSMSSenderRequestV1'
        /** The code (or temporary password), encrypted with the pool's KMS key (base64 AWS Encryption SDK message). */
        readonly code: string
        /** `ClientMetadata` (sent for SignUp, ForgotPassword and Authentication). */
        readonly clientMetadata?: StringMap | null
        /** The recipient's attributes. */
        readonly userAttributes: UserAttributes<A>
      }
    }
  : never

type BySource = { readonly [S in CustomSmsSenderSource]: z.ZodMiniType<CustomSmsSenderEvent<CustomAttributeTypes, S>> }

interface CustomSmsSenderSchemas {
  readonly bySource: BySource
  readonly event: z.ZodMiniType<CustomSmsSenderEvent>
}

let cache: CustomSmsSenderSchemas | undefined

/** The custom SMS sender schemas (built on first use). */
export function customSmsSenderSchemas(): CustomSmsSenderSchemas {
  if (cache) return cache
  const b = schemaBlocks()
  const request = z.looseObject({
    type: z.literal('customSMSSenderRequestV1'),
    code: b.string,
    clientMetadata: b.optionalStringMap,
    userAttributes: b.stringMap,
  })
  const bySource = {
    CustomSMSSender_SignUp: envelopeSchema('CustomSMSSender_SignUp', request) satisfies z.core.$ZodType<
      CustomSmsSenderEvent<CustomAttributeTypes, 'CustomSMSSender_SignUp'>
    >,
    CustomSMSSender_ResendCode: envelopeSchema('CustomSMSSender_ResendCode', request),
    CustomSMSSender_ForgotPassword: envelopeSchema('CustomSMSSender_ForgotPassword', request),
    CustomSMSSender_UpdateUserAttribute: envelopeSchema('CustomSMSSender_UpdateUserAttribute', request),
    CustomSMSSender_VerifyUserAttribute: envelopeSchema('CustomSMSSender_VerifyUserAttribute', request),
    CustomSMSSender_AdminCreateUser: envelopeSchema('CustomSMSSender_AdminCreateUser', request),
    CustomSMSSender_Authentication: envelopeSchema('CustomSMSSender_Authentication', request),
  }
  cache = {
    bySource,
    event: z.discriminatedUnion('triggerSource', [
      bySource.CustomSMSSender_SignUp,
      bySource.CustomSMSSender_ResendCode,
      bySource.CustomSMSSender_ForgotPassword,
      bySource.CustomSMSSender_UpdateUserAttribute,
      bySource.CustomSMSSender_VerifyUserAttribute,
      bySource.CustomSMSSender_AdminCreateUser,
      bySource.CustomSMSSender_Authentication,
    ]),
  }
  return cache
}
