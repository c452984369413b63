import type { UserPoolEmailDefinition } from '../../definition/user-pool-settings.js'
import { cfnObject } from '../../internal/cfn-object.js'
import { formatDisplayName } from '../../internal/email-display-name.js'
import { fnJoin, PSEUDO } from '../../internal/fn-join.js'
import { emailToAscii } from '../../internal/punycode.js'

/** `EmailConfiguration` for Cognito's sender or SES (with its `SourceArn`). */
export function emailConfiguration(
  email: UserPoolEmailDefinition | undefined,
  env: { readonly account?: string; readonly region?: string },
): Record<string, unknown> | undefined {
  if (email === undefined) return undefined
  const replyTo = email.replyTo === undefined ? undefined : emailToAscii(email.replyTo)
  if (email.sendingAccount === 'COGNITO_DEFAULT') {
    return cfnObject({ EmailSendingAccount: 'COGNITO_DEFAULT', ReplyToEmailAddress: replyTo })
  }
  const from = emailToAscii(email.fromEmail)
  const identity = emailToAscii(email.sesVerifiedDomain ?? email.fromEmail)
  // An unknown region is the stack's (the CDK refuses it unless sesRegion is given).
  const region = email.sesRegion ?? env.region ?? PSEUDO.region
  const account = env.account ?? PSEUDO.accountId
  return cfnObject({
    ConfigurationSet: email.configurationSetName,
    EmailSendingAccount: 'DEVELOPER',
    From: email.fromName === undefined ? from : `${formatDisplayName(email.fromName)} <${from}>`,
    ReplyToEmailAddress: replyTo,
    SourceArn: fnJoin(['arn:', PSEUDO.partition, ':ses:', region, ':', account, `:identity/${identity}`]),
  })
}
