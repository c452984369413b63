/** Catalogue §2.1 (the SMS role: created only when needed, its `sts:ExternalId`) and §4.1 "sms roles". */
import { describe, expect, it } from 'vitest'
import { userPool } from '../../src/index.js'
import { cdkLogicalId } from '../../src/internal/logical-id.js'
import { expectParity } from './support/parity.js'
import { type Side, sameSettings } from './support/sides.js'

type Row = readonly [name: string, props: (s: Side) => Record<string, unknown>]

const rows: Row[] = [
  ['default: no role', () => ({})],
  [
    'smsRole and smsRoleExternalId are used as given',
    (s) => ({ smsRole: s.role('R'), smsRoleExternalId: 'test-external-id' }),
  ],
  ['enableSmsRole creates a role', () => ({ enableSmsRole: true })],
  ['no role when MFA and phone verification are off', () => ({ mfa: 'OFF', signInAliases: { username: true } })],
  ['no role for OTP-only MFA', () => ({ mfa: 'ON', mfaSecondFactor: { sms: false, otp: true } })],
  ['a role for phone sign-in', () => ({ signInAliases: { phone: true } })],
  ['a role for phone auto-verification', () => ({ autoVerify: { phone: true } })],
  ['a role for SMS MFA', () => ({ mfa: 'ON', mfaSecondFactor: { sms: true, otp: false } })],
  ['a role for OPTIONAL MFA with the default factor', () => ({ mfa: 'OPTIONAL' })],
  ['enableSmsRole false suppresses the role even with SMS MFA', () => ({ mfa: 'ON', enableSmsRole: false })],
  ['smsRole with MFA: no role created', (s) => ({ smsRole: s.role('R'), mfa: 'ON' })],
]

describe('§2.1 SMS role', () => {
  it.each(rows)('%s', (_name, props) => {
    expectParity(sameSettings(props))
  })

  it('the external id includes the stack id (Names.uniqueId)', () => {
    expectParity(sameSettings(() => ({ mfa: 'ON' }), { stackId: 'MyStack' }))
  })

  it('the external id and logical IDs include the scope path', () => {
    expectParity(sameSettings(() => ({ mfa: 'ON' }), { stackId: 'MyStack', id: 'Pool', scope: ['Auth'] }))
    const t = userPool('Pool', { mfa: 'ON' }).toCloudFormation({
      logicalIds: 'cdk',
      stackId: 'MyStack',
      scope: ['Auth'],
    })
    expect(t.Resources[cdkLogicalId(['Auth', 'Pool', 'Resource'])]?.Properties?.SmsConfiguration).toMatchObject({
      ExternalId: 'MyStackAuthPool86B2A2BD',
    })
  })

  it('a deeply nested pool', () => {
    expectParity(
      sameSettings(() => ({ signInAliases: { phone: true } }), {
        stackId: 'Prod',
        id: 'Users',
        scope: ['App', 'Identity'],
      }),
    )
  })
})
