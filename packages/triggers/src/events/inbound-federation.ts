/**
 * Inbound federation: `InboundFederation_ExternalProvider`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 * @module
 */
import * as z from 'zod/mini'
import { jsonProblem } from '../internal/json-problem.js'
import { lazy } from '../internal/lazy.js'
import type { JsonObject, JsonValue } from '../json-value.js'
import { envelopeSchema, schemaBlocks, type TriggerEnvelope } from './trigger-envelope.js'
import { BOOLEAN_ATTRIBUTES, MAX_ATTRIBUTE_LENGTH } from './user-attributes.js'

/** The inbound federation trigger source. */
export type InboundFederationSource = 'InboundFederation_ExternalProvider'

/** The kind of identity provider a federated user signs in with. */
export type IdentityProviderType =
  | 'OIDC'
  | 'SAML'
  | 'Facebook'
  | 'Google'
  | 'SignInWithApple'
  | 'LoginWithAmazon'
  | (string & {})

/**
 * What the identity provider sent. OIDC and social providers fill `tokenResponse`, `idToken` and
 * `userInfo`; SAML providers fill `samlResponse`. Values are JSON (strings in every sample seen,
 * but IdPs may send numbers, booleans and multi-valued attributes).
 */
export interface FederatedAttributes {
  /** The provider's token response (`access_token`, `id_token`, `token_type`, `expires_in`, `scope`, ...). */
  readonly tokenResponse?: { readonly [key: string]: JsonValue } | null
  /** The decoded, validated ID token claims. */
  readonly idToken?: JsonObject | null
  /** The userInfo endpoint's claims (may be empty). */
  readonly userInfo?: JsonObject | null
  /** SAML assertion attributes, by attribute name (multi-valued attributes as arrays). */
  readonly samlResponse?: JsonObject | null
}

/**
 * An inbound federation event: it runs at every federated sign-in, before the user profile is
 * created or updated.
 */
export type InboundFederationEvent = TriggerEnvelope<InboundFederationSource> & {
  readonly request: {
    /** The identity provider's name in the pool. */
    readonly providerName: string
    /** The identity provider's type. */
    readonly providerType: IdentityProviderType
    /** What the provider sent (`{}` when Cognito sends nothing). */
    readonly attributes: FederatedAttributes
  }
  /** Cognito's pre-filled response (`userAttributesToMap: {}`). */
  readonly response?: unknown
}

/**
 * What an inbound federation trigger answers. **Every attribute to keep must be listed**: omitted
 * ones are dropped. An empty map is the no-op that keeps everything.
 */
export interface InboundFederationResponse {
  /** Attribute name → value (at most 2048 characters). */
  readonly userAttributesToMap: { readonly [name: string]: string }
}

interface InboundFederationSchemas {
  readonly event: z.ZodMiniType<InboundFederationEvent>
  readonly response: z.ZodMiniType<InboundFederationResponse>
}

/** The inbound federation schemas (built on first use). */
export const inboundFederationSchemas = /* @__PURE__ */ lazy((): InboundFederationSchemas => {
  const b = schemaBlocks()
  const jsonObject = z.record(b.string, z.unknown()).check((ctx) => {
    for (const [key, value] of Object.entries(ctx.value)) {
      const problem = jsonProblem(value)
      if (problem)
        ctx.issues.push({
          code: 'custom',
          input: value,
          path: [key],
          params: { rule: 'invalid_type' },
          message: problem,
        })
    }
  }) as unknown as z.ZodMiniType<JsonObject>
  const section = z.exactOptional(z.nullable(jsonObject))
  const attributes = z.looseObject({
    tokenResponse: section,
    idToken: section,
    userInfo: section,
    samlResponse: section,
  })
  const event = envelopeSchema(
    'InboundFederation_ExternalProvider',
    z.looseObject({
      providerName: b.string,
      providerType: b.string,
      attributes: z.pipe(
        z.optional(z.nullable(attributes)),
        z.transform((a): FederatedAttributes => a ?? {}),
      ),
    }),
  ) satisfies z.core.$ZodType<InboundFederationEvent>
  const attributeMap = z
    .record(b.string.check(z.minLength(1)), z.string().check(z.maxLength(MAX_ATTRIBUTE_LENGTH)))
    .check((ctx) => {
      for (const [name, value] of Object.entries(ctx.value)) {
        const report = (rule: string, message: string) =>
          ctx.issues.push({ code: 'custom', input: value, path: [name], params: { rule }, message })
        if (name === 'sub' || name === 'identities' || name.startsWith('cognito:')) {
          report(
            'reserved_attribute',
            `${JSON.stringify(name)} is managed by Cognito: a federated user cannot bring one`,
          )
        } else if (BOOLEAN_ATTRIBUTES.includes(name) && value !== 'true' && value !== 'false') {
          report('invalid_boolean', 'must be "true" or "false"')
        }
      }
    })
  const response = z.strictObject({
    userAttributesToMap: attributeMap,
  }) satisfies z.core.$ZodType<InboundFederationResponse>
  return { event, response }
})
