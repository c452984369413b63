/** Catalogue §1.7, §2.4, §2.7, §3.5 and the CDK's domain tests (§4.3). */
import { describe, expect, it } from 'vitest'
import * as ours from '../../src/index.js'
import { lib, synthCdk } from '../support/cdk-oracle.js'
import { type PoolSide, scenario } from './resource-sides.js'
import { expectParity } from './support/parity.js'

const CERT = 'arn:aws:acm:us-east-1:111111111111:certificate/abc'

const rows: readonly (readonly [string, (p: PoolSide) => void])[] = [
  ['cognito domain prefix', (p) => p.domain('Domain', { cognitoDomain: { domainPrefix: 'my-app' } })],
  [
    'custom domain name',
    (p) => p.domain('Custom', { customDomain: { domainName: 'auth.example.com', certificate: p.s.certificate(CERT) } }),
  ],
  [
    'managed login version 2',
    (p) =>
      p.domain('Domain', {
        cognitoDomain: { domainPrefix: 'my-app' },
        managedLoginVersion: p.s.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
      }),
  ],
  [
    'classic hosted UI version 1',
    (p) =>
      p.domain('Domain', {
        cognitoDomain: { domainPrefix: 'my-app' },
        managedLoginVersion: p.s.ManagedLoginVersion.CLASSIC_HOSTED_UI,
      }),
  ],
  [
    '§3.5 a prefix domain and a custom domain',
    (p) => {
      p.domain('Domain', {
        cognitoDomain: { domainPrefix: 'my-app' },
        managedLoginVersion: p.s.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
      })
      p.domain('Custom', { customDomain: { domainName: 'auth.example.com', certificate: p.s.certificate(CERT) } })
    },
  ],
]

describe('domains: identical to the CDK', () => {
  it.each(rows)('%s', (_name, build) => expectParity(scenario(build)))

  it('§4.3 does not fail when domainPrefix (or a custom domain name) is a token: the intrinsic is emitted as it is', () => {
    expectParity({
      cdk: (stack, l) => {
        const pool = new l.cognito.UserPool(stack, 'P')
        pool.addDomain('Domain', { cognitoDomain: { domainPrefix: l.cdk.Fn.importValue('Prefix') } })
        pool.addDomain('Custom', {
          customDomain: {
            domainName: l.cdk.Fn.importValue('DomainName'),
            certificate: lib.cdk.aws_certificatemanager.Certificate.fromCertificateArn(stack, 'C', CERT),
          },
        })
      },
      ours: () =>
        ours
          .userPool('P')
          .withDomain('Domain', { cognitoDomain: { domainPrefix: { 'Fn::ImportValue': 'Prefix' } } })
          .withDomain('Custom', {
            customDomain: { domainName: { 'Fn::ImportValue': 'DomainName' }, certificate: CERT },
          }),
    })
  })

  it('ManagedLoginVersion has the CDK values', () => {
    const names = Object.keys(lib.cognito.ManagedLoginVersion).filter((k) => Number.isNaN(Number(k)))
    expect(Object.fromEntries(names.map((n) => [n, (lib.cognito.ManagedLoginVersion as any)[n]]))).toEqual({
      ...ours.ManagedLoginVersion,
    })
  })
})

/** The CDK's `domainName`, `cloudFrontEndpoint`, `baseUrl()` and `signInUrl()`, resolved. */
function cdkUrls(env?: { account?: string; region?: string }): Record<string, unknown> {
  let urls: Record<string, unknown> = {}
  synthCdk(
    (stack, { cognito }) => {
      const pool = new cognito.UserPool(stack, 'P')
      const client = pool.addClient('Client', { oAuth: { flows: { authorizationCodeGrant: true } } })
      const implicit = pool.addClient('Implicit', { oAuth: { flows: { implicitCodeGrant: true } } })
      const domain = pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app' } })
      const custom = pool.addDomain('Custom', {
        customDomain: {
          domainName: 'auth.example.com',
          certificate: lib.cdk.aws_certificatemanager.Certificate.fromCertificateArn(stack, 'C', CERT),
        },
      })
      urls = stack.resolve({
        baseUrl: domain.baseUrl(),
        baseUrlFips: domain.baseUrl({ fips: true }),
        signInUrl: domain.signInUrl(client, { redirectUri: 'https://example.com' }),
        implicitSignInUrl: domain.signInUrl(implicit, {
          redirectUri: 'https://example.com',
          signInPath: '/oauth2/authorize',
        }),
        customBaseUrl: custom.baseUrl(),
        customBaseUrlFips: custom.baseUrl({ fips: true }),
        customSignIn: custom.signInUrl(client, { redirectUri: 'https://example.com', signInPath: '/oauth2/authorize' }),
        cloudFrontEndpoint: custom.cloudFrontEndpoint,
        domainName: domain.domainName,
      })
    },
    env === undefined ? {} : { env },
  )
  return urls
}

