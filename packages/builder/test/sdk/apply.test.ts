/**
 * `apply()` against cognito-local: the pool and clients it creates describe back with the settings
 * we sent; the operations cognito-local lacks (domains, resource servers, identity providers) are
 * reported as the failed step, with what was created before.
 */
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  ListGroupsCommand,
} from '@aws-sdk/client-cognito-identity-provider'
import { type LocalCognito, startLocalCognito } from '@cognito-kit/local-cognito'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ClientAttributes,
  Duration,
  Mfa,
  NumberAttribute,
  OAuthScope,
  StringAttribute,
  userPool,
} from '../../src/index.js'
import { apply, ProvisioningError } from '../../src/sdk/index.js'

let cognito: LocalCognito
let client: CognitoIdentityProviderClient

beforeAll(async () => {
  cognito = await startLocalCognito()
  client = new CognitoIdentityProviderClient(cognito.clientConfig)
})
afterAll(async () => {
  client?.destroy()
  await cognito?.stop()
})

const pool = userPool('Shop', {
  userPoolName: 'shop-users',
  selfSignUpEnabled: true,
  signInAliases: { email: true },
  passwordPolicy: { minLength: 12, requireSymbols: false },
  customAttributes: {
    tier: new StringAttribute({ minLen: 1, maxLen: 20, mutable: true }),
    points: new NumberAttribute({ min: 0, max: 1000, mutable: true }),
  },
  mfa: Mfa.OPTIONAL,
  mfaSecondFactor: { sms: false, otp: true },
})
  .withTags({ team: 'identity' })
  .withClient('Web', {
    userPoolClientName: 'web',
    authFlows: { userPassword: true, userSrp: true },
    oAuth: {
      flows: { authorizationCodeGrant: true },
      scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
      callbackUrls: ['https://shop.example.com/cb'],
      logoutUrls: ['https://shop.example.com/bye'],
    },
    idTokenValidity: Duration.minutes(30),
    accessTokenValidity: Duration.hours(1),
    refreshTokenValidity: Duration.days(7),
    readAttributes: new ClientAttributes()
      .withStandardAttributes({ email: true })
      .withCustomAttributes('tier', 'points'),
    writeAttributes: new ClientAttributes().withCustomAttributes('tier'),
  })
  .withClient('Backend', { generateSecret: true, authFlows: { adminUserPassword: true }, disableOAuth: true })
  .withGroup('Admins', { groupName: 'admins', description: 'Shop admins', precedence: 1 })

describe('apply() with cognito-local', () => {
  it('creates the pool, MFA configuration, clients and groups, and returns their ids', async () => {
    const result = await apply(pool, client)
    expect(result.userPoolId).toMatch(/^local_/)
    expect(result.userPoolArn).toContain(result.userPoolId)
    expect(Object.keys(result.clients)).toEqual(['Web', 'Backend'])
    expect(result.clients.Backend.clientSecret).toEqual(expect.any(String))
    expect(result.clients.Web.clientSecret).toBeUndefined()
    expect(result.groups).toEqual({ Admins: 'admins' })
    expect(result.created.map((c) => `${c.kind} ${c.id}`)).toEqual([
      'userPool Shop',
      'mfaConfig Shop',
      'client Web',
      'client Backend',
      'group Admins',
    ])

    const described = (await client.send(new DescribeUserPoolCommand({ UserPoolId: result.userPoolId }))).UserPool
    expect(described?.Name).toBe('shop-users')
    expect(described?.UsernameAttributes).toEqual(['email'])
    expect(described?.AutoVerifiedAttributes).toEqual(['email'])
    expect(described?.UserPoolTags).toEqual({ team: 'identity' })
    expect(described?.Policies?.PasswordPolicy).toMatchObject({ MinimumLength: 12, RequireSymbols: false })
    expect(described?.AdminCreateUserConfig?.AllowAdminCreateUserOnly).toBe(false)
    const custom = described?.SchemaAttributes?.filter((a) => a.Name?.startsWith('custom:'))
    expect(custom).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Name: 'custom:tier',
          AttributeDataType: 'String',
          StringAttributeConstraints: { MinLength: '1', MaxLength: '20' },
        }),
        expect.objectContaining({
          Name: 'custom:points',
          AttributeDataType: 'Number',
          NumberAttributeConstraints: { MinValue: '0', MaxValue: '1000' },
        }),
      ]),
    )

    const mfa = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: result.userPoolId }))
    expect(mfa.SoftwareTokenMfaConfiguration).toEqual({ Enabled: true })

    const web = (
      await client.send(
        new DescribeUserPoolClientCommand({ UserPoolId: result.userPoolId, ClientId: result.clients.Web.clientId }),
      )
    ).UserPoolClient
    expect(web).toMatchObject({
      ClientName: 'web',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: ['https://shop.example.com/cb'],
      LogoutURLs: ['https://shop.example.com/bye'],
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
    })
    const backend = (
      await client.send(
        new DescribeUserPoolClientCommand({ UserPoolId: result.userPoolId, ClientId: result.clients.Backend.clientId }),
      )
    ).UserPoolClient
    expect(backend?.ClientName).toBe('Backend')
    expect(backend?.ExplicitAuthFlows).toEqual(['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'])

    const groups = await client.send(new ListGroupsCommand({ UserPoolId: result.userPoolId }))
    expect(groups.Groups).toEqual([
      expect.objectContaining({ GroupName: 'admins', Description: 'Shop admins', Precedence: 1 }),
    ])
  })

  it.each([
    [
      'a domain',
      (p: any) => p.withDomain('Domain', { cognitoDomain: { domainPrefix: 'shop-local' } }),
      'CreateUserPoolDomain',
      'domain Domain',
    ],
    [
      'a resource server',
      (p: any) => p.withResourceServer('Api', { identifier: 'api' }),
      'CreateResourceServer',
      'resourceServer Api',
    ],
    [
      'an identity provider',
      (p: any) => p.withIdentityProvider('google', 'Google', { clientId: 'g', clientSecret: 's' }),
      'CreateIdentityProvider',
      'identityProvider Google',
    ],
  ])('reports %s as an unsupported step, with what was created before it', async (_name, add, command, step) => {
    const withPart = add(userPool('Partial').withClient('Web', { disableOAuth: true }))
    const error = await apply(withPart, client).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ProvisioningError)
    const failure = error as ProvisioningError
    expect(failure.code).toBe('ERR_PROVISIONING_FAILED')
    expect(failure.command).toBe(command)
    expect(failure.step).toBe(step)
    expect(failure.unsupported).toBe(true)
    expect(failure.message).toContain('does not support this operation')
    expect(failure.created.map((c) => c.kind)).toEqual(
      command === 'CreateUserPoolDomain' ? ['userPool', 'client'] : ['userPool'],
    )
    expect(failure.created[0]?.physicalId).toMatch(/^local_/)
  })

  it('a rejected request names its step; nothing is created after it', async () => {
    const bad = {
      send: async () =>
        Promise.reject(Object.assign(new Error('Pool name taken'), { name: 'InvalidParameterException' })),
    }
    const error = await apply(userPool('X').withClient('Web'), bad).then(
      () => undefined,
      (e: unknown) => e as ProvisioningError,
    )
    expect(error?.stepIndex).toBe(0)
    expect(error?.step).toBe('userPool X')
    expect(error?.created).toEqual([])
    expect(error?.unsupported).toBe(false)
    expect(error?.message).toBe(
      'CreateUserPool for userPool X failed: InvalidParameterException: Pool name taken. Already created: nothing.',
    )
  })
})
