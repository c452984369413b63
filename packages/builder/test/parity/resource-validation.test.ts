/**
 * Catalogue §8 (client, domain, group and identity-provider rows): the CDK's validation errors for
 * bad settings are matched by ours, with the same rule code and the path of the setting.
 */
import { describe, expect, it } from 'vitest'
import * as ours from '../../src/index.js'
import { lib } from '../support/cdk-oracle.js'
import { cdkErrorCode } from './support/parity.js'

// Keep the CDK's deprecation warnings (Apple privateKey, Google clientSecret) out of the test output.
process.env.JSII_DEPRECATED = 'quiet'

const CERT = 'arn:aws:acm:us-east-1:111111111111:certificate/abc'

/** The issues our builder reports for `build`, thrown at the with* call or at render. */
function ourIssues(build: () => { toCloudFormation(): unknown }): { path: string; rule: string }[] {
  try {
    build().toCloudFormation()
  } catch (e) {
    if (e instanceof ours.DefinitionValidationError) return e.issues.map(({ path, rule }) => ({ path, rule }))
    throw e
  }
  throw new Error('the builder accepted the settings')
}

type Case = readonly [
  name: string,
  cdk: (stack: any, l: typeof lib) => void,
  ours: () => { toCloudFormation(): unknown },
  path: string,
]

const D = lib.cdk.Duration
const OD = ours.Duration

