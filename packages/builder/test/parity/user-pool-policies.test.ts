/** Catalogue §1.1.3: password policy and sign-in policy. */
import { describe, expect, it } from 'vitest'
import { FeaturePlan, userPool } from '../../src/index.js'
import { checkTemplate } from '../support/cfn-spec.js'
import { cdkErrorCode, expectParity } from './support/parity.js'
import { type Side, sameSettings } from './support/sides.js'

type Row = readonly [name: string, props: (s: Side) => Record<string, unknown>]

const rows: Row[] = [
  [
    'password policy (seed)',
    (s) => ({
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: s.Duration.days(3),
      },
    }),
  ],
  ['passwordPolicy {} (Q8: MinimumLength 8)', () => ({ passwordPolicy: {} })],
  ['minimum length only', () => ({ passwordPolicy: { minLength: 6 } })],
  ['minimum length 99', () => ({ passwordPolicy: { minLength: 99 } })],
  [
    'requirements false',
    () => ({
      passwordPolicy: { requireLowercase: false, requireUppercase: false, requireDigits: false, requireSymbols: false },
    }),
  ],
  [
    'tempPasswordValidity 48 hours = 2 days',
    (s) => ({ passwordPolicy: { tempPasswordValidity: s.Duration.hours(48) } }),
  ],
  ['tempPasswordValidity 0 days (Q8)', (s) => ({ passwordPolicy: { tempPasswordValidity: s.Duration.days(0) } })],
  ['tempPasswordValidity 365 days', (s) => ({ passwordPolicy: { tempPasswordValidity: s.Duration.days(365) } })],
  ['tempPasswordValidity in minutes', (s) => ({ passwordPolicy: { tempPasswordValidity: s.Duration.minutes(2880) } })],
  ['passwordHistorySize 0', () => ({ passwordPolicy: { passwordHistorySize: 0 } })],
  ['passwordHistorySize 24 with PLUS', () => ({ featurePlan: 'PLUS', passwordPolicy: { passwordHistorySize: 24 } })],
  ['signInPolicy {} emits nothing', () => ({ signInPolicy: {} })],
  ['allowedFirstAuthFactors password only', () => ({ signInPolicy: { allowedFirstAuthFactors: { password: true } } })],
  [
    'allowedFirstAuthFactors all four',
    () => ({
      signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true, smsOtp: true, passkey: true } },
    }),
  ],
  [
    'allowedFirstAuthFactors SMS OTP',
    () => ({ signInPolicy: { allowedFirstAuthFactors: { password: true, smsOtp: true } } }),
  ],
  [
    'password only is allowed with LITE',
    () => ({ featurePlan: 'LITE', signInPolicy: { allowedFirstAuthFactors: { password: true } } }),
  ],
  [
    'both policies',
    () => ({
      passwordPolicy: { minLength: 10 },
      signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } },
    }),
  ],
]

describe('§1.1.3 policies', () => {
  it.each(rows)('%s', (_name, props) => {
    expectParity(sameSettings(props))
  })
})

describe('§1.1.3 deliberate deviations (DEVIATIONS.md)', () => {
  it.each([
    ['minLength', 'MinLengthPasswordReceived', 'MinimumLength'],
    ['passwordHistorySize', 'PasswordHistorySizeOutOfRange', 'PasswordHistorySize'],
  ] as const)(
    'a token %s: the CDK checks its placeholder number and refuses (%s); the builder emits the intrinsic',
    (setting, code, property) => {
      expect(
        cdkErrorCode((stack, l) => {
          const n = new l.cdk.CfnParameter(stack, 'N', { type: 'Number' })
          new l.cognito.UserPool(stack, 'P', {
            featurePlan: l.cognito.FeaturePlan.PLUS,
            passwordPolicy: { [setting]: n.valueAsNumber },
          })
        }),
      ).toBe(code)
      const t = userPool('P', {
        featurePlan: FeaturePlan.PLUS,
        passwordPolicy: { [setting]: { Ref: 'N' } },
      }).toCloudFormation()
      expect((t.Resources.P?.Properties?.Policies as any)?.PasswordPolicy?.[property]).toEqual({ Ref: 'N' })
      expect(checkTemplate(t)).toEqual([])
    },
  )
})
