/** Every with* method of the resources part: a new frozen builder, a frozen definition, the original unchanged. */
import { describe, expect, it } from 'vitest'
import { type UserPoolBuilder, userPool } from '../../src/index.js'
import * as sdk from '../../src/sdk/index.js'

const base = userPool('P')
  .withClient('Web')
  .withDomain('D', { cognitoDomain: { domainPrefix: 'my-app' } })

const steps: readonly (readonly [
  string,
  (b: UserPoolBuilder<any, any, any>) => UserPoolBuilder<any, any, any>,
  string,
])[] = [
  ['withClient', (b) => b.withClient('Other', { generateSecret: true }), 'POther'],
  [
    'withDomain',
    (b) =>
      b.withDomain('Custom', {
        customDomain: {
          domainName: 'auth.example.com',
          certificate: 'arn:aws:acm:us-east-1:111111111111:certificate/x',
        },
      }),
    'PCustom',
  ],
  ['withResourceServer', (b) => b.withResourceServer('Api', { identifier: 'api' }), 'PApi'],
  ['withGroup', (b) => b.withGroup('Admins'), 'PAdmins'],
  [
    'withIdentityProvider',
    (b) => b.withIdentityProvider('facebook', 'Fb', { clientId: 'f', clientSecret: 's' }),
    'PFb',
  ],
  [
    'withManagedLoginBranding',
    (b) => b.withManagedLoginBranding('Brand', { client: 'Web', useCognitoProvidedValues: true }),
    'PBrand',
  ],
  [
    'withRiskConfiguration',
    (b) => b.withRiskConfiguration('Risk', { compromisedCredentials: { eventAction: 'BLOCK' } }),
    'PRisk',
  ],
  ['withUICustomization', (b) => b.withUICustomization('Ui', { css: '.x{}' }), 'PUi'],
  [
    'withLogDelivery',
    (b) =>
      b.withLogDelivery({
        logConfigurations: [
          { eventSource: 'userNotification', logLevel: 'ERROR', logGroupArn: 'arn:aws:logs:us-east-1:1:log-group:x' },
        ],
      }),
    'PLogDelivery',
  ],
]

describe('with* methods are immutable', () => {
  it.each(steps)('%s', (_name, step, logicalId) => {
    const before = JSON.stringify(base.toCloudFormation())
    const after = step(base)
    expect(after).not.toBe(base)
    expect(Object.isFrozen(after)).toBe(true)
    const def = after.toDefinition()
    expect(Object.isFrozen(def)).toBe(true)
    expect(Object.isFrozen(def.extras)).toBe(true)
    expect(JSON.stringify(base.toCloudFormation())).toBe(before)
    expect(base.toCloudFormation().Resources).not.toHaveProperty(logicalId)
    expect(after.toCloudFormation().Resources).toHaveProperty(logicalId)
  })

  it('a resource server without scopes emits no Scopes (DEVIATIONS R8)', () => {
    expect(
      userPool('P').withResourceServer('Api', { identifier: 'api', scopes: [] }).toCloudFormation().Resources.PApi
        ?.Properties,
    ).toEqual({
      Identifier: 'api',
      Name: 'api',
      UserPoolId: { Ref: 'P' },
    })
  })

  it('the ./sdk subpath exports exactly its public surface', () => {
    expect(Object.keys(sdk).sort()).toMatchInlineSnapshot(`
      [
        "ProvisioningError",
        "apply",
        "toSdkRequests",
      ]
    `)
  })
})
