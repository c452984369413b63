import { describe, expect, it } from 'vitest'
import {
  ClientAttributes,
  DefinitionValidationError,
  Duration,
  OAuthScope,
  ResourceServerScope,
  StringAttribute,
  userPool,
} from '../../src/index.js'
import { checkTemplate } from '../support/cfn-spec.js'

/** The issues (path and rule) a builder call throws. */
function issuesOf(fn: () => unknown): { path: string; rule: string }[] {
  try {
    fn()
  } catch (e) {
    if (e instanceof DefinitionValidationError) return e.issues.map(({ path, rule }) => ({ path, rule }))
    throw e
  }
  throw new Error('no error thrown')
}

describe('withClient', () => {
  it('returns a new frozen builder and leaves the original unchanged', () => {
    const before = userPool('P')
    const after = before.withClient('Web', { generateSecret: true })
    expect(after).not.toBe(before)
    expect(Object.isFrozen(after)).toBe(true)
    expect(before.toDefinition().clients).toEqual({})
    const def = after.toDefinition()
    expect(Object.isFrozen(def.clients.Web)).toBe(true)
    expect(def.clients).toEqual({ Web: { generateSecret: true } })
  })

  it('stores plain data: durations, scope strings, attribute names, provider names', () => {
    const def = userPool('P', { customAttributes: { tier: new StringAttribute() } })
      .withResourceServer('Api', {
        identifier: 'api',
        scopes: [new ResourceServerScope({ scopeName: 'read', scopeDescription: 'r' })],
      })
      .withClient('Web', {
        idTokenValidity: Duration.hours(2),
        oAuth: { scopes: [OAuthScope.OPENID, OAuthScope.resourceServer('api', 'read')] },
        readAttributes: (a) => a.withCustomAttributes('tier').withStandardAttributes({ email: true }),
      })
      .toDefinition()
    expect(JSON.parse(JSON.stringify(def.clients.Web))).toEqual({
      idTokenValidity: { amount: 2, unit: 'hours' },
      oAuth: { scopes: ['openid', 'api/read'] },
      readAttributes: ['custom:tier', 'email'],
    })
  })

  it('rejects a second client with the same id', () => {
    expect(issuesOf(() => userPool('P').withClient('Web').withClient('Web'))).toEqual([
      { path: 'clients.Web', rule: 'DuplicateId' },
    ])
  })

  it('adds an output with the client id', () => {
    const t = userPool('P').withClient('web-app').toCloudFormation()
    expect(t.Outputs.webappClientId).toEqual({ Description: 'Id of app client web-app', Value: { Ref: 'Pwebapp' } })
  })

  it('clientId() and clientSecret() reference the resource; a client without a secret has none', () => {
    const pool = userPool('P').withClient('Api', { generateSecret: true }).withClient('Web')
    expect(pool.clientId('Api')).toEqual({ Ref: 'PApi' })
    const cdkId = pool.clientId('Api', { logicalIds: 'cdk' }).Ref
    expect(cdkId).toMatch(/^PApi[0-9A-F]{8}$/)
    // CloudFormation's native attribute (§2.3), not the CDK's custom-resource Lambda.
    expect(pool.clientSecret('Api', { logicalIds: 'cdk' })).toEqual({ 'Fn::GetAtt': [cdkId, 'ClientSecret'] })
    expect(pool.toCloudFormation().Resources).not.toHaveProperty('PApiDescribeCognitoUserPoolClient')
    expect(() => pool.clientSecret('Web')).toThrowError(expect.objectContaining({ code: 'ERR_NOT_AVAILABLE' }))
    expect(() => (pool as any).clientId('Nope')).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ rule: 'UnknownClient' })] }),
    )
  })
})

