/** Seed § Sign Up: code verification, invitation messages, link verification. */
import { userPool, VerificationEmailStyle } from '@cognito-kit/builder'

export const pools = {
  'sign-up-code-verification': userPool('myuserpool', {
    selfSignUpEnabled: true,
    userVerification: {
      emailSubject: 'Verify your email for our awesome app!',
      emailBody: 'Thanks for signing up to our awesome app! Your verification code is {####}',
      emailStyle: VerificationEmailStyle.CODE,
      smsMessage: 'Thanks for signing up to our awesome app! Your verification code is {####}',
    },
  }),
  'sign-up-invitation': userPool('myuserpool', {
    userInvitation: {
      emailSubject: 'Invite to join our awesome app!',
      emailBody: 'Hello {username}, you have been invited to join our awesome app! Your temporary password is {####}',
      smsMessage: 'Hello {username}, your temporary password for our awesome app is {####}',
    },
  }),
  'sign-up-link-verification': userPool('myuserpool', {
    userVerification: {
      emailStyle: VerificationEmailStyle.LINK,
      emailSubject: 'Invite to join our awesome app!',
      emailBody: 'You have been invited to join our awesome app! {##Verify Your Email##}',
    },
  }),
}
