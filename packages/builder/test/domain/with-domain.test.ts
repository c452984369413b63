import { describe, expect, it } from 'vitest'
import { DefinitionValidationError, fromDomainName, ManagedLoginVersion, userPool } from '../../src/index.js'
import { checkTemplate } from '../support/cfn-spec.js'

const CERT = 'arn:aws:acm:us-east-1:111111111111:certificate/abc'

function issuesOf(fn: () => unknown): { path: string; rule: string }[] {
  try {
    fn()
  } catch (e) {
    if (e instanceof DefinitionValidationError) return e.issues.map(({ path, rule }) => ({ path, rule }))
    throw e
  }
  throw new Error('no error thrown')
}

describe('withDomain', () => {
  it('returns a new frozen builder and leaves the original unchanged', () => {
    const before = userPool('P')
    const after = before.withDomain('D', { cognitoDomain: { domainPrefix: 'my-app' } })
    expect(Object.isFrozen(after)).toBe(true)
    expect(before.toDefinition().domains).toEqual({})
    expect(after.toDefinition().domains).toEqual({ D: { cognitoDomain: { domainPrefix: 'my-app' } } })
  })

  it('a custom domain stores the certificate ARN and renders the CloudFront output', () => {
    const pool = userPool('P').withDomain('Custom', {
      customDomain: { domainName: 'auth.example.com', certificate: CERT },
    })
    expect(pool.toDefinition().domains.Custom).toEqual({
      customDomain: { domainName: 'auth.example.com', certificateArn: CERT },
    })
    const t = pool.toCloudFormation()
    expect(t.Outputs.CustomCloudFrontDistribution?.Value).toEqual({
      'Fn::GetAtt': ['PCustom', 'CloudFrontDistribution'],
    })
    expect(t.Outputs.CustomDomainName?.Value).toEqual({ Ref: 'PCustom' })
    expect(t.Outputs.CustomBaseUrl?.Value).toEqual({ 'Fn::Join': ['', ['https://', { Ref: 'PCustom' }]] })
  })

  it('beyond the CDK: TLS policy and failover routing (catalogue §5.3)', () => {
    const t = userPool('P')
      .withDomain('Custom', {
        customDomain: { domainName: 'auth.example.com', certificate: CERT, securityPolicy: 'TLS_V1_2_2021' },
        managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
        routing: { failover: { primaryRoute53HealthCheckId: 'hc-123', secondaryRegion: 'us-west-2' } },
      })
      .toCloudFormation()
    expect(t.Resources.PCustom?.Properties).toEqual({
      CustomDomainConfig: { CertificateArn: CERT, SecurityPolicy: 'TLS_V1_2_2021' },
      Domain: 'auth.example.com',
      ManagedLoginVersion: 2,
      Routing: { Failover: { PrimaryRoute53HealthCheckId: 'hc-123', SecondaryRegion: 'us-west-2' } },
      UserPoolId: { Ref: 'P' },
    })
    expect(checkTemplate(t)).toEqual([])
  })

  it('an intrinsic certificate is passed through unchecked', () => {
    const t = userPool('P')
      .withDomain('C', { customDomain: { domainName: 'auth.example.com', certificate: { Ref: 'Cert' } } })
      .toCloudFormation()
    expect(t.Resources.PC?.Properties?.CustomDomainConfig).toEqual({ CertificateArn: { Ref: 'Cert' } })
  })

  it('fromDomainName imports a domain; its pool is unknown', () => {
    const d = fromDomainName('my-app')
    expect(d.domainName).toBe('my-app')
    expect(() => d.userPoolId).toThrowError(expect.objectContaining({ code: 'ERR_NOT_AVAILABLE' }))
  })
})

