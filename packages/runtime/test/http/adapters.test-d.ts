import { describe, expectTypeOf, it } from 'vitest'
import {
  authenticateLambdaEvent,
  authenticateRequest,
  createNodeAuthenticator,
  expressAuthenticate,
  fastifyAuthenticate,
} from '../../src/http/index.js'
import type { CognitoAccessTokenClaims } from '../../src/jwt/index.node.js'
import { createCognitoVerifier } from '../../src/jwt/index.node.js'

const verifier = createCognitoVerifier({ userPoolId: 'eu-west-1_A', tokenUse: 'access', clientId: 'c' })

describe('backend helper types', () => {
  it('carries the verifier’s claims type through every adapter', async () => {
    const result = await authenticateRequest(verifier, 'Bearer x')
    if (result.ok) expectTypeOf(result.claims).toEqualTypeOf<CognitoAccessTokenClaims>()
    else expectTypeOf(result.status).toEqualTypeOf<400 | 401 | 403 | 503>()
    const node = createNodeAuthenticator(verifier)
    expectTypeOf(node).returns.resolves.toEqualTypeOf<CognitoAccessTokenClaims | undefined>()
    const middleware = expressAuthenticate(verifier)
    const req: Parameters<typeof middleware>[0] = { headers: {} }
    expectTypeOf(req.auth?.claims).toEqualTypeOf<CognitoAccessTokenClaims | undefined>()
    const hook = fastifyAuthenticate(verifier)
    expectTypeOf<NonNullable<Parameters<typeof hook>[0]['auth']>['claims']>().toEqualTypeOf<CognitoAccessTokenClaims>()
    const lambda = await authenticateLambdaEvent(verifier, { headers: { authorization: 'Bearer x' } })
    if (lambda.ok) expectTypeOf(lambda.claims.client_id).toEqualTypeOf<string>()
    else expectTypeOf(lambda.response.statusCode).toEqualTypeOf<number>()
  })
})
