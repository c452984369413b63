import type { DurationDefinition } from '../duration.js'
import type { NumberValue, StringValue } from '../intrinsic.js'

/**
 * How users sign in. When none of `email`, `phone` is set and `username` is false, Cognito keeps
 * the user name as the only identifier.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases
 */
export interface SignInAliases {
  /**
   * Sign in with the user name chosen at sign-up.
   * @default false
   */
  readonly username?: boolean
  /**
   * Sign in with the email address.
   * @default false
   */
  readonly email?: boolean
  /**
   * Sign in with the phone number.
   * @default false
   */
  readonly phone?: boolean
  /**
   * Sign in with the preferred user name (needs `username`).
   * @default false
   */
  readonly preferredUsername?: boolean
}

/**
 * Attributes Cognito verifies automatically (`AutoVerifiedAttributes`).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html
 */
export interface AutoVerifiedAttrs {
  /**
   * Verify the email address.
   * @default false
   */
  readonly email?: boolean
  /**
   * Verify the phone number.
   * @default false
   */
  readonly phone?: boolean
}

/**
 * Attributes whose original value is kept until the new value is verified
 * (`UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate`).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates
 */
export interface KeepOriginalAttrs {
  /**
   * Keep the original email address until the new one is verified.
   * @default false
   */
  readonly email?: boolean
  /**
   * Keep the original phone number until the new one is verified.
   * @default false
   */
  readonly phone?: boolean
}

/** Required-ness and mutability of a standard attribute (a `Schema` entry). */
export interface StandardAttribute {
  /**
   * Whether the value may change after sign-up.
   * @default true
   */
  readonly mutable?: boolean
  /**
   * Whether users must provide the attribute at sign-up.
   * @default false
   */
  readonly required?: boolean
}

/**
 * Standard attributes to configure, by their CDK key (`fullname` is Cognito's `name`,
 * `timezone` is `zoneinfo`, `profilePicture` is `picture`, ...). Emitted in key order.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#cognito-user-pools-standard-attributes
 */
export interface StandardAttributes {
  /** `address` @default - not in the schema */
  readonly address?: StandardAttribute
  /** `birthdate` @default - not in the schema */
  readonly birthdate?: StandardAttribute
  /** `email` @default - not in the schema */
  readonly email?: StandardAttribute
  /** `family_name` @default - not in the schema */
  readonly familyName?: StandardAttribute
  /** `gender` @default - not in the schema */
  readonly gender?: StandardAttribute
  /** `given_name` @default - not in the schema */
  readonly givenName?: StandardAttribute
  /** `locale` @default - not in the schema */
  readonly locale?: StandardAttribute
  /** `middle_name` @default - not in the schema */
  readonly middleName?: StandardAttribute
  /** `name` @default - not in the schema */
  readonly fullname?: StandardAttribute
  /** `nickname` @default - not in the schema */
  readonly nickname?: StandardAttribute
  /** `phone_number` @default - not in the schema */
  readonly phoneNumber?: StandardAttribute
  /** `picture` @default - not in the schema */
  readonly profilePicture?: StandardAttribute
  /** `preferred_username` @default - not in the schema */
  readonly preferredUsername?: StandardAttribute
  /** `profile` @default - not in the schema */
  readonly profilePage?: StandardAttribute
  /** `zoneinfo` @default - not in the schema */
  readonly timezone?: StandardAttribute
  /** `updated_at` @default - not in the schema */
  readonly lastUpdateTime?: StandardAttribute
  /** `website` @default - not in the schema */
  readonly website?: StandardAttribute
}

/**
 * Messages sent to verify an email address or phone number at sign-up.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-message-customizations.html
 */
