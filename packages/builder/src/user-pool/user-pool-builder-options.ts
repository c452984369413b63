import type { StringValue } from '../intrinsic.js'

/* Option bags of the user-pool `with*` methods that group several `UserPoolProps` settings. */

/**
 * SMS settings of `withSms()`, with the CDK's `UserPoolProps` names.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html
 */
export interface SmsOptions {
  /**
   * IAM role Cognito assumes to send SMS (ARN or intrinsic).
   * @default - a role is created when the pool needs one
   */
  readonly smsRole?: StringValue
  /**
   * `sts:ExternalId` for `smsRole`.
   * @default - none
   */
  readonly smsRoleExternalId?: StringValue
  /**
   * Region of Amazon SNS.
   * @default - the pool's region
   */
  readonly snsRegion?: StringValue
  /**
   * Force (`true`) or suppress (`false`) the SMS role.
   * @default - created only when needed
   */
  readonly enableSmsRole?: boolean
}

/** Passkey settings of `withPasskeys()`. */
export interface PasskeyOptions {
  /**
   * Relying-party id (`passkeyRelyingPartyId`), 1–63 characters.
   * @default - the pool's domain
   */
  readonly relyingPartyId?: StringValue
  /**
   * User verification (`passkeyUserVerification`).
   * @default - Cognito's 'preferred'
   */
  readonly userVerification?: 'preferred' | 'required'
}

/** Threat-protection settings of `withThreatProtection()`. */
export interface ThreatProtectionOptions {
  /**
   * Mode for standard authentication.
   * @default - not emitted
   */
  readonly standardThreatProtectionMode?: 'ENFORCED' | 'AUDIT' | 'OFF'
  /**
   * Mode for custom authentication.
   * @default - not emitted
   */
  readonly customThreatProtectionMode?: 'ENFORCED' | 'AUDIT'
}

/** Options of `withTrigger()`. */
export interface TriggerOptions {
  /**
   * Event version (`PRE_TOKEN_GENERATION_CONFIG` only takes V2_0/V3_0).
   * @default 'V1_0'
   */
  readonly lambdaVersion?: 'V1_0' | 'V2_0' | 'V3_0'
  /**
   * Emit the `AWS::Lambda::Permission` that lets Cognito invoke the function. Turn it off when
   * the function's own stack grants the permission.
   * @default true
   */
  readonly permission?: boolean
}
