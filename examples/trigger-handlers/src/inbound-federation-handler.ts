/**
 * Inbound federation: which attributes a federated sign-in (OIDC or SAML) writes into the user
 * profile. Only the email, the name and the workspace are kept, whatever else the IdP sends. (An
 * IdP that sends none of the three leaves the profile as it was: an empty map is Cognito's no-op.)
 *
 * @module
 */
import { type FederatedAttributes, inboundFederation, mapAttributes } from '@cognito-kit/triggers'

/** Claim names that carry the workspace, by IdP convention. */
const TENANT_CLAIMS = ['tenant', 'org', 'https://example.org/tenant'] as const

function claimsOf(attributes: FederatedAttributes): Record<string, unknown> {
  return { ...attributes.samlResponse, ...attributes.idToken, ...attributes.userInfo }
}

/**
 * The inbound federation Lambda handler.
 *
 * @example
 * ```ts
 * export { inboundFederationHandler as handler } from '@cognito-kit-examples/trigger-handlers'
 * ```
 */
export const inboundFederationHandler = inboundFederation(({ request }) => {
  const claims = claimsOf(request.attributes)
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const mapped: Record<string, string> = {}
  const email = text(claims.email).toLowerCase()
  if (email) mapped.email = email
  const name = text(claims.name) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ')
  if (name) mapped.name = name.slice(0, 2048)
  const tenant = TENANT_CLAIMS.map((claim) => text(claims[claim])).find(Boolean)
  if (tenant) mapped['custom:tenant'] = tenant.slice(0, 32)
  return mapAttributes(mapped)
})