export interface UserVerificationConfig {
  /**
   * Email subject.
   * @default 'Verify your new account'
   */
  readonly emailSubject?: StringValue
  /**
   * Email body: must contain `{####}` (CODE style) or `{##link text##}` (LINK style).
   * @default - 'The verification code to your new account is {####}' (CODE) or
   * 'Verify your account by clicking on {##Verify Email##}' (LINK)
   */
  readonly emailBody?: StringValue
  /**
   * Verify with a code or with a link (`VerificationEmailStyle`).
   * @default 'CONFIRM_WITH_CODE'
   */
  readonly emailStyle?: 'CONFIRM_WITH_CODE' | 'CONFIRM_WITH_LINK'
  /**
   * SMS message: must contain `{####}`.
   * @default 'The verification code to your new account is {####}'
   */
  readonly smsMessage?: StringValue
}

/**
 * Messages sent when an administrator creates a user.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-message-customizations.html#cognito-user-pool-settings-user-invitation-message-customization
 */
export interface UserInvitationConfig {
  /**
   * Email subject.
   * @default - Cognito's 'Your temporary password'
   */
  readonly emailSubject?: StringValue
  /**
   * Email body (`{username}` and `{####}` are replaced).
   * @default - Cognito's 'Your username is {username} and temporary password is {####}.'
   */
  readonly emailBody?: StringValue
  /**
   * SMS message (`{username}` and `{####}` are replaced).
   * @default - Cognito's 'Your username is {username} and temporary password is {####}'
   */
  readonly smsMessage?: StringValue
}

/**
 * The MFA factors offered when MFA is `OPTIONAL` or `REQUIRED` (`EnabledMfas`).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
 */
export interface MfaSecondFactor {
  /**
   * SMS codes (`SMS_MFA`); needs an SMS role (created when none is given).
   * @default - required; `true` when the whole `mfaSecondFactor` is absent
   */
  readonly sms: boolean
  /**
   * Authenticator apps (`SOFTWARE_TOKEN_MFA`).
   * @default - required; `false` when the whole `mfaSecondFactor` is absent
   */
  readonly otp: boolean
  /**
   * Email codes (`EMAIL_OTP`); needs email through SES and a feature plan other than LITE.
   * @default false
   */
  readonly email?: boolean
}

/**
 * Password policy as plain data: the temporary-password validity is a duration definition.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-policies.html
 */
export interface PasswordPolicyDefinition {
  /**
   * Validity of temporary passwords, in whole days (0–365).
   * @default - Cognito's 7 days
   */
  readonly tempPasswordValidity?: DurationDefinition
  /**
   * Minimum length (6–99).
   * @default 8
   */
  readonly minLength?: NumberValue
  /**
   * Require a lower-case letter.
   * @default - Cognito's true (nothing emitted)
   */
  readonly requireLowercase?: boolean
  /**
   * Require an upper-case letter.
   * @default - Cognito's true (nothing emitted)
   */
  readonly requireUppercase?: boolean
  /**
   * Require a digit.
   * @default - Cognito's true (nothing emitted)
   */
  readonly requireDigits?: boolean
  /**
   * Require a symbol.
   * @default - Cognito's true (nothing emitted)
   */
  readonly requireSymbols?: boolean
  /**
   * Number of previous passwords that cannot be reused (0–24; not with the LITE plan).
   * @default - none (nothing emitted)
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html#user-pool-password-reuse
   */
  readonly passwordHistorySize?: NumberValue
}

/**
 * First factors users may choose at sign-in (choice-based authentication).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice
 */
export interface AllowedFirstAuthFactors {
  /**
   * Password sign-in; must be true.
   * @default - required
   */
  readonly password: boolean
  /**
   * One-time codes by email (`EMAIL_OTP`).
   * @default false
   */
  readonly emailOtp?: boolean
  /**
   * One-time codes by SMS (`SMS_OTP`).
   * @default false
   */
  readonly smsOtp?: boolean
  /**
   * Passkeys (`WEB_AUTHN`).
   * @default false
   */
  readonly passkey?: boolean
}

/**
 * Sign-in policy (`Policies.SignInPolicy`).
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-userpool-signinpolicy.html
 */
export interface SignInPolicy {
  /**
   * The allowed first authentication factors.
   * @default - password only (nothing emitted)
   */
  readonly allowedFirstAuthFactors?: AllowedFirstAuthFactors
}

