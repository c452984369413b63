/**
 * Catalogue §4.1 rows 86–95: feature plans crossed with advanced security, threat protection and
 * email MFA, as the CDK's own tests enumerate them. No plan check is made (CloudFormation decides).
 */
import { describe, it } from 'vitest'
import { expectParity } from './support/parity.js'
import { sameSettings } from './support/sides.js'

const PLANS = ['LITE', 'ESSENTIALS', 'PLUS'] as const

describe('§4.1 feature plans × security modes', () => {
  const rows: [string, Record<string, unknown>][] = []
  for (const plan of PLANS) {
    rows.push([`featurePlan ${plan}`, { featurePlan: plan }])
    for (const mode of ['ENFORCED', 'AUDIT', 'OFF']) {
      rows.push([`${plan} × advancedSecurityMode ${mode}`, { featurePlan: plan, advancedSecurityMode: mode }])
      rows.push([
        `${plan} × standardThreatProtectionMode ${mode}`,
        { featurePlan: plan, standardThreatProtectionMode: mode },
      ])
    }
    for (const mode of ['ENFORCED', 'AUDIT']) {
      rows.push([
        `${plan} × customThreatProtectionMode ${mode}`,
        { featurePlan: plan, customThreatProtectionMode: mode },
      ])
    }
  }
  for (const [name, props] of rows) {
    it(name, () => {
      expectParity(sameSettings(() => props))
    })
  }
})

describe('§4.1 email MFA', () => {
  for (const plan of ['ESSENTIALS', 'PLUS'] as const) {
    for (const mode of ['AUDIT', 'ENFORCED']) {
      it(`email MFA with ${plan} and advanced security ${mode}`, () => {
        expectParity(
          sameSettings(
            (s) => ({
              featurePlan: plan,
              advancedSecurityMode: mode,
              mfa: 'ON',
              mfaSecondFactor: { sms: false, otp: false, email: true },
              email: s.UserPoolEmail.withSES({
                fromEmail: 'noreply@example.com',
                fromName: 'Example',
                sesVerifiedDomain: 'example.com',
              }),
            }),
            { env: { account: '111111111111', region: 'eu-west-1' } },
          ),
        )
      })
    }
  }
  it('email MFA next to SMS and OTP (SMS role created)', () => {
    expectParity(
      sameSettings(
        (s) => ({
          mfa: 'OPTIONAL',
          mfaSecondFactor: { sms: true, otp: true, email: true },
          email: s.UserPoolEmail.withSES({ fromEmail: 'noreply@example.com' }),
        }),
        { env: { account: '111111111111', region: 'eu-west-1' } },
      ),
    )
  })
})
