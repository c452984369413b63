/** Catalogue §1.8, §3.6, §3.10 and the CDK's identity-provider tests (§4.7). */
import { describe, expect, it } from 'vitest'
import * as ours from '../../src/index.js'
import { cdkLogicalId } from '../../src/internal/logical-id.js'
import { lib } from '../support/cdk-oracle.js'
import { expectParityExcept, type PoolSide, type ResourceSide, scenario } from './resource-sides.js'
import { expectParity } from './support/parity.js'

const idpId = (id: string) => cdkLogicalId([id, 'Resource'])
const poolProps = (s: ResourceSide) => ({
  customAttributes: { uid: new s.StringAttribute(), tenant: new s.StringAttribute() },
})

/** Every provider attribute of the CDK's `ProviderAttribute`, by the same constant name. */
describe('ProviderAttribute', () => {
  it('has every constant of the CDK with the same attribute names, and other()', () => {
    const cdkNames = Object.entries(lib.cognito.ProviderAttribute)
      .filter(([, v]) => v instanceof lib.cognito.ProviderAttribute)
      .map(([k, v]) => [k, (v as { attributeName: string }).attributeName])
    const ourNames = Object.entries(ours.ProviderAttribute)
      .filter(([, v]) => v instanceof ours.ProviderAttribute)
      .map(([k, v]) => [k, (v as { attributeName: string }).attributeName])
    expect(ourNames.sort()).toEqual(cdkNames.sort())
    expect(cdkNames.length).toBe(28)
    expect(ours.ProviderAttribute.other('url').attributeName).toBe('url')
  })
  it('OidcAttributeRequestMethod, SigningAlgorithm and the SAML metadata types have the CDK values', () => {
    expect({ ...ours.OidcAttributeRequestMethod }).toEqual({ ...lib.cognito.OidcAttributeRequestMethod })
    expect({ ...ours.SigningAlgorithm }).toEqual({ ...lib.cognito.SigningAlgorithm })
    expect({ ...ours.UserPoolIdentityProviderSamlMetadataType }).toEqual({
      ...lib.cognito.UserPoolIdentityProviderSamlMetadataType,
    })
  })
})

