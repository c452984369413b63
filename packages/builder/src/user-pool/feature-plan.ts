/**
 * The user pool feature plan (`UserPoolTier`).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html
 * @example
 * ```ts
 * userPool('P', { featurePlan: FeaturePlan.ESSENTIALS })
 * ```
 */
export const FeaturePlan = {
  /** Low-cost plan without the newer features. */
  LITE: 'LITE',
  /** Passwordless, managed login, access-token customization (Cognito's default for new pools). */
  ESSENTIALS: 'ESSENTIALS',
  /** ESSENTIALS plus threat protection. */
  PLUS: 'PLUS',
} as const
/** A value of {@link FeaturePlan}. */
export type FeaturePlan = (typeof FeaturePlan)[keyof typeof FeaturePlan]