describe('domain rules beyond the CDK (service limits, catalogue §9, quirk Q18)', () => {
  it.each([
    [
      'an empty prefix (Q18)',
      { cognitoDomain: { domainPrefix: '' } },
      'domains.D.cognitoDomain.domainPrefix',
      'DomainPrefixInvalid',
    ],
    [
      'a leading hyphen',
      { cognitoDomain: { domainPrefix: '-app' } },
      'domains.D.cognitoDomain.domainPrefix',
      'DomainPrefixInvalid',
    ],
    [
      'a trailing hyphen',
      { cognitoDomain: { domainPrefix: 'app-' } },
      'domains.D.cognitoDomain.domainPrefix',
      'DomainPrefixInvalid',
    ],
    [
      '64 characters',
      { cognitoDomain: { domainPrefix: 'a'.repeat(64) } },
      'domains.D.cognitoDomain.domainPrefix',
      'DomainPrefixInvalid',
    ],
    [
      'the reserved word aws',
      { cognitoDomain: { domainPrefix: 'my-aws-app' } },
      'domains.D.cognitoDomain.domainPrefix',
      'DomainPrefixReservedWord',
    ],
    [
      'the reserved word cognito',
      { cognitoDomain: { domainPrefix: 'newcognito' } },
      'domains.D.cognitoDomain.domainPrefix',
      'DomainPrefixReservedWord',
    ],
    [
      'the reserved word amazon',
      { cognitoDomain: { domainPrefix: 'amazon-shop' } },
      'domains.D.cognitoDomain.domainPrefix',
      'DomainPrefixReservedWord',
    ],
    [
      'a custom domain without a dot',
      { customDomain: { domainName: 'localhost', certificate: CERT } },
      'domains.D.customDomain.domainName',
      'CustomDomainNameInvalid',
    ],
    [
      'an upper-case custom domain',
      { customDomain: { domainName: 'Auth.Example.com', certificate: CERT } },
      'domains.D.customDomain.domainName',
      'CustomDomainNameInvalid',
    ],
    [
      'a certificate outside us-east-1',
      {
        customDomain: {
          domainName: 'auth.example.com',
          certificate: 'arn:aws:acm:eu-west-1:111111111111:certificate/abc',
        },
      },
      'domains.D.customDomain.certificate',
      'CertificateNotInUsEast1',
    ],
    [
      'not a certificate ARN',
      { customDomain: { domainName: 'auth.example.com', certificate: 'arn:aws:iam::111111111111:role/x' } },
      'domains.D.customDomain.certificate',
      'CertificateArnInvalid',
    ],
  ] as const)('%s', (_name, options, path, rule) => {
    expect(issuesOf(() => userPool('P').withDomain('D', options as any))).toContainEqual({ path, rule })
  })

  it('a pool has at most one prefix domain and one custom domain', () => {
    const pool = userPool('P')
      .withDomain('A', { cognitoDomain: { domainPrefix: 'app-a' } })
      .withDomain('B', { cognitoDomain: { domainPrefix: 'app-b' } })
    expect(pool.validate().issues).toEqual([expect.objectContaining({ path: 'domains.B', rule: 'TooManyDomains' })])
    const both = userPool('P')
      .withDomain('A', { cognitoDomain: { domainPrefix: 'app-a' } })
      .withDomain('B', { customDomain: { domainName: 'auth.example.com', certificate: CERT } })
    expect(both.validate().success).toBe(true)
  })

  it('an unknown domain in baseUrl() names the domain', () => {
    expect(() => userPool('P').baseUrl('Nope')).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ rule: 'UnknownDomain' })] }),
    )
  })

  it('signInUrl rejects an OAuth-disabled client (Q11) and a redirect URI the client does not allow', () => {
    const pool = userPool('P')
      .withClient('Off', { disableOAuth: true })
      .withClient('Web', {
        oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://a.example.com/cb'] },
      })
      .withDomain('D', { cognitoDomain: { domainPrefix: 'my-app' } })
    expect(() => pool.signInUrl('D', 'Off', { redirectUri: 'https://example.com' })).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ rule: 'SignUrlSupportedClientsWithout' })] }),
    )
    expect(() => pool.signInUrl('D', 'Web', { redirectUri: 'https://evil.example.com' })).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ rule: 'RedirectUriNotInCallbackUrls' })] }),
    )
  })
})
