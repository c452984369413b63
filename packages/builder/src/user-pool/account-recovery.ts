/**
 * How users recover a forgotten password (`AccountRecoverySetting`). The values are names, not
 * the CDK's numbers, so that definitions read well as JSON.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-recover-a-user-account.html
 * @example
 * ```ts
 * userPool('P', { accountRecovery: AccountRecovery.EMAIL_ONLY })
 * ```
 */
export const AccountRecovery = {
  /** Email first, then a phone not used for MFA. */
  EMAIL_AND_PHONE_WITHOUT_MFA: 'EMAIL_AND_PHONE_WITHOUT_MFA',
  /** A phone not used for MFA first, then email (the default). */
  PHONE_WITHOUT_MFA_AND_EMAIL: 'PHONE_WITHOUT_MFA_AND_EMAIL',
  /** Email only. */
  EMAIL_ONLY: 'EMAIL_ONLY',
  /** A phone not used for MFA only. */
  PHONE_ONLY_WITHOUT_MFA: 'PHONE_ONLY_WITHOUT_MFA',
  /** Cognito's legacy behaviour: phone and email, even a phone used for MFA (nothing emitted). */
  PHONE_AND_EMAIL: 'PHONE_AND_EMAIL',
  /** No self-service recovery: administrators only. */
  NONE: 'NONE',
} as const
/** A value of {@link AccountRecovery}. */
export type AccountRecovery = (typeof AccountRecovery)[keyof typeof AccountRecovery]
