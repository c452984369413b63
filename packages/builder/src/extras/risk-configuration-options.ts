import type {
  AccountTakeoverDefinition,
  CompromisedCredentialsDefinition,
} from '../definition/risk-configuration-definition.js'
import type { ClientReference } from './client-reference.js'

/**
 * Threat-protection risk responses (`AWS::Cognito::UserPoolRiskConfigurationAttachment`, no CDK
 * construct). The pool needs threat protection (`standardThreatProtectionMode` or the deprecated
 * `advancedSecurityMode`) for it to take effect.
 *
 * @typeParam C - ids of the pool's clients
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html
 */
export interface RiskConfigurationOptions<C extends string = string> {
  /**
   * The client it applies to.
   * @default 'ALL'
   */
  readonly client?: ClientReference<C> | 'ALL'
  /**
   * Actions on account-takeover risk, per level, and the notification emails.
   * @default - none
   */
  readonly accountTakeover?: AccountTakeoverDefinition
  /**
   * Action on compromised credentials.
   * @default - none
   */
  readonly compromisedCredentials?: CompromisedCredentialsDefinition
  /**
   * IP ranges (CIDR) always blocked or never evaluated.
   * @default - none
   */
  readonly riskExceptions?: {
    readonly blockedIpRanges?: readonly string[]
    readonly skippedIpRanges?: readonly string[]
  }
}
