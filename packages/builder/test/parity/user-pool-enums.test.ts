/** Catalogue §1.3: every enum value, and §1.3.2 account recovery. */
import { describe, expect, it } from 'vitest'
import * as ours from '../../src/index.js'
import { lib } from '../support/cdk-oracle.js'
import { expectParity } from './support/parity.js'
import { sameSettings } from './support/sides.js'

describe('§1.3.1 value enums carry the CDK values', () => {
  it.each([
    ['Mfa', ours.Mfa, lib.cognito.Mfa],
    ['VerificationEmailStyle', ours.VerificationEmailStyle, lib.cognito.VerificationEmailStyle],
    ['LambdaVersion', ours.LambdaVersion, lib.cognito.LambdaVersion],
    ['AdvancedSecurityMode', ours.AdvancedSecurityMode, lib.cognito.AdvancedSecurityMode],
    ['FeaturePlan', ours.FeaturePlan, lib.cognito.FeaturePlan],
    ['StandardThreatProtectionMode', ours.StandardThreatProtectionMode, lib.cognito.StandardThreatProtectionMode],
    ['CustomThreatProtectionMode', ours.CustomThreatProtectionMode, lib.cognito.CustomThreatProtectionMode],
    ['PasskeyUserVerification', ours.PasskeyUserVerification, lib.cognito.PasskeyUserVerification],
    ['RemovalPolicy', ours.RemovalPolicy, lib.cdk.RemovalPolicy],
  ] as const)('%s', (_name, mine, theirs) => {
    expect(mine).toEqual({ ...theirs })
  })

  it('UserPoolOperation has every CDK operation name, plus INBOUND_FEDERATION', () => {
    const cdkOps = Object.fromEntries(
      Object.entries(lib.cognito.UserPoolOperation)
        .filter(([, v]) => v instanceof lib.cognito.UserPoolOperation)
        .map(([k, v]) => [k, (v as { operationName: string }).operationName]),
    )
    expect(ours.UserPoolOperation).toEqual({ ...cdkOps, INBOUND_FEDERATION: 'inboundFederation' })
  })

  it('AccountRecovery has the CDK member names (as strings, not numbers)', () => {
    const names = Object.keys(lib.cognito.AccountRecovery).filter((k) => Number.isNaN(Number(k)))
    expect(Object.keys(ours.AccountRecovery).sort()).toEqual(names.sort())
    for (const name of names) expect(ours.AccountRecovery[name as keyof typeof ours.AccountRecovery]).toBe(name)
  })
})

describe('§1.3.2 account recovery', () => {
  it.each(Object.keys(ours.AccountRecovery) as (keyof typeof ours.AccountRecovery)[])('%s', (name) => {
    expectParity(sameSettings((s) => ({ accountRecovery: s.accountRecovery(name) })))
  })
  it('default (PHONE_WITHOUT_MFA_AND_EMAIL, always emitted)', () => {
    expectParity(sameSettings(() => ({})))
  })
})