describe('§2.4, §2.7 domain URLs and attributes', () => {
  const pool = ours
    .userPool('P')
    .withClient('Client', { oAuth: { flows: { authorizationCodeGrant: true } } })
    .withClient('Implicit', { oAuth: { flows: { implicitCodeGrant: true } } })
    .withDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app' } })
    .withDomain('Custom', { customDomain: { domainName: 'auth.example.com', certificate: CERT } })
  const cdkIds = { logicalIds: 'cdk', stackId: 'S' } as const
  const expected = cdkUrls()

  it('baseUrl, FIPS baseUrl, custom baseUrl, CloudFront endpoint and domain name are the CDK values', () => {
    expect(pool.baseUrl('Domain', cdkIds)).toEqual(expected.baseUrl)
    expect(pool.baseUrl('Domain', { ...cdkIds, fips: true })).toEqual(expected.baseUrlFips)
    expect(pool.baseUrl('Custom', cdkIds)).toEqual(expected.customBaseUrl)
    expect(pool.baseUrl('Custom', { ...cdkIds, fips: true })).toEqual(expected.customBaseUrlFips)
    expect(pool.cloudFrontEndpoint('Custom', cdkIds)).toEqual(expected.cloudFrontEndpoint)
    expect(pool.domainName('Domain', cdkIds)).toEqual(expected.domainName)
  })

  it('signInUrl is the CDK URL with the redirect URI encoded (Q12 fix)', () => {
    const encode = (v: any) =>
      JSON.parse(
        JSON.stringify(v).replace('redirect_uri=https://example.com', 'redirect_uri=https%3A%2F%2Fexample.com'),
      )
    expect(pool.signInUrl('Domain', 'Client', { ...cdkIds, redirectUri: 'https://example.com' })).toEqual(
      encode(expected.signInUrl),
    )
    expect(
      pool.signInUrl('Domain', 'Implicit', {
        ...cdkIds,
        redirectUri: 'https://example.com',
        signInPath: '/oauth2/authorize',
      }),
    ).toEqual(encode(expected.implicitSignInUrl))
    expect(
      pool.signInUrl('Custom', 'Client', {
        ...cdkIds,
        redirectUri: 'https://example.com',
        signInPath: '/oauth2/authorize',
      }),
    ).toEqual(encode(expected.customSignIn))
  })

  it("a stack region, when known, is in the URLs as in the CDK's (not AWS::Region)", () => {
    for (const env of [{ region: 'eu-west-1' }, { account: '111111111111', region: 'us-east-1' }]) {
      const inStack = cdkUrls(env)
      const options = { ...cdkIds, env }
      expect(pool.baseUrl('Domain', options)).toEqual(inStack.baseUrl)
      expect(pool.baseUrl('Domain', { ...options, fips: true })).toEqual(inStack.baseUrlFips)
      expect(pool.baseUrl('Custom', options)).toEqual(inStack.customBaseUrl)
      expect(
        pool.signInUrl('Domain', 'Implicit', {
          ...options,
          redirectUri: 'https://example.com',
          signInPath: '/oauth2/authorize',
        }),
      ).toEqual(
        JSON.parse(
          JSON.stringify(inStack.implicitSignInUrl).replace(
            'redirect_uri=https://example.com',
            'redirect_uri=https%3A%2F%2Fexample.com',
          ),
        ),
      )
      // The domain's BaseUrl output follows the same rule.
      const outputs = pool.toCloudFormation(options).Outputs
      expect(outputs.DomainBaseUrl?.Value).toEqual(inStack.baseUrl)
    }
  })

  it('a redirect URI with a query and spaces is encoded once', () => {
    const p = ours
      .userPool('P')
      .withClient('Web', {
        oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb?next=/a b&x=1'] },
      })
      .withDomain('D', { cognitoDomain: { domainPrefix: 'my-app' } })
    const url = p.signInUrl('D', 'Web', { redirectUri: 'https://app.example.com/cb?next=/a b&x=1' }) as any
    const tail = url['Fn::Join'][1].at(-1) as string
    expect(tail).toBe('&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Fnext%3D%2Fa%20b%26x%3D1')
    expect(new URLSearchParams(tail).get('redirect_uri')).toBe('https://app.example.com/cb?next=/a b&x=1')
  })

  it('the domain FIPS setting is the default of baseUrl()', () => {
    const p = ours.userPool('P').withDomain('D', { cognitoDomain: { domainPrefix: 'my-app', fipsEnabled: true } })
    expect(JSON.stringify(p.baseUrl('D'))).toContain('.auth-fips.')
    expect(JSON.stringify(p.baseUrl('D', { fips: false }))).toContain('"https://",{"Ref":"PD"},".auth."')
  })
})