const rows: readonly (readonly [string, (p: PoolSide) => void])[] = [
  [
    'amazon: defaults',
    (p) => p.idp('amazon', 'Amazon', { clientId: 'amzn-client-id', clientSecret: 'amzn-client-secret' }),
  ],
  [
    'amazon: scopes (space-joined)',
    (p) => p.idp('amazon', 'Amazon', { clientId: 'a', clientSecret: 's', scopes: ['scope1', 'scope2'] }),
  ],
  [
    'amazon: standard attribute mapping',
    (p) =>
      p.idp('amazon', 'Amazon', {
        clientId: 'a',
        clientSecret: 's',
        attributeMapping: {
          email: p.s.ProviderAttribute.AMAZON_EMAIL,
          fullname: p.s.ProviderAttribute.AMAZON_NAME,
          website: p.s.ProviderAttribute.other('url'),
          address: p.s.ProviderAttribute.AMAZON_POSTAL_CODE,
        },
      }),
  ],
  [
    'amazon: custom mapping already prefixed (custom:uid)',
    (p) =>
      p.idp('amazon', 'Amazon', {
        clientId: 'a',
        clientSecret: 's',
        attributeMapping: { custom: { 'custom:uid': p.s.ProviderAttribute.AMAZON_USER_ID } },
      }),
  ],
  [
    'amazon: empty mapping → omitted',
    (p) => p.idp('amazon', 'Amazon', { clientId: 'a', clientSecret: 's', attributeMapping: {} }),
  ],
  ['facebook: defaults', (p) => p.idp('facebook', 'Facebook', { clientId: 'fb', clientSecret: 'fbs' })],
  [
    'facebook: scopes (comma-joined) and api version',
    (p) =>
      p.idp('facebook', 'Facebook', {
        clientId: 'f',
        clientSecret: 'fs',
        scopes: ['public_profile', 'email'],
        apiVersion: 'v17.0',
      }),
  ],
  [
    'facebook: mapping',
    (p) =>
      p.idp('facebook', 'Facebook', {
        clientId: 'f',
        clientSecret: 'fs',
        attributeMapping: {
          birthdate: p.s.ProviderAttribute.FACEBOOK_BIRTHDAY,
          givenName: p.s.ProviderAttribute.FACEBOOK_FIRST_NAME,
          familyName: p.s.ProviderAttribute.FACEBOOK_LAST_NAME,
          middleName: p.s.ProviderAttribute.FACEBOOK_MIDDLE_NAME,
          gender: p.s.ProviderAttribute.FACEBOOK_GENDER,
          locale: p.s.ProviderAttribute.FACEBOOK_LOCALE,
          email: p.s.ProviderAttribute.FACEBOOK_EMAIL,
          nickname: p.s.ProviderAttribute.FACEBOOK_NAME,
        },
      }),
  ],
  ['google: clientSecret string', (p) => p.idp('google', 'Google', { clientId: 'g', clientSecret: 'gs' })],
  [
    'google: clientSecretValue from Secrets Manager',
    (p) => p.idp('google', 'Google', { clientId: 'g', clientSecretValue: p.s.secret('google-secret') }),
  ],
  [
    'google: plain-text SecretValue and scopes',
    (p) =>
      p.idp('google', 'Google', {
        clientId: 'g',
        clientSecretValue: p.s.plain('gs'),
        scopes: ['profile', 'email', 'openid'],
      }),
  ],
  [
    'google: mapping',
    (p) =>
      p.idp('google', 'Google', {
        clientId: 'g',
        clientSecret: 'gs',
        attributeMapping: {
          email: p.s.ProviderAttribute.GOOGLE_EMAIL,
          emailVerified: p.s.ProviderAttribute.GOOGLE_EMAIL_VERIFIED,
          givenName: p.s.ProviderAttribute.GOOGLE_GIVEN_NAME,
          familyName: p.s.ProviderAttribute.GOOGLE_FAMILY_NAME,
          fullname: p.s.ProviderAttribute.GOOGLE_NAME,
          profilePicture: p.s.ProviderAttribute.GOOGLE_PICTURE,
          phoneNumber: p.s.ProviderAttribute.GOOGLE_PHONE_NUMBERS,
          birthdate: p.s.ProviderAttribute.GOOGLE_BIRTHDAYS,
          gender: p.s.ProviderAttribute.GOOGLE_GENDER,
          nickname: p.s.ProviderAttribute.GOOGLE_NAMES,
        },
      }),
  ],
  ['apple: privateKey', (p) => p.idp('apple', 'Apple', { clientId: 'a', teamId: 't', keyId: 'k', privateKey: 'pk' })],
  [
    'apple: privateKeyValue from Secrets Manager (§3.10)',
    (p) =>
      p.idp('apple', 'Apple', { clientId: 'a', teamId: 't', keyId: 'k', privateKeyValue: p.s.secret('apple-key') }),
  ],
  [
    'apple: scopes and mapping',
    (p) =>
      p.idp('apple', 'Apple', {
        clientId: 'a',
        teamId: 't',
        keyId: 'k',
        privateKey: 'pk',
        scopes: ['name', 'email'],
        attributeMapping: {
          email: p.s.ProviderAttribute.APPLE_EMAIL,
          emailVerified: p.s.ProviderAttribute.APPLE_EMAIL_VERIFIED,
          fullname: p.s.ProviderAttribute.APPLE_NAME,
          givenName: p.s.ProviderAttribute.APPLE_FIRST_NAME,
          familyName: p.s.ProviderAttribute.APPLE_LAST_NAME,
        },
      }),
  ],
  [
    'oidc: defaults (name derived from the path: SOidcD8844C94)',
    (p) => p.idp('oidc', 'Oidc', { clientId: 'o', clientSecret: 'os', issuerUrl: 'https://issuer.example.com' }),
  ],
  [
    "oidc: name '' is no name (the CDK tests truthiness): the name is derived",
    (p) =>
      p.idp('oidc', 'Oidc', { clientId: 'o', clientSecret: 'os', issuerUrl: 'https://issuer.example.com', name: '' }),
  ],
  [
    'oidc: identifiers (§3.10)',
    (p) =>
      p.idp('oidc', 'Oidc', {
        clientId: 'o',
        clientSecret: 'os',
        issuerUrl: 'https://issuer.example.com',
        identifiers: ['corp'],
      }),
  ],
  [
    'oidc: endpoints, scopes, POST, name',
    (p) =>
      p.idp('oidc', 'Oidc', {
        clientId: 'o',
        clientSecret: 'os',
        issuerUrl: 'https://issuer.example.com',
        name: 'CorpOidc',
        scopes: ['openid', 'email'],
        attributeRequestMethod: p.s.OidcAttributeRequestMethod.POST,
        endpoints: {
          authorization: 'https://issuer.example.com/authorize',
          token: 'https://issuer.example.com/token',
          userInfo: 'https://issuer.example.com/userinfo',
          jwksUri: 'https://issuer.example.com/jwks',
        },
      }),
  ],
  [
    'oidc: a short id gets the "oidc" suffix only if the unique id is short',
    (p) => p.idp('oidc', 'xy', { clientId: 'o', clientSecret: 'os', issuerUrl: 'https://issuer.example.com' }),
  ],
  [
    'oidc: a long id is cut to 16 + 16 characters',
    (p) =>
      p.idp('oidc', `${'oidc'.repeat(10)}xyz`, {
        clientId: 'o',
        clientSecret: 'os',
        issuerUrl: 'https://issuer.example.com',
      }),
  ],
  [
    'oidc: mapping of an OIDC claim',
    (p) =>
      p.idp('oidc', 'Oidc', {
        clientId: 'o',
        clientSecret: 'os',
        issuerUrl: 'https://issuer.example.com',
        attributeMapping: {
          email: p.s.ProviderAttribute.other('email'),
          phoneNumber: p.s.ProviderAttribute.other('phone'),
        },
      }),
  ],
  [
    'registered with the pool: a later client lists every provider, then COGNITO',
    (p) => {
      p.idp('amazon', 'Amazon', { clientId: 'a', clientSecret: 's' })
      p.idp('google', 'Google', { clientId: 'g', clientSecret: 'gs' })
      p.idp('oidc', 'Oidc', {
        clientId: 'o',
        clientSecret: 'os',
        issuerUrl: 'https://issuer.example.com',
        name: 'Corp',
      })
      p.client('Client')
    },
  ],
]