const clientCases: Case[] = [
  [
    'disableOAuth with oAuth',
    (s, l) => new l.cognito.UserPool(s, 'P').addClient('C', { disableOAuth: true, oAuth: {} }),
    () => ours.userPool('P').withClient('C', { disableOAuth: true, oAuth: {} }),
    'clients.C.oAuth',
  ],
  [
    'empty callback URLs with the code grant',
    (s, l) =>
      new l.cognito.UserPool(s, 'P').addClient('C', {
        oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: [] },
      }),
    () => ours.userPool('P').withClient('C', { oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: [] } }),
    'clients.C.oAuth.callbackUrls',
  ],
  [
    'empty callback URLs with the implicit grant',
    (s, l) =>
      new l.cognito.UserPool(s, 'P').addClient('C', {
        oAuth: { flows: { implicitCodeGrant: true }, callbackUrls: [] },
      }),
    () => ours.userPool('P').withClient('C', { oAuth: { flows: { implicitCodeGrant: true }, callbackUrls: [] } }),
    'clients.C.oAuth.callbackUrls',
  ],
  [
    'defaultRedirectUri not among the callback URLs',
    (s, l) =>
      new l.cognito.UserPool(s, 'P').addClient('C', {
        oAuth: { callbackUrls: ['https://a.example.com'], defaultRedirectUri: 'https://b.example.com' },
      }),
    () =>
      ours.userPool('P').withClient('C', {
        oAuth: { callbackUrls: ['https://a.example.com'], defaultRedirectUri: 'https://b.example.com' },
      }),
    'clients.C.oAuth.defaultRedirectUri',
  ],
  [
    'defaultRedirectUri with a space',
    (s, l) =>
      new l.cognito.UserPool(s, 'P').addClient('C', {
        oAuth: { callbackUrls: ['https://a b'], defaultRedirectUri: 'https://a b' },
      }),
    () =>
      ours
        .userPool('P')
        .withClient('C', { oAuth: { callbackUrls: ['https://a%20b'], defaultRedirectUri: 'https://a b' } }),
    'clients.C.oAuth.defaultRedirectUri',
  ],
  [
    'propagating user context without a secret',
    (s, l) => new l.cognito.UserPool(s, 'P').addClient('C', { enablePropagateAdditionalUserContextData: true }),
    () => ours.userPool('P').withClient('C', { enablePropagateAdditionalUserContextData: true }),
    'clients.C.enablePropagateAdditionalUserContextData',
  ],
  // The CDK converts validities with Duration.toMinutes()/toSeconds(): CannotConvertedIntoWhole or MustBeWholeNumber.
  ...(
    [
      ['idTokenValidity', 'seconds', 301],
      ['accessTokenValidity', 'seconds', 90],
      ['refreshTokenValidity', 'seconds', 3601],
      ['authSessionValidity', 'seconds', 210],
      ['refreshTokenRotationGracePeriod', 'millis', 1500],
      // A fractional amount of the target unit itself is the CDK's MustBeWholeNumber.
      ['idTokenValidity', 'minutes', 5.5],
      ['refreshTokenValidity', 'minutes', 90.5],
      ['authSessionValidity', 'minutes', 3.5],
      ['refreshTokenRotationGracePeriod', 'seconds', 0.5],
      // A fractional millis amount fails already when the CDK reads it in milliseconds for the range check.
      ['refreshTokenRotationGracePeriod', 'millis', 0.5],
      ['idTokenValidity', 'millis', 300000.5],
    ] as const
  ).map(
    ([name, unit, amount]): Case => [
      `${name} of ${amount} ${unit}: not a whole number`,
      (s, l) => new l.cognito.UserPool(s, 'P').addClient('C', { [name]: D[unit](amount) }),
      () => ours.userPool('P').withClient('C', { [name]: OD[unit](amount) }),
      `clients.C.${name}`,
    ],
  ),
  [
    'client credentials with the code grant',
    (s, l) =>
      new l.cognito.UserPool(s, 'P').addClient('C', {
        oAuth: { flows: { clientCredentials: true, authorizationCodeGrant: true } },
      }),
    () =>
      ours
        .userPool('P')
        .withClient('C', { oAuth: { flows: { clientCredentials: true, authorizationCodeGrant: true } } }),
    'clients.C.oAuth.flows',
  ],
  [
    'client credentials with the implicit grant',
    (s, l) =>
      new l.cognito.UserPool(s, 'P').addClient('C', {
        oAuth: { flows: { clientCredentials: true, implicitCodeGrant: true } },
      }),
    () =>
      ours.userPool('P').withClient('C', { oAuth: { flows: { clientCredentials: true, implicitCodeGrant: true } } }),
    'clients.C.oAuth.flows',
  ],
  [
    'analytics: application and applicationId',
    (s, l) =>
      new l.cognito.UserPool(s, 'P').addClient('C', {
        analytics: { application: new lib.cdk.aws_pinpoint.CfnApp(s, 'App', { name: 'x' }), applicationId: 'ab' },
      }),
    () =>
      ours.userPool('P').withClient('C', {
        analytics: { application: 'arn:aws:mobiletargeting:us-east-1:111111111111:apps/ab', applicationId: 'ab' },
      }),
    'clients.C.analytics',
  ],
  [
    "analytics: an externalId '' counts as missing (the CDK tests truthiness)",
    (s, l) =>
      new l.cognito.UserPool(s, 'P').addClient('C', {
        analytics: {
          applicationId: 'ab',
          externalId: '',
          role: new l.iam.Role(s, 'R', { assumedBy: new l.iam.ServicePrincipal('x') }),
        },
      }),
    () =>
      ours.userPool('P').withClient('C', {
        analytics: { applicationId: 'ab', externalId: '', role: 'arn:aws:iam::111111111111:role/pinpoint' },
      }),
    'clients.C.analytics',
  ],
  [
    'analytics: applicationId without role',
    (s, l) => new l.cognito.UserPool(s, 'P').addClient('C', { analytics: { applicationId: 'ab', externalId: 'x' } }),
    () => ours.userPool('P').withClient('C', { analytics: { applicationId: 'ab', externalId: 'x' } }),
    'clients.C.analytics',
  ],
  ...[0, 1, 2, 16, 100].map(
    (m): Case => [
      `authSessionValidity ${m} minutes`,
      (s, l) => new l.cognito.UserPool(s, 'P').addClient('C', { authSessionValidity: D.minutes(m) }),
      () => ours.userPool('P').withClient('C', { authSessionValidity: OD.minutes(m) }),
      'clients.C.authSessionValidity',
    ],
  ),
  ...(['accessTokenValidity', 'idTokenValidity'] as const).flatMap((name) =>
    (
      [
        ['0 minutes', D.minutes(0), OD.minutes(0)],
        ['4 minutes', D.minutes(4), OD.minutes(4)],
        ['1 day 1 minute', D.minutes(1441), OD.minutes(1441)],
        ['2 days', D.days(2), OD.days(2)],
      ] as const
    ).map(
      ([label, c, o]): Case => [
        `${name} ${label}`,
        (s, l) => new l.cognito.UserPool(s, 'P').addClient('C', { [name]: c }),
        () => ours.userPool('P').withClient('C', { [name]: o }),
        `clients.C.${name}`,
      ],
    ),
  ),
  ...(['accessTokenValidity', 'idTokenValidity'] as const).flatMap((name) =>
    (
      [
        ['1 hour 1 minute', D.minutes(61), OD.minutes(61)],
        ['12 hours', D.hours(12), OD.hours(12)],
        ['1 day', D.days(1), OD.days(1)],
      ] as const
    ).map(
      ([label, c, o]): Case => [
        `${name} ${label} over a 1-hour refresh token`,
        (s, l) => new l.cognito.UserPool(s, 'P').addClient('C', { [name]: c, refreshTokenValidity: D.hours(1) }),
        () => ours.userPool('P').withClient('C', { [name]: o, refreshTokenValidity: OD.hours(1) }),
        `clients.C.${name}`,
      ],
    ),
  ),
  ...(
    [
      ['0 minutes', D.minutes(0), OD.minutes(0)],
      ['59 minutes', D.minutes(59), OD.minutes(59)],
      ['3650 days 1 minute', D.minutes(3650 * 1440 + 1), OD.minutes(3650 * 1440 + 1)],
      ['3651 days', D.days(3651), OD.days(3651)],
    ] as const
  ).map(
    ([label, c, o]): Case => [
      `refreshTokenValidity ${label}`,
      (s, l) => new l.cognito.UserPool(s, 'P').addClient('C', { refreshTokenValidity: c }),
      () => ours.userPool('P').withClient('C', { refreshTokenValidity: o }),
      'clients.C.refreshTokenValidity',
    ],
  ),
  [
    'refreshTokenRotationGracePeriod 61 seconds',
    (s, l) => new l.cognito.UserPool(s, 'P').addClient('C', { refreshTokenRotationGracePeriod: D.seconds(61) }),
    () => ours.userPool('P').withClient('C', { refreshTokenRotationGracePeriod: OD.seconds(61) }),
    'clients.C.refreshTokenRotationGracePeriod',
  ],
]

