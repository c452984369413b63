/**
 * Whether users must, may or cannot use multi-factor authentication (`MfaConfiguration`).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
 * @example
 * ```ts
 * userPool('P', { mfa: Mfa.REQUIRED, mfaSecondFactor: { sms: false, otp: true } })
 * ```
 */
export const Mfa = {
  /** No MFA. */
  OFF: 'OFF',
  /** Users may set up MFA. */
  OPTIONAL: 'OPTIONAL',
  /** Every user must use MFA (`ON`). */
  REQUIRED: 'ON',
} as const
/** A value of {@link Mfa}. */
export type Mfa = (typeof Mfa)[keyof typeof Mfa]
