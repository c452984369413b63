/**
 * The CDK's `user-pool-domain.test.ts`, replayed through the builder's public API. The CDK's tests
 * name their prefix `cognito-domain-prefix` and use an eu-west-1 certificate: Cognito rejects both
 * at deploy, the builder refuses them (DEVIATIONS R16, R18) and the URL tests use `my-domain-prefix`.
 */
import { describe, expect, it } from 'vitest'
import * as ours from '../../../src/index.js'
import { synthCdk } from '../../support/cdk-oracle.js'
import { expectParity } from '../support/parity.js'
import { cdkAccepts, expectSameRefusal, mirror, ourRefusal, refusals } from './support/mirror.js'

const CDK_TEST_CERT = 'arn:aws:acm:eu-west-1:0123456789:certificate/7ec3e4ac-808a-4649-b805-66ae02346ad8'
const US_EAST_1_CERT = 'arn:aws:acm:us-east-1:012345678901:certificate/7ec3e4ac-808a-4649-b805-66ae02346ad8'

const rules = (issues: readonly { rule: string }[]) => issues.map((i) => i.rule)

describe('CDK user-pool-domain.test.ts', () => {
  it('custom domain name with a us-east-1 certificate', () => {
    expectParity(
      mirror(
        (p) =>
          p.domain(
            'Domain',
            {
              customDomain: {
                domainName: 'test-domain.example.com',
                certificate: p.a.certificate('cert', US_EAST_1_CERT),
              },
            },
            true,
          ),
        { standalone: ['Domain'] },
      ),
    )
  })

  it("custom domain name with the CDK test's certificate (eu-west-1, 10-digit account): refused (R18), the CDK accepts", () => {
    const build = (p: any) =>
      p.domain(
        'Domain',
        {
          customDomain: { domainName: 'test-domain.example.com', certificate: p.a.certificate('cert', CDK_TEST_CERT) },
        },
        true,
      )
    cdkAccepts(build)
    expect(rules(ourRefusal(build))).toEqual(['CertificateArnInvalid'])
    const inEuWest1 = (p: any) =>
      p.domain('Domain', {
        customDomain: {
          domainName: 'test-domain.example.com',
          certificate: p.a.certificate('cert', US_EAST_1_CERT.replace('us-east-1', 'eu-west-1')),
        },
      })
    cdkAccepts(inEuWest1)
    expect(rules(ourRefusal(inEuWest1))).toEqual(['CertificateNotInUsEast1'])
  })

  it('cognito domain prefix', () => {
    expectParity(
      mirror((p) => p.domain('Domain', { cognitoDomain: { domainPrefix: 'my-domain-prefix' } }, true), {
        standalone: ['Domain'],
      }),
    )
  })

  it("the CDK test's prefix 'cognito-domain-prefix' is refused (R16: reserved word), the CDK accepts", () => {
    const build = (p: any) => p.domain('Domain', { cognitoDomain: { domainPrefix: 'cognito-domain-prefix' } }, true)
    cdkAccepts(build)
    expect(rules(ourRefusal(build))).toEqual(['DomainPrefixReservedWord'])
  })

  it('both cognitoDomain and customDomain are refused', () => {
    const r = refusals((p) =>
      p.domain(
        'Domain',
        {
          cognitoDomain: { domainPrefix: 'my-domain-prefix' },
          customDomain: { domainName: 'mydomain.com', certificate: p.a.certificate('cert', US_EAST_1_CERT) },
        },
        true,
      ),
    )
    expectSameRefusal(r, 'domains.Domain')
  })

  it('neither cognitoDomain nor customDomain is refused', () => {
    const r = refusals((p) => p.domain('Domain', {}, true))
    expectSameRefusal(r, 'domains.Domain')
  })

  it.each(['domain.prefix', 'Domain-Prefix', 'dómäin-prefix'])(
    'a prefix with characters outside [a-z0-9-] is refused (%s)',
    (domainPrefix) => {
      expectSameRefusal(
        refusals((p) => p.domain('Domain1', { cognitoDomain: { domainPrefix } })),
        'domains.Domain1.cognitoDomain.domainPrefix',
      )
    },
  )

  it.each(['-domain-prefix', 'domain-prefix-', 'a'.repeat(64)])(
    'a prefix with a leading/trailing hyphen or over 63 characters is refused (R16; the CDK 2.276.0 accepts) (%s)',
    (domainPrefix) => {
      const build = (p: any) => p.domain('Domain', { cognitoDomain: { domainPrefix } })
      cdkAccepts(build)
      expect(rules(ourRefusal(build))).toEqual(['DomainPrefixInvalid'])
    },
  )

  it.each(['a', 'a-b-c', 'a'.repeat(63)])('valid prefixes are accepted (%s)', (domainPrefix) => {
    expectParity(mirror((p) => p.domain('Domain', { cognitoDomain: { domainPrefix } })))
  })

  it('a prefix given as a token (a parameter reference) is not checked', () => {
    expectParity({
      cdk: (stack, l) => {
        const parameter = new l.cdk.CfnParameter(stack, 'Paraeter')
        new l.cognito.UserPool(stack, 'Pool').addDomain('Domain', {
          cognitoDomain: { domainPrefix: parameter.valueAsString },
        })
      },
      ours: () => ours.userPool('Pool').withDomain('Domain', { cognitoDomain: { domainPrefix: { Ref: 'Paraeter' } } }),
    })
  })

  describe('domain attributes and URLs are the CDK values', () => {
    let cdk: Record<string, unknown> = {}
    synthCdk((stack, l) => {
      const pool = new l.cognito.UserPool(stack, 'Pool')
      const domain = pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'my-domain-prefix' } })
      const client = pool.addClient('Client', { oAuth: { callbackUrls: ['https://example.com'] } })
      cdk = stack.resolve({
        cloudFrontEndpoint: domain.cloudFrontEndpoint,
        baseUrl: domain.baseUrl(),
        fips: domain.baseUrl({ fips: true }),
        signInUrl: domain.signInUrl(client, { redirectUri: 'https://example.com' }),
        signInPath: domain.signInUrl(client, { redirectUri: 'https://example.com', signInPath: '/testsignin' }),
      })
    })
    const pool = ours
      .userPool('Pool')
      .withDomain('Domain', { cognitoDomain: { domainPrefix: 'my-domain-prefix' } })
      .withClient('Client', { oAuth: { callbackUrls: ['https://example.com'] } })
    const cdkIds = { logicalIds: 'cdk', stackId: 'S' } as const

    it('cloudFrontEndpoint without a custom resource (also what the deprecated cloudFrontDomainName gives, R7)', () => {
      expect(pool.cloudFrontEndpoint('Domain', cdkIds)).toEqual(cdk.cloudFrontEndpoint)
      expect(Object.values(pool.toCloudFormation(cdkIds).Resources).map((r) => r.Type)).not.toContain(
        'Custom::UserPoolCloudFrontDomainName',
      )
    })

    it('baseUrl()', () => {
      expect(pool.baseUrl('Domain', cdkIds)).toEqual(cdk.baseUrl)
    })

    it('baseUrl({ fips: true })', () => {
      expect(pool.baseUrl('Domain', { ...cdkIds, fips: true })).toEqual(cdk.fips)
    })

    it('signInUrl(): the CDK URL with the redirect URI encoded (R11)', () => {
      const encoded = JSON.parse(
        JSON.stringify(cdk.signInUrl).replace(
          'redirect_uri=https://example.com',
          'redirect_uri=https%3A%2F%2Fexample.com',
        ),
      )
      expect(pool.signInUrl('Domain', 'Client', { ...cdkIds, redirectUri: 'https://example.com' })).toEqual(encoded)
    })

    it('signInUrl() with a signInPath', () => {
      const url = pool.signInUrl('Domain', 'Client', {
        ...cdkIds,
        redirectUri: 'https://example.com',
        signInPath: '/testsignin',
      })
      expect(JSON.stringify(url)).toMatch(/amazoncognito\.com\/testsignin\?/)
      expect(JSON.stringify(cdk.signInPath)).toMatch(/amazoncognito\.com\/testsignin\?/)
    })
  })

  it('fromDomainName keeps the name and creates nothing', () => {
    expect(ours.fromDomainName('domain-name-1').domainName).toBe('domain-name-1')
  })

  it.each(['CLASSIC_HOSTED_UI', 'NEWER_MANAGED_LOGIN'] as const)('managed login version %s', (version) => {
    expectParity(
      mirror((p) =>
        p.domain('Domain', {
          cognitoDomain: { domainPrefix: 'my-domain-prefix' },
          managedLoginVersion: p.a.m.ManagedLoginVersion[version],
        }),
      ),
    )
  })
})