/**
 * Device tracking (`DeviceConfiguration`).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html
 */
export interface DeviceTracking {
  /**
   * Ask for MFA on a device the pool has not seen.
   * @default - required
   */
  readonly challengeRequiredOnNewDevice: boolean
  /**
   * Remember a device only when the user opts in.
   * @default - required
   */
  readonly deviceOnlyRememberedOnUserPrompt: boolean
}

/** Email through Cognito's own sender (`UserPoolEmail.withCognito`). */
export interface CognitoEmailDefinition {
  readonly sendingAccount: 'COGNITO_DEFAULT'
  /** Reply-to address. */
  readonly replyTo?: string
}

/** Email through Amazon SES (`UserPoolEmail.withSES`). */
export interface SesEmailDefinition {
  readonly sendingAccount: 'DEVELOPER'
  /** Verified sender address. */
  readonly fromEmail: string
  /** Display name of the sender (quoted or MIME-encoded as needed). */
  readonly fromName?: string
  /** Reply-to address. */
  readonly replyTo?: string
  /** SES configuration set. */
  readonly configurationSetName?: StringValue
  /** Region of the SES identity; the pool's region when absent. */
  readonly sesRegion?: StringValue
  /** Verified SES domain identity that `fromEmail` belongs to. */
  readonly sesVerifiedDomain?: string
}

/** How the pool sends email. */
export type UserPoolEmailDefinition = CognitoEmailDefinition | SesEmailDefinition

/** `removalPolicy` values a user pool accepts (`snapshot` is refused: Cognito cannot snapshot). */
export type UserPoolRemovalPolicy = 'destroy' | 'retain' | 'retain-on-update-or-delete'

/**
 * Every user-pool setting of the CDK's `UserPoolProps` (custom attributes and triggers aside, which
 * have their own sections), as plain data: durations as `{ amount, unit }`, enums as their string
 * values, roles and keys as ARNs or intrinsics. Absent means "not set" (the CDK default applies).
 */
export interface UserPoolSettings {
  readonly userPoolName?: StringValue
  readonly selfSignUpEnabled?: boolean
  readonly userVerification?: UserVerificationConfig
  readonly userInvitation?: UserInvitationConfig
  readonly smsRole?: StringValue
  readonly smsRoleExternalId?: StringValue
  readonly snsRegion?: StringValue
  readonly enableSmsRole?: boolean
  readonly signInAliases?: SignInAliases
  readonly autoVerify?: AutoVerifiedAttrs
  readonly keepOriginal?: KeepOriginalAttrs
  readonly standardAttributes?: StandardAttributes
  readonly mfa?: 'OFF' | 'OPTIONAL' | 'ON'
  readonly mfaMessage?: StringValue
  readonly mfaSecondFactor?: MfaSecondFactor
  readonly passwordPolicy?: PasswordPolicyDefinition
  readonly signInPolicy?: SignInPolicy
  readonly passkeyRelyingPartyId?: StringValue
  readonly passkeyUserVerification?: 'preferred' | 'required'
  readonly email?: UserPoolEmailDefinition
  readonly signInCaseSensitive?: boolean
  readonly accountRecovery?:
    | 'EMAIL_AND_PHONE_WITHOUT_MFA'
    | 'PHONE_WITHOUT_MFA_AND_EMAIL'
    | 'EMAIL_ONLY'
    | 'PHONE_ONLY_WITHOUT_MFA'
    | 'PHONE_AND_EMAIL'
    | 'NONE'
  readonly removalPolicy?: UserPoolRemovalPolicy
  readonly deletionProtection?: boolean
  readonly deviceTracking?: DeviceTracking
  readonly advancedSecurityMode?: 'ENFORCED' | 'AUDIT' | 'OFF'
  readonly featurePlan?: 'LITE' | 'ESSENTIALS' | 'PLUS'
  readonly standardThreatProtectionMode?: 'ENFORCED' | 'AUDIT' | 'OFF'
  readonly customThreatProtectionMode?: 'ENFORCED' | 'AUDIT'
}