const domainCases: Case[] = [
  [
    'neither cognitoDomain nor customDomain',
    (s, l) => new l.cognito.UserPool(s, 'P').addDomain('D', {}),
    () => ours.userPool('P').withDomain('D', {}),
    'domains.D',
  ],
  [
    'both cognitoDomain and customDomain',
    (s, l) =>
      new l.cognito.UserPool(s, 'P').addDomain('D', {
        cognitoDomain: { domainPrefix: 'my-app' },
        customDomain: {
          domainName: 'auth.example.com',
          certificate: lib.cdk.aws_certificatemanager.Certificate.fromCertificateArn(s, 'C', CERT),
        },
      }),
    () =>
      ours.userPool('P').withDomain('D', {
        cognitoDomain: { domainPrefix: 'my-app' },
        customDomain: { domainName: 'auth.example.com', certificate: CERT },
      }),
    'domains.D',
  ],
  ...['domain.prefix', 'Domain-Prefix', 'dómäin-prefix'].map(
    (prefix): Case => [
      `domain prefix ${prefix}`,
      (s, l) => new l.cognito.UserPool(s, 'P').addDomain('D', { cognitoDomain: { domainPrefix: prefix } }),
      () => ours.userPool('P').withDomain('D', { cognitoDomain: { domainPrefix: prefix } }),
      'domains.D.cognitoDomain.domainPrefix',
    ],
  ),
]

const groupCases: Case[] = [
  [
    'description over 2048 characters',
    (s, l) => new l.cognito.UserPool(s, 'P').addGroup('G', { description: 'd'.repeat(2049) }),
    () => ours.userPool('P').withGroup('G', { description: 'd'.repeat(2049) }),
    'groups.G.description',
  ],
  ...[-1, 2 ** 31].map(
    (precedence): Case => [
      `precedence ${precedence}`,
      (s, l) => new l.cognito.UserPool(s, 'P').addGroup('G', { precedence }),
      () => ours.userPool('P').withGroup('G', { precedence }),
      'groups.G.precedence',
    ],
  ),
  ...['', 'a'.repeat(149), 'include space name'].map(
    (groupName): Case => [
      `group name ${JSON.stringify(groupName.slice(0, 20))}`,
      (s, l) => new l.cognito.UserPool(s, 'P').addGroup('G', { groupName }),
      () => ours.userPool('P').withGroup('G', { groupName }),
      'groups.G.groupName',
    ],
  ),
]

