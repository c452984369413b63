/**
 * Threat protection for standard authentication (`UserPoolAddOns.AdvancedSecurityMode`).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html
 * @example
 * ```ts
 * userPool('P', { featurePlan: FeaturePlan.PLUS, standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION })
 * ```
 */
export const StandardThreatProtectionMode = {
  /** Detect risks and act on them (`ENFORCED`). */
  FULL_FUNCTION: 'ENFORCED',
  /** Detect risks and publish metrics only (`AUDIT`). */
  AUDIT_ONLY: 'AUDIT',
  /** Off (`OFF`). */
  NO_ENFORCEMENT: 'OFF',
} as const
/** A value of {@link StandardThreatProtectionMode}. */
export type StandardThreatProtectionMode =
  (typeof StandardThreatProtectionMode)[keyof typeof StandardThreatProtectionMode]

/**
 * Threat protection for custom authentication
 * (`UserPoolAddOns.AdvancedSecurityAdditionalFlows.CustomAuthMode`).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html
 * @example
 * ```ts
 * userPool('P', { featurePlan: FeaturePlan.PLUS, customThreatProtectionMode: CustomThreatProtectionMode.AUDIT_ONLY })
 * ```
 */
export const CustomThreatProtectionMode = {
  /** Detect risks and act on them (`ENFORCED`). */
  FULL_FUNCTION: 'ENFORCED',
  /** Detect risks and publish metrics only (`AUDIT`). */
  AUDIT_ONLY: 'AUDIT',
} as const
/** A value of {@link CustomThreatProtectionMode}. */
export type CustomThreatProtectionMode = (typeof CustomThreatProtectionMode)[keyof typeof CustomThreatProtectionMode]
