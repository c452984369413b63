import type { StringValue } from '../intrinsic.js'
import type { ClientReferenceDefinition } from './client-reference-definition.js'

/** What threat protection does when it detects an account-takeover risk. */
export type AccountTakeoverEventAction = 'BLOCK' | 'MFA_IF_CONFIGURED' | 'MFA_REQUIRED' | 'NO_ACTION'

/** The action for one risk level. */
export interface AccountTakeoverActionDefinition {
  readonly eventAction: AccountTakeoverEventAction
  /** Whether to notify the user. */
  readonly notify: boolean
}

/** One notification email template. */
export interface NotifyEmailDefinition {
  readonly subject: string
  readonly htmlBody?: string
  readonly textBody?: string
}

/** Account-takeover protection (`AccountTakeoverRiskConfiguration`). */
export interface AccountTakeoverDefinition {
  readonly actions: {
    readonly highAction?: AccountTakeoverActionDefinition
    readonly mediumAction?: AccountTakeoverActionDefinition
    readonly lowAction?: AccountTakeoverActionDefinition
  }
  readonly notifyConfiguration?: {
    /** ARN of the SES identity notifications are sent from. */
    readonly sourceArn: StringValue
    readonly from?: string
    readonly replyTo?: string
    readonly blockEmail?: NotifyEmailDefinition
    readonly mfaEmail?: NotifyEmailDefinition
    readonly noActionEmail?: NotifyEmailDefinition
  }
}

/** Compromised-credentials protection (`CompromisedCredentialsRiskConfiguration`). */
export interface CompromisedCredentialsDefinition {
  readonly eventAction: 'BLOCK' | 'NO_ACTION'
  /** Absent: every event. */
  readonly eventFilter?: readonly ('SIGN_IN' | 'PASSWORD_CHANGE' | 'SIGN_UP')[]
}

/** An `AWS::Cognito::UserPoolRiskConfigurationAttachment`. Absent client: `ALL` clients. */
export interface RiskConfigurationDefinition extends ClientReferenceDefinition {
  readonly accountTakeover?: AccountTakeoverDefinition
  readonly compromisedCredentials?: CompromisedCredentialsDefinition
  readonly riskExceptions?: {
    /** CIDR ranges always blocked. */
    readonly blockedIpRanges?: readonly string[]
    /** CIDR ranges never evaluated. */
    readonly skippedIpRanges?: readonly string[]
  }
}
