import type {
  AutoVerifiedAttrs,
  DeviceTracking,
  KeepOriginalAttrs,
  MfaSecondFactor,
  SignInAliases,
  SignInPolicy,
  StandardAttributes,
  UserInvitationConfig,
  UserVerificationConfig,
} from '../definition/user-pool-settings.js'
import type { StringValue } from '../intrinsic.js'
import type { AccountRecovery } from './account-recovery.js'
import type { AdvancedSecurityMode } from './advanced-security-mode.js'
import type { CustomAttribute } from './custom-attribute.js'
import type { FeaturePlan } from './feature-plan.js'
import type { Mfa } from './mfa.js'
import type { PasskeyUserVerification } from './passkey-user-verification.js'
import type { PasswordPolicy } from './password-policy.js'
import type { RemovalPolicy } from './removal-policy.js'
import type { CustomThreatProtectionMode, StandardThreatProtectionMode } from './threat-protection-mode.js'
import type { UserPoolEmail } from './user-pool-email.js'
import type { UserPoolTriggers } from './user-pool-triggers.js'

/**
 * Settings of a user pool: the CDK's `UserPoolProps`, with an ARN string or a CloudFormation
 * intrinsic wherever the CDK takes a construct (Lambda function, IAM role, KMS key).
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.UserPoolProps.html
 */
export interface UserPoolProps {
  /**
   * Name of the user pool.
   * @default - CloudFormation generates a name
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-userpool.html#cfn-cognito-userpool-userpoolname
   */
  readonly userPoolName?: StringValue
  /**
   * Whether users may sign themselves up.
   * @default false
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
   */
  readonly selfSignUpEnabled?: boolean
  /**
   * Verification messages (email and SMS).
   * @default - CODE style with the CDK's default messages (always emitted)
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-message-customizations.html
   */
  readonly userVerification?: UserVerificationConfig
  /**
   * Invitation messages for users created by administrators.
   * @default - Cognito's default messages (nothing emitted)
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-message-customizations.html#cognito-user-pool-settings-user-invitation-message-customization
   */
  readonly userInvitation?: UserInvitationConfig
  /**
   * IAM role Cognito assumes to send SMS (ARN or intrinsic).
   * @default - a role is created when the pool needs one (SMS MFA, phone sign-in or phone verification)
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html
   */
  readonly smsRole?: StringValue
  /**
   * `sts:ExternalId` Cognito passes when assuming `smsRole` (only with `smsRole`).
   * @default - none
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html
   */
  readonly smsRoleExternalId?: StringValue
  /**
   * Region of Amazon SNS for SMS.
   * @default - the pool's region
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html#user-pool-sms-settings-first-time
   */
  readonly snsRegion?: StringValue
  /**
   * Force (`true`) or suppress (`false`) the creation of the SMS role.
   * @default - created only when needed
   */
  readonly enableSmsRole?: boolean
  /**
   * How users sign in. Cannot be changed once the pool exists.
   * @default { username: true }
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases
   */
  readonly signInAliases?: SignInAliases
  /**
   * Attributes verified automatically.
   * @default - email and/or phone when they are sign-in aliases
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html
   */
  readonly autoVerify?: AutoVerifiedAttrs
  /**
   * Attributes whose original value is kept until a new value is verified.
   * @default - none
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates
   */
  readonly keepOriginal?: KeepOriginalAttrs
  /**
   * Standard attributes to mark required or immutable.
   * @default - none in the schema
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#cognito-user-pools-standard-attributes
   */
  readonly standardAttributes?: StandardAttributes
  /**
   * Custom attributes by name (without `custom:`); their types flow into the builder's type.
   * @default - none
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-custom-attributes
   */
  readonly customAttributes?: { readonly [name: string]: CustomAttribute }
  /**
   * MFA enforcement.
   * @default - not emitted (Cognito: OFF)
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
   */
  readonly mfa?: Mfa
  /**
   * The MFA SMS message; must contain `{####}`, at most 140 characters.
   * @default - Cognito's 'Your authentication code is {####}.'
   */
  readonly mfaMessage?: StringValue
  /**
   * MFA factors when `mfa` is OPTIONAL or REQUIRED (ignored otherwise).
   * @default { sms: true, otp: false }
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
   */
  readonly mfaSecondFactor?: MfaSecondFactor
  /**
   * Password policy.
   * @default - none emitted (Cognito's default policy)
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-policies.html
   */
  readonly passwordPolicy?: PasswordPolicy
  /**
   * Sign-in policy (choice-based authentication).
   * @default - password only
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice
   */
  readonly signInPolicy?: SignInPolicy
  /**
   * Relying-party id for passkeys (1–63 characters).
   * @default - the pool's domain
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html#amazon-cognito-user-pools-authentication-flow-methods-passkey
   */
  readonly passkeyRelyingPartyId?: StringValue
  /**
   * Whether passkeys require user verification.
   * @default - Cognito's 'preferred'
   */
  readonly passkeyUserVerification?: PasskeyUserVerification
  /**
   * How email is sent (`UserPoolEmail.withCognito()` or `UserPoolEmail.withSES()`).
   * @default - Cognito's sender, no-reply@verificationemail.com
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html
   */
  readonly email?: UserPoolEmail
  /**
   * Lambda triggers by operation, as function ARNs or intrinsics.
   * @default - none
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools-working-with-aws-lambda-triggers.html
   */
  readonly lambdaTriggers?: UserPoolTriggers
  /**
   * KMS key (ARN or intrinsic) for the custom email/SMS senders.
   * @default - none
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sender-triggers.html
   */
  readonly customSenderKmsKey?: StringValue
  /**
   * Whether sign-in aliases are case-sensitive. Cannot be changed once the pool exists.
   * @default - not emitted (case-sensitive)
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-case-sensitivity.html
   */
  readonly signInCaseSensitive?: boolean
  /**
   * How users recover their account.
   * @default AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-recover-a-user-account.html
   */
  readonly accountRecovery?: AccountRecovery
  /**
   * What happens to the pool when it leaves the template.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy
  /**
   * Whether the pool is protected from deletion (`DeletionProtection: ACTIVE`).
   * @default - not emitted (INACTIVE)
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-deletion-protection.html
   */
  readonly deletionProtection?: boolean
  /**
   * Device tracking.
   * @default - devices are not tracked
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html
   */
  readonly deviceTracking?: DeviceTracking
  /**
   * Advanced security (deprecated; use the threat protection modes).
   * @default - not emitted
   * @deprecated use `standardThreatProtectionMode` and `customThreatProtectionMode`
   */
  readonly advancedSecurityMode?: AdvancedSecurityMode
  /**
   * Feature plan.
   * @default - not emitted (Cognito: ESSENTIALS for new pools)
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html
   */
  readonly featurePlan?: FeaturePlan
  /**
   * Threat protection for standard authentication (needs the PLUS plan at deploy time).
   * @default - not emitted
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html
   */
  readonly standardThreatProtectionMode?: StandardThreatProtectionMode
  /**
   * Threat protection for custom authentication.
   * @default - not emitted
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html
   */
  readonly customThreatProtectionMode?: CustomThreatProtectionMode
}
