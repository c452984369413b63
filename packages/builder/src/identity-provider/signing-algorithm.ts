/**
 * Algorithm Cognito signs SAML requests with, as the CDK's `SigningAlgorithm`.
 *
 * @example
 * ```ts
 * const props = { requestSigningAlgorithm: SigningAlgorithm.RSA_SHA256 }
 * ```
 */
export const SigningAlgorithm = {
  RSA_SHA256: 'rsa-sha256',
} as const

/** `'rsa-sha256'`. */
export type SigningAlgorithm = (typeof SigningAlgorithm)[keyof typeof SigningAlgorithm]
