/**
 * The CloudFormation → Cognito API mapping of `toSdkRequests()`, checked against both
 * specifications: every CloudFormation property (from `@aws-cdk/aws-service-spec`) reaches an
 * input member of the SDK request (from the installed SDK's type declarations).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec'
import { describe, expect, it } from 'vitest'
import { CREATE_USER_POOL_PROPERTIES, MFA_PROPERTIES } from '../../src/sdk/to-sdk-requests.js'

const require = createRequire(import.meta.url)
const sdkDir = dirname(require.resolve('@aws-sdk/client-cognito-identity-provider/package.json'))
const models = ['models_0.d.ts', 'models_1.d.ts']
  .map((f) => readFileSync(join(sdkDir, 'dist-types', 'models', f), 'utf8'))
  .join('\n')

/** Member names of an interface in the SDK's declarations. */
function members(name: string): Set<string> {
  const start = models.indexOf(`export interface ${name} {`)
  if (start < 0) throw new Error(`no interface ${name}`)
  const body = models.slice(start, models.indexOf('\n}', start))
  return new Set([...body.matchAll(/^ {4}(\w+)\??:/gm)].map((m) => m[1] as string))
}

const db = loadAwsServiceSpecSync()
const cfnProperties = (type: string): string[] =>
  Object.keys((db.lookup('resource', 'cloudFormationType', 'equals', type).only() as { properties: object }).properties)

describe('CloudFormation properties reach the Cognito API', () => {
  it('AWS::Cognito::UserPool → CreateUserPool + SetUserPoolMfaConfig (UserPoolName → PoolName)', () => {
    const create = members('CreateUserPoolRequest')
    const unmapped = cfnProperties('AWS::Cognito::UserPool').filter(
      (p) => p !== 'UserPoolName' && !CREATE_USER_POOL_PROPERTIES.has(p) && !MFA_PROPERTIES.has(p),
    )
    expect(unmapped).toEqual([])
    for (const p of CREATE_USER_POOL_PROPERTIES) expect(create.has(p), p).toBe(true)
    expect(create.has('PoolName')).toBe(true)
    const mfa = members('SetUserPoolMfaConfigRequest')
    for (const m of [
      'MfaConfiguration',
      'SmsMfaConfiguration',
      'SoftwareTokenMfaConfiguration',
      'EmailMfaConfiguration',
      'WebAuthnConfiguration',
    ]) {
      expect(mfa.has(m), m).toBe(true)
    }
    expect(members('WebAuthnConfigurationType')).toEqual(
      new Set(['RelyingPartyId', 'UserVerification', 'FactorConfiguration']),
    )
    expect(members('EmailMfaConfigType')).toEqual(new Set(['Message', 'Subject']))
  })

  it.each([
    ['AWS::Cognito::UserPoolClient', 'CreateUserPoolClientRequest', []],
    ['AWS::Cognito::UserPoolDomain', 'CreateUserPoolDomainRequest', []],
    ['AWS::Cognito::UserPoolResourceServer', 'CreateResourceServerRequest', []],
    ['AWS::Cognito::UserPoolIdentityProvider', 'CreateIdentityProviderRequest', []],
    ['AWS::Cognito::UserPoolGroup', 'CreateGroupRequest', []],
    ['AWS::Cognito::ManagedLoginBranding', 'CreateManagedLoginBrandingRequest', ['ReturnMergedResources']],
    ['AWS::Cognito::UserPoolRiskConfigurationAttachment', 'SetRiskConfigurationRequest', []],
    ['AWS::Cognito::UserPoolUICustomizationAttachment', 'SetUICustomizationRequest', []],
    ['AWS::Cognito::LogDeliveryConfiguration', 'SetLogDeliveryConfigurationRequest', []],
  ] as const)('%s → %s, same names', (type, request, cfnOnly) => {
    const input = members(request)
    const missing = cfnProperties(type).filter((p) => !input.has(p) && !(cfnOnly as readonly string[]).includes(p))
    expect(missing).toEqual([])
  })
})