describe('client rules beyond the CDK (service limits, catalogue §9)', () => {
  it.each([
    ['a client name with a slash', { userPoolClientName: 'a/b' }, 'clients.C.userPoolClientName', 'ClientNameInvalid'],
    [
      'a client name of 129 characters',
      { userPoolClientName: 'x'.repeat(129) },
      'clients.C.userPoolClientName',
      'ClientNameInvalid',
    ],
    [
      'an http callback URL that is not localhost',
      { oAuth: { callbackUrls: ['http://app.example.com'] } },
      'clients.C.oAuth.callbackUrls.0',
      'CallbackUrlNotHttps',
    ],
    [
      'a callback URL with a fragment',
      { oAuth: { callbackUrls: ['https://a.example.com/#x'] } },
      'clients.C.oAuth.callbackUrls.0',
      'UrlFragment',
    ],
    [
      'a relative callback URL',
      { oAuth: { callbackUrls: ['/cb'] } },
      'clients.C.oAuth.callbackUrls.0',
      'UrlNotAbsolute',
    ],
    [
      'a logout URL over 1024 characters',
      { oAuth: { logoutUrls: [`https://a.example.com/${'x'.repeat(1024)}`] } },
      'clients.C.oAuth.logoutUrls.0',
      'UrlLength',
    ],
    [
      '101 callback URLs',
      { oAuth: { callbackUrls: Array.from({ length: 101 }, (_, i) => `https://a.example.com/${i}`) } },
      'clients.C.oAuth.callbackUrls',
      'TooManyUrls',
    ],
    ['OAuth on with no flow selected (Q9)', { oAuth: { flows: {} } }, 'clients.C.oAuth.flows', 'OAuthFlowsEmpty'],
    [
      'a default redirect URI without callback URLs (Q10)',
      { oAuth: { flows: { clientCredentials: true }, defaultRedirectUri: 'https://a.example.com' } },
      'clients.C.oAuth.defaultRedirectUri',
      'DefaultRedirectUriIncludedCallback',
    ],
    [
      'an analytics role that is not a role ARN',
      { analytics: { applicationId: 'ab12', externalId: 'e', role: 'pinpoint-role' } },
      'clients.C.analytics.role',
      'RoleArnInvalid',
    ],
    [
      'an empty analytics role ARN (the CDK cannot import it)',
      { analytics: { applicationId: 'ab12', externalId: 'e', role: '' } },
      'clients.C.analytics.role',
      'RoleArnInvalid',
    ],
    [
      'a non-hex Pinpoint application id',
      { analytics: { applicationId: 'app-id', externalId: 'e', role: 'arn:aws:iam::111111111111:role/r' } },
      'clients.C.analytics.applicationId',
      'ApplicationIdInvalid',
    ],
    [
      '210 seconds of auth session',
      { authSessionValidity: Duration.seconds(210) },
      'clients.C.authSessionValidity',
      'CannotConvertedIntoWhole',
    ],
    [
      'a token unit without its validity',
      { tokenValidityUnits: { idToken: 'hours' } },
      'clients.C.tokenValidityUnits.idToken',
      'TokenValidityUnitWithoutValidity',
    ],
    [
      '90 minutes in hours',
      { idTokenValidity: Duration.minutes(90), tokenValidityUnits: { idToken: 'hours' } },
      'clients.C.idTokenValidity',
      'CannotConvertedIntoWhole',
    ],
    [
      'rotation off with a grace period',
      { refreshTokenRotation: false, refreshTokenRotationGracePeriod: Duration.seconds(10) },
      'clients.C.refreshTokenRotation',
      'RefreshTokenRotationConflict',
    ],
    [
      'a fractional grace period',
      { refreshTokenRotationGracePeriod: Duration.millis(1500) },
      'clients.C.refreshTokenRotationGracePeriod',
      'CannotConvertedIntoWhole',
    ],
  ] as const)('%s', (_name, options, path, rule) => {
    expect(issuesOf(() => userPool('P').withClient('C', options as any))).toContainEqual({ path, rule })
  })

  it('accepts localhost over http, app schemes and the default redirect among them', () => {
    const t = userPool('P')
      .withClient('C', {
        oAuth: { callbackUrls: ['http://localhost:3000/cb', 'myapp://cb'], defaultRedirectUri: 'myapp://cb' },
      })
      .toCloudFormation()
    expect(t.Resources.PC?.Properties?.CallbackURLs).toEqual(['http://localhost:3000/cb', 'myapp://cb'])
  })

  it('lists every issue of a client at once', () => {
    const issues = issuesOf(() =>
      userPool('P').withClient('C', {
        userPoolClientName: 'a/b',
        disableOAuth: true,
        oAuth: {},
        enablePropagateAdditionalUserContextData: true,
        idTokenValidity: Duration.days(2),
      }),
    )
    expect(issues.map((i) => i.rule).sort()).toEqual(
      [
        'AuthSettingsCannotSpecifiedDisable',
        'CannotActivateEnablePropagateAdditional',
        'ClientNameInvalid',
        'DurationOutOfRange',
      ].sort(),
    )
  })

  it('custom attributes must be declared on the pool (checked at render, whatever the call order)', () => {
    const pool = userPool('P').withClient('C', {
      readAttributes: new ClientAttributes().withCustomAttributes('tier') as any,
    })
    expect(pool.validate().issues).toEqual([
      expect.objectContaining({ path: 'clients.C.readAttributes', rule: 'UndeclaredCustomAttribute' }),
    ])
    expect(pool.withCustomAttributes({ tier: new StringAttribute() }).validate().success).toBe(true)
  })

  it('scopes of a declared server must be declared on it', () => {
    const pool = userPool('P')
      .withResourceServer('Api', { identifier: 'api', scopes: [{ scopeName: 'read', scopeDescription: 'r' }] })
      .withClient('C', { oAuth: { scopes: [OAuthScope.custom('api/write') as any] } })
    expect(pool.validate().issues).toEqual([
      expect.objectContaining({ path: 'clients.C.oAuth.scopes', rule: 'UndeclaredScope' }),
    ])
  })

  it("a scope name with '/' after a declared identifier is not one of its scopes (identifiers may hold '/', scope names not)", () => {
    const pool = userPool('P')
      .withResourceServer('Api', { identifier: 'api', scopes: [{ scopeName: 'read', scopeDescription: 'r' }] })
      .withResourceServer('V2', { identifier: 'api/v2', scopes: [{ scopeName: 'read', scopeDescription: 'r' }] })
      .withClient('C', { oAuth: { scopes: [OAuthScope.resourceServer('api', 'x/read') as any] } })
      .withClient('D', { oAuth: { scopes: [OAuthScope.resourceServer('api/v2', 'read')] } })
    expect(pool.validate().issues).toEqual([
      expect.objectContaining({
        path: 'clients.C.oAuth.scopes',
        rule: 'UndeclaredScope',
        message: 'api/x/read: resource server api has no scope x/read',
      }),
    ])
  })
})

