import { describe, expect, it } from 'vitest'
import {
  DefinitionValidationError,
  fromDefinition,
  fromProviderName,
  ProviderAttribute,
  StringAttribute,
  UserPoolIdentityProviderSamlMetadata,
  userPool,
} from '../../src/index.js'
import { checkTemplate } from '../support/cfn-spec.js'

function issuesOf(fn: () => unknown): { path: string; rule: string }[] {
  try {
    fn()
  } catch (e) {
    if (e instanceof DefinitionValidationError) return e.issues.map(({ path, rule }) => ({ path, rule }))
    throw e
  }
  throw new Error('no error thrown')
}

const oidc = { clientId: 'o', clientSecret: 's', issuerUrl: 'https://issuer.example.com' }

describe('withIdentityProvider', () => {
  it('returns a new frozen builder and leaves the original unchanged', () => {
    const before = userPool('P')
    const after = before.withIdentityProvider('amazon', 'Amazon', { clientId: 'a', clientSecret: 's' })
    expect(Object.isFrozen(after)).toBe(true)
    expect(before.toDefinition().identityProviders).toEqual({})
    expect(after.toDefinition().identityProviders.Amazon).toEqual({
      kind: 'amazon',
      providerName: 'LoginWithAmazon',
      clientId: 'a',
      clientSecret: 's',
    })
  })

  it('readable logical IDs and provider names', () => {
    const t = userPool('P')
      .withIdentityProvider('oidc', 'corp-sso', oidc)
      .withIdentityProvider('saml', 'ad', {
        metadata: UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/m'),
      })
      .toCloudFormation()
    expect(t.Resources.Pcorpsso?.Properties?.ProviderName).toBe('corpsso')
    expect(t.Resources.Pad?.Properties?.ProviderName).toBe('adsaml')
    expect(checkTemplate(t)).toEqual([])
  })

  it('beyond the CDK: an OIDC secret as a dynamic reference and extra ProviderDetails', () => {
    const t = userPool('P')
      .withIdentityProvider('oidc', 'Corp', {
        ...oidc,
        name: 'Corp',
        clientSecret: '{{resolve:secretsmanager:corp-oidc:SecretString:secret}}',
        providerDetails: { oidc_scopes_separator: ' ' },
      })
      .toCloudFormation()
    expect(t.Resources.PCorp?.Properties?.ProviderDetails).toEqual({
      client_id: 'o',
      client_secret: '{{resolve:secretsmanager:corp-oidc:SecretString:secret}}',
      authorize_scopes: 'openid',
      attributes_request_method: 'GET',
      oidc_issuer: 'https://issuer.example.com',
      oidc_scopes_separator: ' ',
    })
  })

  it.each([
    [
      'an http issuer',
      'oidc',
      { ...oidc, issuerUrl: 'http://issuer.example.com' },
      'identityProviders.I.issuerUrl',
      'OidcIssuerInvalid',
    ],
    [
      '51 identifiers',
      'oidc',
      { ...oidc, identifiers: Array.from({ length: 51 }, (_, i) => `d${i}`) },
      'identityProviders.I.identifiers',
      'TooManyIdpIdentifiers',
    ],
    [
      'an identifier of 41 characters',
      'saml',
      { metadata: UserPoolIdentityProviderSamlMetadata.url('https://x.example.com'), identifiers: ['x'.repeat(41)] },
      'identityProviders.I.identifiers.0',
      'IdpIdentifierInvalid',
    ],
    [
      'a SAML name with a space (Q15)',
      'saml',
      { name: 'Corp Saml', metadata: UserPoolIdentityProviderSamlMetadata.url('https://x.example.com') },
      'identityProviders.I.name',
      'ExpectedProviderNameMatch',
    ],
    [
      'empty SAML metadata',
      'saml',
      { metadata: UserPoolIdentityProviderSamlMetadata.file('') },
      'identityProviders.I.metadata',
      'SamlMetadataEmpty',
    ],
  ] as const)('rejects %s', (_name, kind, props, path, rule) => {
    expect(issuesOf(() => userPool('P').withIdentityProvider(kind, 'I', props as any))).toContainEqual({ path, rule })
  })

  it('rejects an unknown kind at runtime', () => {
    expect(issuesOf(() => userPool('P').withIdentityProvider('github' as any, 'I', {} as any))).toEqual([
      { path: 'identityProviders.I.kind', rule: 'IdentityProviderKind' },
    ])
  })

  it('provider names are unique in a pool (one Google provider, distinct OIDC names)', () => {
    const pool = userPool('P')
      .withIdentityProvider('google', 'G1', { clientId: 'a', clientSecret: 'b' })
      .withIdentityProvider('google', 'G2', { clientId: 'c', clientSecret: 'd' })
      .withIdentityProvider('oidc', 'O1', { ...oidc, name: 'Corp' })
      .withIdentityProvider('oidc', 'O2', { ...oidc, name: 'Corp' })
    expect(pool.validate().issues.map((i) => [i.path, i.rule])).toEqual([
      ['identityProviders.G2', 'DuplicateProviderName'],
      ['identityProviders.O2', 'DuplicateProviderName'],
    ])
  })

  it('mapped custom attributes must be declared on the pool', () => {
    const mapping = { custom: { tier: ProviderAttribute.other('tier') } }
    const bad = userPool('P').withIdentityProvider('oidc', 'O', { ...oidc, attributeMapping: mapping as any })
    expect(bad.validate().issues).toEqual([
      expect.objectContaining({
        path: 'identityProviders.O.attributeMapping.custom:tier',
        rule: 'UndeclaredCustomAttribute',
      }),
    ])
    const good = userPool('P', { customAttributes: { tier: new StringAttribute() } }).withIdentityProvider(
      'oidc',
      'O',
      { ...oidc, attributeMapping: mapping },
    )
    expect(good.validate().success).toBe(true)
  })

  it('fromProviderName imports a provider for clients', () => {
    const corp = fromProviderName('CorpSaml')
    const t = userPool('P')
      .withClient('Web', { supportedIdentityProviders: [corp.clientIdentityProvider] })
      .toCloudFormation()
    expect(t.Resources.PWeb?.Properties?.SupportedIdentityProviders).toEqual(['CorpSaml'])
    expect(t.Resources.PWeb).not.toHaveProperty('DependsOn')
    expect(() => corp.userPoolId).toThrowError(expect.objectContaining({ code: 'ERR_NOT_AVAILABLE' }))
  })

  it('registerIdentityProvider: outside providers after the own ones, before COGNITO; explicit lists win', () => {
    const base = userPool('P').withIdentityProvider('amazon', 'Amazon', { clientId: 'a', clientSecret: 's' })
    const registered = base.registerIdentityProvider(fromProviderName('CorpSaml')).registerIdentityProvider('Other')
    const t = registered
      .withClient('Web')
      .withClient('Explicit', { supportedIdentityProviders: [fromProviderName('X').clientIdentityProvider] })
      .toCloudFormation()
    expect(t.Resources.PWeb?.Properties?.SupportedIdentityProviders).toEqual([
      { Ref: 'PAmazon' },
      'CorpSaml',
      'Other',
      'COGNITO',
    ])
    expect(t.Resources.PExplicit?.Properties?.SupportedIdentityProviders).toEqual(['X'])
    expect(checkTemplate(t)).toEqual([])
    // immutable, idempotent, and kept through the definition
    expect(base.toDefinition().registeredIdentityProviders).toBeUndefined()
    expect(registered.registerIdentityProvider('CorpSaml')).toBe(registered)
    const again = fromDefinition(JSON.parse(JSON.stringify(registered.withClient('Web').toDefinition())))
    expect(again.toCloudFormation()).toEqual(registered.withClient('Web').toCloudFormation())
    // the SDK requests name it too
    const create = userPool('P').registerIdentityProvider('corp').withClient('Web').toSdkRequests()
    expect(create.find((r) => r.command === 'CreateUserPoolClient')?.input).toMatchObject({
      SupportedIdentityProviders: ['corp', 'COGNITO'],
    })
  })

  it('registerIdentityProvider refuses what is neither a provider nor a name', () => {
    expect(issuesOf(() => userPool('P').registerIdentityProvider('' as never))).toEqual([
      { path: 'registeredIdentityProviders', rule: 'RegisteredProviderInvalid' },
    ])
    expect(issuesOf(() => userPool('P').registerIdentityProvider(42 as never))).toEqual([
      { path: 'registeredIdentityProviders', rule: 'RegisteredProviderInvalid' },
    ])
  })
})
