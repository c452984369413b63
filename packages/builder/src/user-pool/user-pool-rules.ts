/**
 * The user pool's rule set for `validateDefinition()`: every setting's own rules (definitions can
 * come from hand-edited JSON) plus the rules that span settings.
 *
 * @module
 */
import type { UserPoolDefinition } from '../definition/user-pool-definition.js'
import type { DefinitionIssue } from '../errors.js'
import { issue, joinPath } from '../internal/literal-checks.js'
import { customAttributesIssues } from './custom-attribute-rules.js'
import { tagsIssues } from './tag-rules.js'
import { TRIGGERS_PATH, triggersIssues } from './trigger-rules.js'
import { CUSTOM_SENDER_OPERATIONS } from './user-pool-operation.js'
import { settingIssues } from './user-pool-settings-rules.js'

/** Rules that relate two or more settings (the CDK's constructor-time cross checks). */
export function crossSettingIssues(def: UserPoolDefinition): DefinitionIssue[] {
  const s = def.settings
  const issues: DefinitionIssue[] = []
  if (s.enableSmsRole === false && s.smsRole !== undefined) {
    issues.push(
      issue(
        'enableSmsRole',
        'EnableSmsRoleCannotDisabled',
        'enableSmsRole cannot be disabled when smsRole is specified',
      ),
    )
  }
  if (s.smsRoleExternalId !== undefined && s.smsRole === undefined) {
    issues.push(
      issue(
        'smsRoleExternalId',
        'SmsRoleExternalIdWithoutSmsRole',
        'smsRoleExternalId has no effect without smsRole (a created SMS role uses its own external id); set smsRole or remove smsRoleExternalId',
      ),
    )
  }
  const mfaOn = s.mfa === 'OPTIONAL' || s.mfa === 'ON'
  if (mfaOn && s.mfaSecondFactor?.email) {
    if (s.email?.sendingAccount !== 'DEVELOPER') {
      issues.push(
        issue(
          'mfaSecondFactor.email',
          'EnableEmailBased',
          'To enable email-based MFA, set `email` property to the Amazon SES email-sending configuration.',
        ),
      )
    }
    if (s.featurePlan === 'LITE') {
      issues.push(
        issue(
          'mfaSecondFactor.email',
          'EnableEmailBased',
          'To enable email-based MFA, set `featurePlan` to `FeaturePlan.ESSENTIALS` or `FeaturePlan.PLUS`.',
        ),
      )
    }
  }
  if (s.passwordPolicy?.passwordHistorySize !== undefined && s.featurePlan === 'LITE') {
    issues.push(
      issue(
        'passwordPolicy.passwordHistorySize',
        'CanNot',
        '`passwordHistorySize` can not be set when `featurePlan` is `FeaturePlan.LITE`.',
      ),
    )
  }
  const factors = s.signInPolicy?.allowedFirstAuthFactors
  if (factors && (factors.emailOtp || factors.smsOtp || factors.passkey) && s.featurePlan === 'LITE') {
    issues.push(
      issue(
        'signInPolicy.allowedFirstAuthFactors',
        'EnableChoiceBasedAuthentication',
        'To enable choice-based authentication, set `featurePlan` to `FeaturePlan.ESSENTIALS` or `FeaturePlan.PLUS`.',
      ),
    )
  }
  if (
    s.advancedSecurityMode !== undefined &&
    (s.standardThreatProtectionMode !== undefined || s.customThreatProtectionMode !== undefined)
  ) {
    issues.push(
      issue(
        'advancedSecurityMode',
        'CannotSetThreatProtectionAdvanced',
        'you cannot set Threat Protection and Advanced Security Mode at the same time. Advanced Security Mode is deprecated and should be replaced with Threat Protection instead.',
      ),
    )
  }
  if (def.triggers.customSenderKmsKey === undefined) {
    for (const operation of Object.keys(def.triggers.operations)) {
      if (CUSTOM_SENDER_OPERATIONS.has(operation)) {
        issues.push(
          issue(
            joinPath(TRIGGERS_PATH, operation),
            'SpecifyKeyCustomSmsSender',
            'you must specify a KMS key if you are using customSmsSender or customEmailSender.',
          ),
        )
      }
    }
  }
  return issues
}

/**
 * Every user-pool rule over a whole definition.
 *
 * @example
 * ```ts
 * userPoolRules(userPool('P').toDefinition()) // []
 * ```
 */
export function userPoolRules(def: UserPoolDefinition): DefinitionIssue[] {
  return [
    ...settingIssues(def.settings),
    ...customAttributesIssues(def.customAttributes, 'customAttributes'),
    ...triggersIssues(def.triggers),
    ...tagsIssues(def.tags, 'tags'),
    ...crossSettingIssues(def),
  ]
}
