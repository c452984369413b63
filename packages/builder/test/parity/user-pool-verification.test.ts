/** Catalogue §1.1.2: verification messages, CODE and LINK styles, their defaults and intrinsics. */
import { describe, it } from 'vitest'
import { userPool } from '../../src/index.js'
import { expectParity } from './support/parity.js'
import { type Side, sameSettings } from './support/sides.js'

type Row = readonly [name: string, props: (s: Side) => Record<string, unknown>]

const rows: Row[] = [
  ['defaults (CODE)', () => ({ userVerification: {} })],
  ['CODE explicit, defaults', () => ({ userVerification: { emailStyle: 'CONFIRM_WITH_CODE' } })],
  [
    'CODE, every field (seed)',
    () => ({
      selfSignUpEnabled: true,
      userVerification: {
        emailSubject: 'Verify your email for our awesome app!',
        emailBody: 'Thanks for signing up to our awesome app! Your verification code is {####}',
        emailStyle: 'CONFIRM_WITH_CODE',
        smsMessage: 'Thanks for signing up to our awesome app! Your verification code is {####}',
      },
    }),
  ],
  ['CODE, subject only', () => ({ userVerification: { emailSubject: 'Please verify' } })],
  ['CODE, body only', () => ({ userVerification: { emailBody: 'Here: {####}' } })],
  ['CODE, SMS only', () => ({ userVerification: { smsMessage: 'Code: {####}' } })],
  ['LINK, defaults', () => ({ userVerification: { emailStyle: 'CONFIRM_WITH_LINK' } })],
  [
    'LINK (seed)',
    () => ({
      userVerification: {
        emailStyle: 'CONFIRM_WITH_LINK',
        emailSubject: 'Invite to join our awesome app!',
        emailBody: 'You have been invited to join our awesome app! {##Verify Your Email##}',
      },
    }),
  ],
  [
    'LINK, link text with punctuation',
    () => ({ userVerification: { emailStyle: 'CONFIRM_WITH_LINK', emailBody: 'Go {##Verify !! Email##}' } }),
  ],
  [
    'LINK, {####} matches the link pattern (empty link text)',
    () => ({ userVerification: { emailStyle: 'CONFIRM_WITH_LINK', emailBody: 'Go {####}' } }),
  ],
  [
    'LINK, custom SMS',
    () => ({ userVerification: { emailStyle: 'CONFIRM_WITH_LINK', smsMessage: 'Your code {####}' } }),
  ],
]

describe('§1.1.2 verification messages', () => {
  it.each(rows)('%s', (_name, props) => {
    expectParity(sameSettings(props))
  })

  it('intrinsics skip the placeholder checks (the CDK skips tokens)', () => {
    expectParity({
      cdk: (stack, { cdk, cognito }) =>
        new cognito.UserPool(stack, 'P', {
          userVerification: {
            emailBody: cdk.Fn.ref('Body'),
            emailSubject: cdk.Fn.ref('Subject'),
            smsMessage: cdk.Fn.ref('Sms'),
          },
          mfaMessage: cdk.Fn.ref('Mfa'),
        }),
      ours: () =>
        userPool('P', {
          userVerification: {
            emailBody: { Ref: 'Body' },
            emailSubject: { Ref: 'Subject' },
            smsMessage: { Ref: 'Sms' },
          },
          mfaMessage: { Ref: 'Mfa' },
        }),
    })
  })
})
