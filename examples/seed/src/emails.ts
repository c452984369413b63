/** Seed § Emails: Cognito's sender, SES, SES in another region, a verified domain, a quoted sender name. */
import { UserPoolEmail, userPool } from '@cognito-kit/builder'

/** The SES snippets assume a stack in this environment (SES needs a region). */
export const EMAIL_ENV = { account: '123456789012', region: 'us-east-1' } as const

export const pools = {
  'emails-cognito': userPool('myuserpool', {
    email: UserPoolEmail.withCognito('support@myawesomeapp.com'),
  }),
  'emails-ses': userPool('myuserpool', {
    email: UserPoolEmail.withSES({
      fromEmail: 'noreply@myawesomeapp.com',
      fromName: 'Awesome App',
      replyTo: 'support@myawesomeapp.com',
    }),
  }),
  'emails-ses-region': userPool('myuserpool', {
    email: UserPoolEmail.withSES({
      sesRegion: 'us-east-1',
      fromEmail: 'noreply@myawesomeapp.com',
      fromName: 'Awesome App',
      replyTo: 'support@myawesomeapp.com',
    }),
  }),
  'emails-ses-verified-domain': userPool('myuserpool', {
    email: UserPoolEmail.withSES({
      sesRegion: 'us-east-1',
      fromEmail: 'noreply@myawesomeapp.com',
      fromName: 'Awesome App',
      replyTo: 'support@myawesomeapp.com',
      sesVerifiedDomain: 'myawesomeapp.com',
    }),
  }),
  // => From: "myname@mycompany.com" <noreply@myawesomeapp.com>
  'emails-ses-quoted-name': userPool('myuserpool', {
    email: UserPoolEmail.withSES({
      fromEmail: 'noreply@myawesomeapp.com',
      fromName: 'myname@mycompany.com',
    }),
  }),
}
