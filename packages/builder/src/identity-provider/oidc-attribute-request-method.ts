/**
 * How Cognito requests user attributes from an OIDC provider, as the CDK's `OidcAttributeRequestMethod`.
 *
 * @example
 * ```ts
 * const props = { attributeRequestMethod: OidcAttributeRequestMethod.POST }
 * ```
 */
export const OidcAttributeRequestMethod = {
  GET: 'GET',
  POST: 'POST',
} as const

/** `'GET'` or `'POST'`. */
export type OidcAttributeRequestMethod = (typeof OidcAttributeRequestMethod)[keyof typeof OidcAttributeRequestMethod]