const idpCases: Case[] = [
  [
    'google: both clientSecret and clientSecretValue',
    (s, l) =>
      new l.cognito.UserPoolIdentityProviderGoogle(s, 'G', {
        userPool: new l.cognito.UserPool(s, 'P'),
        clientId: 'g',
        clientSecret: 'a',
        clientSecretValue: lib.cdk.SecretValue.unsafePlainText('b'),
      }),
    () =>
      ours
        .userPool('P')
        .withIdentityProvider('google', 'G', { clientId: 'g', clientSecret: 'a', clientSecretValue: 'b' }),
    'identityProviders.G.clientSecret',
  ],
  [
    'google: neither secret',
    (s, l) =>
      new l.cognito.UserPoolIdentityProviderGoogle(s, 'G', { userPool: new l.cognito.UserPool(s, 'P'), clientId: 'g' }),
    () => ours.userPool('P').withIdentityProvider('google', 'G', { clientId: 'g' }),
    'identityProviders.G.clientSecret',
  ],
  [
    'apple: both privateKey and privateKeyValue',
    (s, l) =>
      new l.cognito.UserPoolIdentityProviderApple(s, 'A', {
        userPool: new l.cognito.UserPool(s, 'P'),
        clientId: 'a',
        teamId: 't',
        keyId: 'k',
        privateKey: 'x',
        privateKeyValue: lib.cdk.SecretValue.unsafePlainText('y'),
      }),
    () =>
      ours.userPool('P').withIdentityProvider('apple', 'A', {
        clientId: 'a',
        teamId: 't',
        keyId: 'k',
        privateKey: 'x',
        privateKeyValue: 'y',
      }),
    'identityProviders.A.privateKey',
  ],
  [
    'apple: neither private key',
    (s, l) =>
      new l.cognito.UserPoolIdentityProviderApple(s, 'A', {
        userPool: new l.cognito.UserPool(s, 'P'),
        clientId: 'a',
        teamId: 't',
        keyId: 'k',
      }),
    () => ours.userPool('P').withIdentityProvider('apple', 'A', { clientId: 'a', teamId: 't', keyId: 'k' }),
    'identityProviders.A.privateKey',
  ],
  ...['xy', 'x'.repeat(33)].map(
    (name): Case => [
      `oidc: name of ${name.length} characters`,
      (s, l) =>
        new l.cognito.UserPoolIdentityProviderOidc(s, 'O', {
          userPool: new l.cognito.UserPool(s, 'P'),
          clientId: 'o',
          clientSecret: 's',
          issuerUrl: 'https://issuer.example.com',
          name,
        }),
      () =>
        ours.userPool('P').withIdentityProvider('oidc', 'O', {
          clientId: 'o',
          clientSecret: 's',
          issuerUrl: 'https://issuer.example.com',
          name,
        }),
      'identityProviders.O.name',
    ],
  ),
  ...['_abc', 'ab c', 'abc_'].map(
    (name): Case => [
      `oidc: name ${JSON.stringify(name)} breaks the pattern`,
      (s, l) =>
        new l.cognito.UserPoolIdentityProviderOidc(s, 'O', {
          userPool: new l.cognito.UserPool(s, 'P'),
          clientId: 'o',
          clientSecret: 's',
          issuerUrl: 'https://issuer.example.com',
          name,
        }),
      () =>
        ours.userPool('P').withIdentityProvider('oidc', 'O', {
          clientId: 'o',
          clientSecret: 's',
          issuerUrl: 'https://issuer.example.com',
          name,
        }),
      'identityProviders.O.name',
    ],
  ),
  ...['xy', 'x'.repeat(33)].map(
    (name): Case => [
      `saml: name of ${name.length} characters`,
      (s, l) =>
        new l.cognito.UserPoolIdentityProviderSaml(s, 'S', {
          userPool: new l.cognito.UserPool(s, 'P'),
          metadata: l.cognito.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/m'),
          name,
        }),
      () =>
        ours.userPool('P').withIdentityProvider('saml', 'S', {
          metadata: ours.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/m'),
          name,
        }),
      'identityProviders.S.name',
    ],
  ),
]

describe.each([
  ['app clients', clientCases],
  ['domains', domainCases],
  ['groups', groupCases],
  ['identity providers', idpCases],
] as const)('%s: the CDK and the builder reject the same settings with the same rule', (_kind, cases) => {
  it.each(cases)('%s', (_name, cdk, mine, path) => {
    const code = cdkErrorCode(cdk)
    expect(ourIssues(mine)).toContainEqual({ path, rule: code })
  })
})

describe('the CDK check on signInUrl', () => {
  it('SignUrlSupportedClientsWithout for a client-credentials client', () => {
    const code = cdkErrorCode((s, l) => {
      const pool = new l.cognito.UserPool(s, 'P')
      const client = pool.addClient('C', { oAuth: { flows: { clientCredentials: true } } })
      pool
        .addDomain('D', { cognitoDomain: { domainPrefix: 'my-app' } })
        .signInUrl(client, { redirectUri: 'https://example.com' })
    })
    const pool = ours
      .userPool('P')
      .withClient('C', { oAuth: { flows: { clientCredentials: true }, callbackUrls: ['https://example.com'] } })
      .withDomain('D', { cognitoDomain: { domainPrefix: 'my-app' } })
    expect(() => pool.signInUrl('D', 'C', { redirectUri: 'https://example.com' })).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ rule: code, path: 'clients.C.oAuth.flows' })] }),
    )
  })
})