describe('identity providers: identical to the CDK', () => {
  it.each(rows)('%s', (_name, build) => expectParity(scenario(build, { poolProps })))
})

/** SAML `ProviderDetails` values are strings for CloudFormation; the CDK emits booleans. */
const samlStrings = (id: string) => (r: Record<string, any>) => {
  const details = r[idpId(id)].Properties.ProviderDetails
  for (const k of Object.keys(details)) if (typeof details[k] === 'boolean') details[k] = String(details[k])
  return r
}

describe('providerName as a reference', () => {
  it('UserPoolClientIdentityProvider.custom(provider.providerName): identical to the CDK (a Ref, no DependsOn)', () => {
    const options = { logicalIds: 'cdk', stackId: 'S' } as const
    const oidc = { clientId: 'o', clientSecret: 's', issuerUrl: 'https://issuer.example.com' }
    expectParity({
      cdk: (stack, l) => {
        const pool = new l.cognito.UserPool(stack, 'P')
        const provider = new l.cognito.UserPoolIdentityProviderOidc(stack, 'Corp', { userPool: pool, ...oidc })
        pool.addClient('Web', {
          supportedIdentityProviders: [
            l.cognito.UserPoolClientIdentityProvider.custom(provider.providerName),
            l.cognito.UserPoolClientIdentityProvider.COGNITO,
          ],
        })
      },
      ours: () => {
        const pool = ours.userPool('P').withIdentityProvider('oidc', 'Corp', oidc)
        return pool.withClient('Web', {
          supportedIdentityProviders: [
            ours.UserPoolClientIdentityProvider.custom(pool.identityProviderName('Corp', options)),
            ours.UserPoolClientIdentityProvider.COGNITO,
          ],
        })
      },
    })
    expect(() => ours.userPool('P').identityProviderName('Nope')).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ rule: 'UnknownIdentityProvider' })] }),
    )
  })
})

