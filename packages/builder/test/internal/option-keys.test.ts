/** A misspelt option, or the CDK's `userPool` prop, fails at the `with*` call with its path (it used to vanish). */
import { describe, expect, it } from 'vitest'
import { DefinitionValidationError, userPool } from '../../src/index.js'

function issuesOf(fn: () => unknown): { path: string; rule: string; message: string }[] {
  try {
    fn()
  } catch (e) {
    if (e instanceof DefinitionValidationError)
      return e.issues.map(({ path, rule, message }) => ({ path, rule, message }))
    throw e
  }
  throw new Error('accepted')
}

const P = () => userPool('P')

describe('unknown option keys', () => {
  it.each([
    ['client', () => P().withClient('C', { generateSecrets: true } as never), 'clients.C.generateSecrets'],
    [
      'client oAuth',
      () => P().withClient('C', { oAuth: { callbackUrl: ['https://a.example.com'] } } as never),
      'clients.C.oAuth.callbackUrl',
    ],
    [
      'domain',
      () => P().withDomain('D', { cognitoDomain: { domainPrefix: 'my-app' }, managedLogin: 2 } as never),
      'domains.D.managedLogin',
    ],
    [
      'custom domain',
      () =>
        P().withDomain('D', {
          customDomain: {
            domainName: 'auth.example.com',
            certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/x',
          },
        } as never),
      'domains.D.customDomain.certificateArn',
    ],
    [
      'resource server',
      () => P().withResourceServer('R', { identifier: 'api', name: 'API' } as never),
      'resourceServers.R.name',
    ],
    [
      'identity provider',
      () => P().withIdentityProvider('google', 'G', { clientId: 'g', clientSecretValu: 's' } as never),
      'identityProviders.G.clientSecretValu',
    ],
    [
      'a prop of another kind',
      () => P().withIdentityProvider('amazon', 'A', { clientId: 'a', clientSecret: 's', apiVersion: 'v1' } as never),
      'identityProviders.A.apiVersion',
    ],
  ])('%s', (_n, build, path) => {
    const issues = issuesOf(build)
    expect(issues).toEqual([expect.objectContaining({ path, rule: 'Schema.unrecognized_keys' })])
    expect(issues[0]?.message).toMatch(/Unrecognized key/)
  })

  it("the CDK's userPool prop is named as implied by the with* call", () => {
    for (const build of [
      () => P().withClient('C', { userPool: {} } as never),
      () => P().withDomain('C', { userPool: {}, cognitoDomain: { domainPrefix: 'my-app' } } as never),
      () => P().withResourceServer('C', { userPool: {}, identifier: 'api' } as never),
      () => P().withIdentityProvider('amazon', 'C', { userPool: {}, clientId: 'a', clientSecret: 's' } as never),
      () =>
        P()
          .withClient('W')
          .withManagedLoginBranding('C', { userPoolId: 'x', client: 'W' } as never),
    ]) {
      expect(issuesOf(build)).toEqual([
        expect.objectContaining({
          path: expect.stringMatching(/\.C\.userPool(Id)?$/),
          message: expect.stringMatching(/implied/),
        }),
      ])
    }
  })

  it('an unknown key set to undefined is ignored (it carries no setting)', () => {
    expect(() => P().withClient('C', { somethingElse: undefined } as never)).not.toThrow()
  })
})
