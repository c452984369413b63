/**
 * Advanced security (deprecated by the CDK in favour of threat protection:
 * {@link StandardThreatProtectionMode}, {@link CustomThreatProtectionMode}).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html
 * @example
 * ```ts
 * userPool('P', { advancedSecurityMode: AdvancedSecurityMode.ENFORCED })
 * ```
 */
export const AdvancedSecurityMode = {
  /** Detect risks and act on them. */
  ENFORCED: 'ENFORCED',
  /** Detect risks and publish metrics only. */
  AUDIT: 'AUDIT',
  /** Off. */
  OFF: 'OFF',
} as const
/** A value of {@link AdvancedSecurityMode}. */
export type AdvancedSecurityMode = (typeof AdvancedSecurityMode)[keyof typeof AdvancedSecurityMode]