describe('identity providers: deliberate deviations (DEVIATIONS.md)', () => {
  it('Q14: custom attribute mappings get their custom: prefix (§3.6)', () => {
    expectParityExcept(
      scenario(
        (p) => {
          p.idp('amazon', 'Amazon', {
            clientId: 'amzn-client',
            clientSecret: 'amzn-secret',
            attributeMapping: {
              email: p.s.ProviderAttribute.AMAZON_EMAIL,
              fullname: p.s.ProviderAttribute.AMAZON_NAME,
              custom: {
                'custom:uid': p.s.ProviderAttribute.AMAZON_USER_ID,
                tenant: p.s.ProviderAttribute.AMAZON_POSTAL_CODE,
              },
            },
          })
          p.client('Client')
        },
        { poolProps },
      ),
      (r) => {
        const mapping = r[idpId('Amazon')].Properties.AttributeMapping
        expect(mapping).toEqual({ email: 'email', name: 'name', 'custom:uid': 'user_id', tenant: 'postal_code' })
        r[idpId('Amazon')].Properties.AttributeMapping = {
          email: 'email',
          name: 'name',
          'custom:uid': 'user_id',
          'custom:tenant': 'postal_code',
        }
        return r
      },
    )
  })

  const samlRows: readonly (readonly [string, (p: PoolSide) => void])[] = [
    [
      'saml: metadata URL (name SSamlC6FEA1F2)',
      (p) =>
        p.idp('saml', 'Saml', {
          metadata: p.s.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/metadata'),
        }),
    ],
    [
      'saml: metadata file and a name',
      (p) =>
        p.idp('saml', 'Saml', {
          name: 'CorpSaml',
          metadata: p.s.UserPoolIdentityProviderSamlMetadata.file('<EntityDescriptor/>'),
        }),
    ],
    [
      'saml: idpSignout',
      (p) =>
        p.idp('saml', 'Saml', {
          idpSignout: true,
          metadata: p.s.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/metadata'),
        }),
    ],
    [
      'saml: §3.10 encryption, request signing, IdP-initiated, identifiers, mapping',
      (p) =>
        p.idp('saml', 'Saml', {
          metadata: p.s.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/metadata'),
          encryptedResponses: true,
          requestSigningAlgorithm: p.s.SigningAlgorithm.RSA_SHA256,
          idpInitiated: true,
          identifiers: ['saml-corp'],
          attributeMapping: {
            email: p.s.ProviderAttribute.other('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'),
          },
        }),
    ],
    [
      'saml: encryptedResponses false is emitted',
      (p) =>
        p.idp('saml', 'Saml', {
          encryptedResponses: false,
          metadata: p.s.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/m'),
        }),
    ],
    [
      "saml: name '' is no name: the name is derived",
      (p) =>
        p.idp('saml', 'Saml', {
          name: '',
          metadata: p.s.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/m'),
        }),
    ],
    [
      'saml: a short id gets the "saml" suffix only if needed',
      (p) =>
        p.idp('saml', 'xy', { metadata: p.s.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/m') }),
    ],
    [
      'saml: a long id is cut in the middle',
      (p) =>
        p.idp('saml', `${'saml'.repeat(10)}xyz`, {
          metadata: p.s.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/m'),
        }),
    ],
  ]
  it.each(samlRows)('SAML ProviderDetails as strings — %s', (name, build) => {
    const id = name.includes('short') ? 'xy' : name.includes('long') ? `${'saml'.repeat(10)}xyz` : 'Saml'
    expectParityExcept(scenario(build), samlStrings(id))
  })
})
