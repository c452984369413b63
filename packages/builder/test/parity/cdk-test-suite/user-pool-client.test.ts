/** The CDK's `user-pool-client.test.ts`, replayed through the builder's public API. */
import { describe, expect, it } from 'vitest'
import * as ours from '../../../src/index.js'
import { synthCdk } from '../../support/cdk-oracle.js'
import { expectParity } from '../support/parity.js'
import {
  ALL_STANDARD_ATTRIBUTES as ALL_STANDARD,
  cdkAccepts,
  expectSameRefusal,
  mirror,
  ourRefusal,
  refusals,
} from './support/mirror.js'

describe('CDK user-pool-client.test.ts', () => {
  it('a client with no options, created with its own constructor', () => {
    expectParity(mirror((p) => p.client('Client', {}, true), { standalone: ['Client'] }))
  })

  it('one client with a name, one without', () => {
    expectParity(
      mirror(
        (p) => {
          p.client('Client1', { userPoolClientName: 'myclient' }, true)
          p.client('Client2', {}, true)
        },
        { standalone: ['Client1', 'Client2'] },
      ),
    )
  })

  describe('client secrets', () => {
    it('generateSecret: the client is the CDK one; the secret is a GetAtt, not a custom resource (R6)', () => {
      const c = mirror((p) => p.client('clientWithSecret', { generateSecret: true }, true), {
        standalone: ['clientWithSecret'],
      })
      expectParity(c)
      const pool = c.ours()
      const options = {
        logicalIds: 'cdk',
        stackId: 'S',
        constructPaths: { clientWithSecret: ['clientWithSecret'] },
      } as const
      const id = Object.keys(pool.toCloudFormation(options).Resources).find((k) => k.startsWith('clientWithSecret'))
      expect(pool.clientSecret('clientWithSecret', options)).toEqual({ 'Fn::GetAtt': [id, 'ClientSecret'] })
    })

    it.each([false, undefined])('generateSecret: %s gives no secret', (generateSecret) => {
      const c = mirror((p) => p.client('clientWithoutSecret', { generateSecret }, true), {
        standalone: ['clientWithoutSecret'],
      })
      expectParity(c)
      expect(() => c.ours().clientSecret('clientWithoutSecret')).toThrow(/generateSecret/)
    })
  })

  it('fromUserPoolClientId keeps the id', () => {
    expect(ours.fromUserPoolClientId('client-id-1').userPoolClientId).toBe('client-id-1')
  })

  describe('ExplicitAuthFlows', () => {
    it('absent by default', () => expectParity(mirror((p) => p.client('Client'))))
    it('every flow, in the CDK order', () =>
      expectParity(
        mirror((p) =>
          p.client('Client', {
            authFlows: { adminUserPassword: true, custom: true, userPassword: true, userSrp: true, user: true },
          }),
        ),
      ))
    it('all false: only the refresh-token flow', () =>
      expectParity(
        mirror((p) =>
          p.client('Client', {
            authFlows: { adminUserPassword: false, custom: false, userPassword: false, userSrp: false, user: false },
          }),
        ),
      ))
    it('absent for authFlows: {}', () => expectParity(mirror((p) => p.client('Client', { authFlows: {} }))))
    it('userSrp alone adds the refresh-token flow', () =>
      expectParity(mirror((p) => p.client('Client', { authFlows: { userSrp: true } }))))
  })

  it('AllowedOAuthFlows: code + implicit, and client credentials', () => {
    expectParity(
      mirror((p) => {
        p.client('Client1', {
          oAuth: { flows: { authorizationCodeGrant: true, implicitCodeGrant: true }, scopes: [p.a.m.OAuthScope.PHONE] },
        })
        p.client('Client2', { oAuth: { flows: { clientCredentials: true }, scopes: [p.a.m.OAuthScope.PHONE] } })
      }),
    )
  })

  it('callback URL defaults per flow (none for client credentials)', () => {
    expectParity(
      mirror((p) => {
        p.client('Client1', { oAuth: { flows: { clientCredentials: true } } })
        p.client('Client2', { oAuth: { flows: { authorizationCodeGrant: true } } })
        p.client('Client3', { oAuth: { flows: { implicitCodeGrant: true } } })
      }),
    )
  })

  it('no callback URLs when OAuth is disabled', () => {
    expectParity(mirror((p) => p.client('PoolClient', { disableOAuth: true }, true), { standalone: ['PoolClient'] }))
  })

  it.each([
    ['implicit', { implicitCodeGrant: true }],
    ['code', { authorizationCodeGrant: true }],
  ])('empty callback URLs with the %s grant are refused', (_name, flows) => {
    expectSameRefusal(
      refusals((p) => p.client('Client1', { oAuth: { flows, callbackUrls: [] } })),
      'clients.Client1.oAuth.callbackUrls',
    )
  })

  it('empty callback URLs with client credentials are accepted', () => {
    expectParity(
      mirror((p) => p.client('Client4', { oAuth: { flows: { clientCredentials: true }, callbackUrls: [] } })),
    )
  })

  it('logout URLs', () => {
    expectParity(mirror((p) => p.client('Client', { oAuth: { logoutUrls: ['https://example.com'] } })))
  })

  it.each([
    ['code', { authorizationCodeGrant: true, clientCredentials: true }],
    ['implicit', { implicitCodeGrant: true, clientCredentials: true }],
  ])('client credentials with the %s grant are refused', (_name, flows) => {
    expectSameRefusal(
      refusals((p) => p.client('Client1', { oAuth: { flows, scopes: [p.a.m.OAuthScope.PHONE] } })),
      'clients.Client1.oAuth.flows',
    )
  })

  it('every standard scope and a custom one', () => {
    expectParity(
      mirror((p) => {
        const S = p.a.m.OAuthScope
        p.client('Client', {
          oAuth: {
            flows: { clientCredentials: true },
            scopes: [
              S.PHONE,
              S.EMAIL,
              S.OPENID,
              S.PROFILE,
              S.COGNITO_ADMIN,
              S.custom('my-resource-server/my-own-scope'),
            ],
          },
        })
      }),
    )
  })

  it('a resource-server scope (ResourceServerScope + OAuthScope.resourceServer)', () => {
    expectParity(
      mirror((p) => {
        const scope = new p.a.m.ResourceServerScope({ scopeName: 'scope-name', scopeDescription: 'scope-desc' })
        const server = p.resourceServer('ResourceServer', { identifier: 'resource-server', scopes: [scope] })
        p.client('Client', {
          oAuth: { flows: { clientCredentials: true }, scopes: [p.a.m.OAuthScope.resourceServer(server, scope)] },
        })
      }),
    )
  })

  it('openid is added to phone, email and profile, not to the admin scope', () => {
    expectParity(
      mirror((p) => {
        const S = p.a.m.OAuthScope
        for (const [name, scope] of [
          ['Client1', S.PHONE],
          ['Client2', S.EMAIL],
          ['Client3', S.PROFILE],
          ['Client4', S.COGNITO_ADMIN],
        ] as const) {
          p.client(name, { userPoolClientName: name, oAuth: { flows: { clientCredentials: true }, scopes: [scope] } })
        }
      }),
    )
  })

  it.each([true, false, undefined])('preventUserExistenceErrors: %s', (preventUserExistenceErrors) => {
    expectParity(mirror((p) => p.client('Client', { preventUserExistenceErrors }, true), { standalone: ['Client'] }))
  })

  it('a registered imported provider is a default provider of later clients (registerIdentityProvider)', () => {
    expectParity({
      constructPaths: { Client: ['Client'] },
      cdk: (stack, l) => {
        const pool = new l.cognito.UserPool(stack, 'Pool')
        pool.registerIdentityProvider(
          l.cognito.UserPoolIdentityProvider.fromProviderName(stack, 'imported', 'userpool-idp'),
        )
        new l.cognito.UserPoolClient(stack, 'Client', { userPool: pool })
      },
      ours: () =>
        ours.userPool('Pool').registerIdentityProvider(ours.fromProviderName('userpool-idp')).withClient('Client'),
    })
  })

  it('supportedIdentityProviders: every built-in provider', () => {
    expectParity(
      mirror((p) => {
        const P = p.a.m.UserPoolClientIdentityProvider
        p.client('AllEnabled', {
          userPoolClientName: 'AllEnabled',
          supportedIdentityProviders: [P.COGNITO, P.FACEBOOK, P.AMAZON, P.GOOGLE, P.APPLE],
        })
      }),
    )
  })

  it('disableOAuth: true and false', () => {
    expectParity(
      mirror((p) => {
        p.client('OAuthDisabled', { userPoolClientName: 'OAuthDisabled', disableOAuth: true })
        p.client('OAuthEnabled', { userPoolClientName: 'OAuthEnabled', disableOAuth: false })
      }),
    )
  })

  it('oAuth with disableOAuth is refused', () => {
    expectSameRefusal(
      refusals((p) => p.client('Client', { disableOAuth: true, oAuth: { flows: { authorizationCodeGrant: true } } })),
      'clients.Client.oAuth',
    )
  })

  it('EnableTokenRevocation absent by default', () => expectParity(mirror((p) => p.client('Client'))))
  it('enableTokenRevocation through addClient', () =>
    expectParity(mirror((p) => p.client('Client', { enableTokenRevocation: true }))))
  it('enableTokenRevocation through the constructor', () =>
    expectParity(
      mirror((p) => p.client('Client1', { enableTokenRevocation: true }, true), { standalone: ['Client1'] }),
    ))

  describe('auth session validity', () => {
    it('3, 9 and 15 minutes, and none', () => {
      expectParity(
        mirror((p) => {
          const D = p.a.m.Duration
          p.client('Client1', { userPoolClientName: 'Client1', authSessionValidity: D.minutes(3) })
          p.client('Client2', { userPoolClientName: 'Client2', authSessionValidity: D.minutes(9) })
          p.client('Client3', { userPoolClientName: 'Client3', authSessionValidity: D.minutes(15) })
          p.client('Client5', { userPoolClientName: 'Client4' })
        }),
      )
    })

    it.each([
      ['0 minutes', (D: any) => D.minutes(0)],
      ['1 minute', (D: any) => D.minutes(1)],
      ['3 minutes minus 1', (D: any) => D.minutes(3).minus(D.minutes(1))],
      ['15 minutes plus 1', (D: any) => D.minutes(15).plus(D.minutes(1))],
      ['100 minutes', (D: any) => D.minutes(100)],
    ])('outside 3..15 minutes is refused with the CDK message (%s)', (_n, validity) => {
      const r = refusals((p) =>
        p.client('Client1', { userPoolClientName: 'Client1', authSessionValidity: validity(p.a.m.Duration) }),
      )
      expectSameRefusal(r, 'clients.Client1.authSessionValidity')
    })

    it.each([3, 9, 15])('%s minutes is accepted', (minutes) => {
      expectParity(
        mirror((p) =>
          p.client('Client1', { userPoolClientName: 'Client1', authSessionValidity: p.a.m.Duration.minutes(minutes) }),
        ),
      )
    })
  })

  describe('token validity', () => {
    it('each token alone, all three, and none', () => {
      expectParity(
        mirror((p) => {
          const D = p.a.m.Duration
          p.client('Client1', {
            userPoolClientName: 'Client1',
            accessTokenValidity: D.minutes(60),
            idTokenValidity: D.minutes(60),
            refreshTokenValidity: D.days(30),
          })
          p.client('Client2', { userPoolClientName: 'Client2', accessTokenValidity: D.minutes(60) })
          p.client('Client3', { userPoolClientName: 'Client3', idTokenValidity: D.minutes(60) })
          p.client('Client4', { userPoolClientName: 'Client4', refreshTokenValidity: D.days(30) })
          p.client('Client5', { userPoolClientName: 'Client5' })
        }),
      )
    })

    const outOfDay = [
      ['0 minutes', (D: any) => D.minutes(0)],
      ['4 minutes', (D: any) => D.minutes(4)],
      ['1 day 1 minute', (D: any) => D.days(1).plus(D.minutes(1))],
      ['2 days', (D: any) => D.days(2)],
    ] as const
    const overRefresh = [
      ['1 hour 1 minute', (D: any) => D.hours(1).plus(D.minutes(1))],
      ['12 hours', (D: any) => D.hours(12)],
      ['1 day', (D: any) => D.days(1)],
    ] as const

    for (const key of ['accessTokenValidity', 'idTokenValidity'] as const) {
      it.each(outOfDay)(`${key} outside 5 minutes..1 day is refused (%s)`, (_n, validity) => {
        const r = refusals((p) =>
          p.client('Client1', { userPoolClientName: 'Client1', [key]: validity(p.a.m.Duration) }),
        )
        expectSameRefusal(r, `clients.Client1.${key}`)
      })
      it.each(overRefresh)(`${key} over a 1-hour refresh token is refused (%s)`, (_n, validity) => {
        const r = refusals((p) =>
          p.client('Client1', {
            userPoolClientName: 'Client1',
            [key]: validity(p.a.m.Duration),
            refreshTokenValidity: p.a.m.Duration.hours(1),
          }),
        )
        expectSameRefusal(r, `clients.Client1.${key}`)
      })
      it.each([
        ['5 minutes', (D: any) => D.minutes(5)],
        ['60 minutes', (D: any) => D.minutes(60)],
        ['1 day', (D: any) => D.days(1)],
      ])(`${key} within 5 minutes..1 day is accepted (%s)`, (_n, validity) => {
        expectParity(
          mirror((p) => p.client('Client1', { userPoolClientName: 'Client1', [key]: validity(p.a.m.Duration) })),
        )
      })
      it.each([
        ['5 minutes', (D: any) => D.minutes(5)],
        ['60 minutes', (D: any) => D.minutes(60)],
        ['1 hour', (D: any) => D.hours(1)],
      ])(`${key} up to a 1-hour refresh token is accepted (%s)`, (_n, validity) => {
        expectParity(
          mirror((p) =>
            p.client('Client1', {
              userPoolClientName: 'Client1',
              [key]: validity(p.a.m.Duration),
              refreshTokenValidity: p.a.m.Duration.hours(1),
            }),
          ),
        )
      })
    }

    it.each([
      ['0 minutes', (D: any) => D.minutes(0)],
      ['59 minutes', (D: any) => D.minutes(59)],
      ['3650 days 1 minute', (D: any) => D.days(10 * 365).plus(D.minutes(1))],
      ['3651 days', (D: any) => D.days(10 * 365 + 1)],
    ])('refreshTokenValidity outside 1 hour..3650 days is refused (%s)', (_n, validity) => {
      const r = refusals((p) =>
        p.client('Client1', { userPoolClientName: 'Client1', refreshTokenValidity: validity(p.a.m.Duration) }),
      )
      expectSameRefusal(r, 'clients.Client1.refreshTokenValidity')
    })

    it.each([
      ['60 minutes', (D: any) => D.minutes(60)],
      ['120 minutes', (D: any) => D.minutes(120)],
      ['365 days', (D: any) => D.days(365)],
      ['3650 days', (D: any) => D.days(10 * 365)],
    ])('refreshTokenValidity within 1 hour..3650 days is accepted (%s)', (_n, validity) => {
      expectParity(
        mirror((p) =>
          p.client('Client1', { userPoolClientName: 'Client1', refreshTokenValidity: validity(p.a.m.Duration) }),
        ),
      )
    })
  })

  describe('read and write attributes', () => {
    it('absent by default', () => expectParity(mirror((p) => p.client('Client', {}))))

    const attributes = (p: any) => ({
      readAttributes: new p.a.m.ClientAttributes().withStandardAttributes(ALL_STANDARD),
      writeAttributes: new p.a.m.ClientAttributes()
        .withCustomAttributes('my_first')
        .withStandardAttributes({ givenName: true, familyName: true }),
    })

    it('every standard attribute and a custom one, declared on the pool', () => {
      expectParity(
        mirror((p) => p.client('Client', attributes(p)), {
          props: (a) => ({ customAttributes: { my_first: new a.m.StringAttribute() } }),
        }),
      )
    })

    it("the CDK test's undeclared custom attribute is refused (R23), the CDK accepts", () => {
      const build = (p: any) => p.client('Client', attributes(p))
      cdkAccepts(build)
      expect(ourRefusal(build).map((i) => i.rule)).toEqual(['UndeclaredCustomAttribute'])
    })
  })

  it('enablePropagateAdditionalUserContextData with a secret, through addClient', () =>
    expectParity(
      mirror((p) => p.client('Client', { generateSecret: true, enablePropagateAdditionalUserContextData: true })),
    ))

  it('enablePropagateAdditionalUserContextData with a secret, through the constructor', () =>
    expectParity(
      mirror(
        (p) => p.client('Client', { generateSecret: true, enablePropagateAdditionalUserContextData: true }, true),
        {
          standalone: ['Client'],
        },
      ),
    ))

  it.each([false, true])(
    'enablePropagateAdditionalUserContextData without a secret is refused (standalone: %s)',
    (s) => {
      const r = refusals((p) => p.client('Client', { enablePropagateAdditionalUserContextData: true }, s))
      expectSameRefusal(r, 'clients.Client.enablePropagateAdditionalUserContextData')
    },
  )

  it('defaultRedirectUri among the callback URLs', () => {
    expectParity(
      mirror(
        (p) =>
          p.client(
            'PoolClient',
            {
              oAuth: {
                defaultRedirectUri: 'https://aaa.example.com',
                callbackUrls: ['https://aaa.example.com', 'https://bbb.example.com', 'https://ccc.example.com'],
              },
            },
            true,
          ),
        { standalone: ['PoolClient'] },
      ),
    )
  })

  it('defaultRedirectUri not among the callback URLs is refused', () => {
    const r = refusals((p) =>
      p.client(
        'PoolClient',
        {
          oAuth: {
            defaultRedirectUri: 'https://ddd.example.com',
            callbackUrls: ['https://aaa.example.com', 'https://bbb.example.com', 'https://ccc.example.com'],
          },
        },
        true,
      ),
    )
    expectSameRefusal(r, 'clients.PoolClient.oAuth.defaultRedirectUri')
  })

  it('a defaultRedirectUri over 1024 characters is refused', () => {
    const invalidUrl = `https://${'a'.repeat(1025)}.example.com`
    const r = refusals((p) =>
      p.client(
        'PoolClient',
        {
          oAuth: {
            defaultRedirectUri: invalidUrl,
            callbackUrls: [invalidUrl, 'https://bbb.example.com', 'https://ccc.example.com'],
          },
        },
        true,
      ),
    )
    // The CDK's message prints the pattern without its backslashes ([p{L}…]); the builder's keeps them.
    expectSameRefusal(r, 'clients.PoolClient.oAuth.defaultRedirectUri', false)
    expect(r.ours.find((i) => i.rule === r.cdk.code)?.message).toMatch(
      /^defaultRedirectUri must match the `\^\(\?=\.\{1,1024\}\$\)\[\\p\{L\}/,
    )
  })
})

// The secret the CDK reads through a custom resource is the client's own attribute in CloudFormation.
it('CDK user-pool-client.test.ts: the CDK reads the secret with a custom resource (R6)', () => {
  const t = synthCdk((stack, l) => {
    const pool = new l.cognito.UserPool(stack, 'Pool')
    void new l.cognito.UserPoolClient(stack, 'clientWithSecret', { userPool: pool, generateSecret: true })
      .userPoolClientSecret
  })
  expect(Object.values(t.Resources).map((r) => r.Type)).toContain('Custom::DescribeCognitoUserPoolClient')
})
