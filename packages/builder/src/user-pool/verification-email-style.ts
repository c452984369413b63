/**
 * How the verification email confirms the address: with a code or with a link.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-message-customizations.html
 * @example
 * ```ts
 * userPool('P', { userVerification: { emailStyle: VerificationEmailStyle.LINK, emailBody: 'Click {##here##}' } })
 * ```
 */
export const VerificationEmailStyle = {
  /** The email carries a code (`{####}`). */
  CODE: 'CONFIRM_WITH_CODE',
  /** The email carries a link (`{##link text##}`). */
  LINK: 'CONFIRM_WITH_LINK',
} as const
/** A value of {@link VerificationEmailStyle}. */
export type VerificationEmailStyle = (typeof VerificationEmailStyle)[keyof typeof VerificationEmailStyle]
