/**
 * Whether passkey sign-in requires user verification (`WebAuthnUserVerification`).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html#amazon-cognito-user-pools-authentication-flow-methods-passkey
 * @example
 * ```ts
 * userPool('P', { passkeyUserVerification: PasskeyUserVerification.REQUIRED })
 * ```
 */
export const PasskeyUserVerification = {
  /** Verification preferred (Cognito's default). */
  PREFERRED: 'preferred',
  /** Verification required. */
  REQUIRED: 'required',
} as const
/** A value of {@link PasskeyUserVerification}. */
export type PasskeyUserVerification = (typeof PasskeyUserVerification)[keyof typeof PasskeyUserVerification]
