/**
 * Rules on each user-pool setting on its own. They run when a setting arrives (`userPool()`,
 * `with*`) and again over whole definitions (`validate()`, `fromDefinition()`). Paths name the
 * `UserPoolProps` setting (`passwordPolicy.minLength`). Intrinsics skip literal checks.
 *
 * @module
 */

import type {
  PasswordPolicyDefinition,
  SignInAliases,
  SignInPolicy,
  UserInvitationConfig,
  UserPoolEmailDefinition,
  UserPoolSettings,
  UserVerificationConfig,
} from '../definition/user-pool-settings.js'
import type { DurationDefinition } from '../duration.js'
import type { DefinitionIssue } from '../errors.js'
import {
  integerIssues,
  issue,
  joinPath,
  lengthIssues,
  literalNumber,
  literalString,
  show,
} from '../internal/literal-checks.js'
import { wholeAmountIssue } from '../internal/whole-duration.js'
import { AccountRecovery } from './account-recovery.js'
import { roleArnIssues } from './arn-patterns.js'

const CODE_TEMPLATE = '{####}'
const VERIFY_EMAIL_TEMPLATE = '{##Verify Email##}'
const VERIFY_EMAIL_REGEX = /\{##[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*##\}/u
const USER_POOL_NAME = /^[\w\s+=,.@-]+$/u
const DAY_MS = 86_400_000
const UNIT_MS = { milliseconds: 1, seconds: 1000, minutes: 60_000, hours: 3_600_000, days: DAY_MS } as const

/** Defaults of the verification messages (the CDK's). */
export const VERIFICATION_DEFAULTS = {
  emailSubject: 'Verify your new account',
  codeEmailBody: `The verification code to your new account is ${CODE_TEMPLATE}`,
  linkEmailBody: `Verify your account by clicking on ${VERIFY_EMAIL_TEMPLATE}`,
  smsMessage: `The verification code to your new account is ${CODE_TEMPLATE}`,
} as const

const lacks = (value: unknown, needle: string): boolean => literalString(value) && !value.includes(needle)

function userPoolNameIssues(value: unknown, path: string): DefinitionIssue[] {
  const issues = lengthIssues(value, path, 1, 128, 'UserPoolNameLength', 'userPoolName')
  if (issues.length === 0 && literalString(value) && !USER_POOL_NAME.test(value)) {
    issues.push(
      issue(
        path,
        'UserPoolNamePattern',
        `userPoolName may contain only letters, digits, spaces and + = , . @ - _ (received ${show(value)})`,
      ),
    )
  }
  return issues
}

function userVerificationIssues(value: UserVerificationConfig, path: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  const link = value.emailStyle === 'CONFIRM_WITH_LINK'
  const body = value.emailBody ?? (link ? VERIFICATION_DEFAULTS.linkEmailBody : VERIFICATION_DEFAULTS.codeEmailBody)
  const sms = value.smsMessage ?? VERIFICATION_DEFAULTS.smsMessage
  if (!link && lacks(body, CODE_TEMPLATE)) {
    issues.push(
      issue(
        joinPath(path, 'emailBody'),
        'VerificationEmailBodyContain',
        `Verification email body must contain the template string '${CODE_TEMPLATE}'`,
      ),
    )
  }
  if (link && literalString(body) && !VERIFY_EMAIL_REGEX.test(body)) {
    issues.push(
      issue(
        joinPath(path, 'emailBody'),
        'VerificationEmailBodyContain',
        `Verification email body must contain the template string '${VERIFY_EMAIL_TEMPLATE}'`,
      ),
    )
  }
  // The CDK checks the SMS only in CODE style; Cognito requires the code in both.
  if (lacks(sms, CODE_TEMPLATE)) {
    issues.push(
      issue(
        joinPath(path, 'smsMessage'),
        'MessageContainTemplateString',
        `SMS message must contain the template string '${CODE_TEMPLATE}'`,
      ),
    )
  }
  issues.push(
    ...lengthIssues(
      value.emailSubject,
      joinPath(path, 'emailSubject'),
      1,
      140,
      'EmailSubjectLength',
      'the email subject',
    ),
  )
  issues.push(
    ...lengthIssues(value.emailBody, joinPath(path, 'emailBody'), 6, 20_000, 'EmailMessageLength', 'the email body'),
  )
  issues.push(
    ...lengthIssues(value.smsMessage, joinPath(path, 'smsMessage'), 6, 140, 'SmsMessageLength', 'the SMS message'),
  )
  return issues
}

function userInvitationIssues(value: UserInvitationConfig, path: string): DefinitionIssue[] {
  return [
    ...lengthIssues(
      value.emailSubject,
      joinPath(path, 'emailSubject'),
      1,
      140,
      'EmailSubjectLength',
      'the email subject',
    ),
    ...lengthIssues(value.emailBody, joinPath(path, 'emailBody'), 6, 20_000, 'EmailMessageLength', 'the email body'),
    ...lengthIssues(value.smsMessage, joinPath(path, 'smsMessage'), 6, 140, 'SmsMessageLength', 'the SMS message'),
  ]
}

function signInAliasesIssues(value: SignInAliases, path: string): DefinitionIssue[] {
  if (value.preferredUsername && !value.username) {
    return [
      issue(
        joinPath(path, 'preferredUsername'),
        'UsernameSignEnabledPreferredUsername',
        'username signIn must be enabled if preferredUsername is enabled',
      ),
    ]
  }
  return []
}

function mfaMessageIssues(value: unknown, path: string): DefinitionIssue[] {
  if (!literalString(value)) return []
  if (!value.includes(CODE_TEMPLATE)) {
    return [
      issue(path, 'MessageContainTemplateString', `MFA message must contain the template string '${CODE_TEMPLATE}'`),
    ]
  }
  if (value.length > 140) {
    return [
      issue(
        path,
        'Message',
        `MFA message must be between ${CODE_TEMPLATE.length} and 140 characters (received ${value.length})`,
      ),
    ]
  }
  return []
}

/** Whole days of a duration definition, or `undefined` when it is not a whole number of days. */
export function durationDays(d: DurationDefinition): number | undefined {
  const days = (d.amount * UNIT_MS[d.unit]) / DAY_MS
  return Number.isInteger(days) ? days : undefined
}

function passwordPolicyIssues(value: PasswordPolicyDefinition, path: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  const temp = value.tempPasswordValidity
  if (temp !== undefined) {
    const days = durationDays(temp)
    const at = joinPath(path, 'tempPasswordValidity')
    const whole = wholeAmountIssue(temp, 'days', at)
    if (whole !== undefined) {
      issues.push(whole)
    } else if (days !== undefined && days > 365) {
      issues.push(
        issue(
          at,
          'TempPasswordValidityCannotGreater',
          `tempPasswordValidity cannot be greater than 365 days (received: ${days})`,
        ),
      )
    }
  }
  const minLength = value.minLength ?? 8
  const minAt = joinPath(path, 'minLength')
  if (literalNumber(minLength) && (minLength < 6 || minLength > 99)) {
    issues.push(
      issue(
        minAt,
        'MinLengthPasswordReceived',
        `minLength for password must be between 6 and 99 (received: ${minLength})`,
      ),
    )
  }
  issues.push(...integerIssues(value.minLength, minAt, 'MinLengthPasswordNotInteger', 'minLength for password'))
  const history = value.passwordHistorySize
  const historyAt = joinPath(path, 'passwordHistorySize')
  if (literalNumber(history) && (history < 0 || history > 24)) {
    issues.push(
      issue(
        historyAt,
        'PasswordHistorySizeOutOfRange',
        `\`passwordHistorySize\` must be between 0 and 24 (received: ${history}).`,
      ),
    )
  }
  issues.push(...integerIssues(history, historyAt, 'PasswordHistorySizeNotInteger', '`passwordHistorySize`'))
  return issues
}

function signInPolicyIssues(value: SignInPolicy, path: string): DefinitionIssue[] {
  const factors = value.allowedFirstAuthFactors
  if (factors !== undefined && !factors.password) {
    return [
      issue(
        joinPath(joinPath(path, 'allowedFirstAuthFactors'), 'password'),
        'PasswordAuthenticationCannotDisabled',
        'The password authentication cannot be disabled.',
      ),
    ]
  }
  return []
}

function passkeyRelyingPartyIdIssues(value: unknown, path: string): DefinitionIssue[] {
  if (!literalString(value) || (value.length >= 1 && value.length <= 63)) return []
  return [
    issue(
      path,
      'PasskeyRelyingPartyIdLength',
      `passkeyRelyingPartyId length must be (inclusively) between 1 and 63, got ${value.length}`,
    ),
  ]
}

const isAscii = (value: string): boolean => [...value].every((c) => (c.codePointAt(0) as number) < 0x80)

function addressIssues(value: string | undefined, path: string): DefinitionIssue[] {
  if (value === undefined) return []
  const at = value.indexOf('@')
  const local = value.slice(0, at < 0 ? undefined : at)
  // The CDK only asks for one ASCII character in the local part; SES needs all of it ASCII.
  // (Domains may be internationalized: they are punycode-encoded.)
  if (!isAscii(local)) {
    return [
      issue(
        path,
        'LocalPartEmailAddress',
        `the local part of the email address must use ASCII characters only (received ${show(value)})`,
      ),
    ]
  }
  if (at <= 0 || at === value.length - 1 || value.indexOf('@', at + 1) >= 0) {
    return [
      issue(
        path,
        'EmailAddressInvalid',
        `an email address needs exactly one '@' with text on both sides (received ${show(value)})`,
      ),
    ]
  }
  return []
}

function emailIssues(value: UserPoolEmailDefinition, path: string): DefinitionIssue[] {
  if (value.sendingAccount === 'COGNITO_DEFAULT') return addressIssues(value.replyTo, joinPath(path, 'replyTo'))
  const issues = [
    ...addressIssues(value.fromEmail, joinPath(path, 'fromEmail')),
    ...addressIssues(value.replyTo, joinPath(path, 'replyTo')),
  ]
  // The CDK puts '' into the SourceArn (or, without a stack region, asks for a region): never a region.
  if (value.sesRegion === '') {
    issues.push(
      issue(
        joinPath(path, 'sesRegion'),
        'SesRegionEmpty',
        "sesRegion cannot be '' (leave it out to send from the stack's region)",
      ),
    )
  }
  if (value.sesVerifiedDomain === '') {
    issues.push(
      issue(
        joinPath(path, 'sesVerifiedDomain'),
        'SesVerifiedDomainEmpty',
        "sesVerifiedDomain cannot be '' (leave it out to verify the fromEmail address itself)",
      ),
    )
  } else if (value.sesVerifiedDomain !== undefined && value.fromEmail.split('@').pop() !== value.sesVerifiedDomain) {
    issues.push(
      issue(
        joinPath(path, 'sesVerifiedDomain'),
        'FromemailContainsDifferentDomain',
        `"fromEmail" contains a different domain than the "sesVerifiedDomain" (${show(value.fromEmail)} is not in ${show(value.sesVerifiedDomain)})`,
      ),
    )
  }
  return issues
}

const ACCOUNT_RECOVERY_VALUES: ReadonlySet<unknown> = new Set(Object.values(AccountRecovery))

function accountRecoveryIssues(value: unknown, path: string): DefinitionIssue[] {
  return ACCOUNT_RECOVERY_VALUES.has(value)
    ? []
    : [issue(path, 'UnsupportedAccountRecoveryType', `Unsupported AccountRecovery type - ${String(value)}`)]
}

function removalPolicyIssues(value: unknown, path: string): DefinitionIssue[] {
  if (value !== 'snapshot') return []
  return [
    issue(
      path,
      'RemovalPolicySnapshotUnsupported',
      "removalPolicy 'snapshot' is not supported for user pools (CloudFormation cannot snapshot them); use 'retain' or 'destroy'",
    ),
  ]
}

type SettingRule = (value: never, path: string) => DefinitionIssue[]

/** The rule of each setting that has one. */
const SETTING_RULES: { readonly [K in keyof UserPoolSettings]?: SettingRule } = {
  userPoolName: userPoolNameIssues,
  userVerification: userVerificationIssues,
  userInvitation: userInvitationIssues,
  smsRole: roleArnIssues,
  signInAliases: signInAliasesIssues,
  mfaMessage: mfaMessageIssues,
  passwordPolicy: passwordPolicyIssues,
  signInPolicy: signInPolicyIssues,
  passkeyRelyingPartyId: passkeyRelyingPartyIdIssues,
  email: emailIssues,
  accountRecovery: accountRecoveryIssues,
  removalPolicy: removalPolicyIssues,
}

/**
 * Issues of the settings present in `settings`, each on its own (no cross-setting rules).
 *
 * @example
 * ```ts
 * settingIssues({ passwordPolicy: { minLength: 4 } }) // [{ path: 'passwordPolicy.minLength', rule: 'MinLengthPasswordReceived', ... }]
 * ```
 */
export function settingIssues(settings: Partial<UserPoolSettings>): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined) continue
    const rule = SETTING_RULES[key as keyof UserPoolSettings] as
      | ((v: unknown, p: string) => DefinitionIssue[])
      | undefined
    if (rule) issues.push(...rule(value, key))
  }
  return issues
}
