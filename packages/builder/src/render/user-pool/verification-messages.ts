import type { UserPoolSettings } from '../../definition/user-pool-settings.js'
import { cfnObject } from '../../internal/cfn-object.js'
import { VERIFICATION_DEFAULTS } from '../../user-pool/user-pool-settings-rules.js'

/** The verification properties: always `SmsVerificationMessage` and `VerificationMessageTemplate`, plus the legacy email pair in CODE style. */
export function verificationMessages(s: UserPoolSettings): Record<string, unknown> {
  const v = s.userVerification ?? {}
  const subject = v.emailSubject ?? VERIFICATION_DEFAULTS.emailSubject
  const sms = v.smsMessage ?? VERIFICATION_DEFAULTS.smsMessage
  if (v.emailStyle === 'CONFIRM_WITH_LINK') {
    const body = v.emailBody ?? VERIFICATION_DEFAULTS.linkEmailBody
    return {
      SmsVerificationMessage: sms,
      VerificationMessageTemplate: cfnObject({
        DefaultEmailOption: 'CONFIRM_WITH_LINK',
        EmailMessageByLink: body,
        EmailSubjectByLink: subject,
        SmsMessage: sms,
      }),
    }
  }
  const body = v.emailBody ?? VERIFICATION_DEFAULTS.codeEmailBody
  return {
    EmailVerificationMessage: body,
    EmailVerificationSubject: subject,
    SmsVerificationMessage: sms,
    VerificationMessageTemplate: cfnObject({
      DefaultEmailOption: 'CONFIRM_WITH_CODE',
      EmailMessage: body,
      EmailSubject: subject,
      SmsMessage: sms,
    }),
  }
}