describe('client properties beyond the CDK (catalogue §5.2)', () => {
  it('token validities in the chosen units', () => {
    const t = userPool('P')
      .withClient('C', {
        accessTokenValidity: Duration.hours(1),
        idTokenValidity: Duration.minutes(90),
        refreshTokenValidity: Duration.days(30),
        tokenValidityUnits: { accessToken: 'hours', idToken: 'seconds', refreshToken: 'days' },
      })
      .toCloudFormation()
    const props = t.Resources.PC?.Properties
    expect(props?.AccessTokenValidity).toBe(1)
    expect(props?.IdTokenValidity).toBe(5400)
    expect(props?.RefreshTokenValidity).toBe(30)
    expect(props?.TokenValidityUnits).toEqual({ AccessToken: 'hours', IdToken: 'seconds', RefreshToken: 'days' })
    expect(checkTemplate(t)).toEqual([])
  })

  it('refresh-token rotation disabled explicitly, or enabled without a grace period', () => {
    const t = userPool('P')
      .withClient('Off', { refreshTokenRotation: false, authFlows: { userSrp: true } })
      .withClient('On', { refreshTokenRotation: true, authFlows: { userSrp: true } })
      .toCloudFormation()
    expect(t.Resources.POff?.Properties?.RefreshTokenRotation).toEqual({ Feature: 'DISABLED' })
    expect(t.Resources.POff?.Properties?.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'])
    expect(t.Resources.POn?.Properties?.RefreshTokenRotation).toEqual({ Feature: 'ENABLED' })
    expect(t.Resources.POn?.Properties?.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH'])
    expect(checkTemplate(t)).toEqual([])
  })

  it('a Pinpoint application by ARN', () => {
    const app = 'arn:aws:mobiletargeting:us-east-1:111111111111:apps/abc'
    const t = userPool('P')
      .withClient('C', { analytics: { application: app, shareUserData: false } })
      .toCloudFormation()
    expect(t.Resources.PC?.Properties?.AnalyticsConfiguration).toEqual({ ApplicationArn: app, UserDataShared: false })
  })
})
