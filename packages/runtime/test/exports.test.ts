/**
 * The public surface: what each entry exports (catches accidental exports), and which
 * implementation each export condition selects.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'))

const ERRORS = [
  'CognitoJwtInvalidClientIdError',
  'CognitoJwtInvalidGroupError',
  'CognitoJwtInvalidTokenUseError',
  'CognitoRuntimeError',
  'JwkValidationError',
  'JwksFetchError',
  'JwksValidationError',
  'JwtCustomCheckError',
  'JwtExpiredError',
  'JwtInvalidClaimError',
  'JwtInvalidClaimTypeError',
  'JwtInvalidIssuerError',
  'JwtInvalidScopeError',
  'JwtInvalidSignatureAlgorithmError',
  'JwtInvalidSignatureError',
  'JwtIssuedInFutureError',
  'JwtMissingClaimError',
  'JwtNotBeforeError',
  'JwtParseError',
  'JwtTooLargeError',
  'JwtUnsupportedHeaderError',
  'JwtVerificationError',
  'JwtWithoutValidKidError',
  'KidNotFoundInJwksError',
  'OptionsValidationError',
  'WaitPeriodNotYetEndedJwkError',
]
const JWT = [...ERRORS, 'createCognitoVerifier', 'isCognitoRuntimeError', 'parseUserPoolId'].sort()
const HTTP = [
  'BearerTokenError',
  'CognitoRuntimeError',
  'authenticateLambdaEvent',
  'authenticateRequest',
  'authorizationOf',
  'createNodeAuthenticator',
  'expressAuthenticate',
  'fastifyAuthenticate',
  'isCognitoRuntimeError',
  'readBearerToken',
  'wwwAuthenticate',
]

const keys = async (path: string) => Object.keys(await import(path)).sort()

describe('public surface', () => {
  it('./jwt exports the same names on every platform', async () => {
    expect(await keys('../src/jwt/index.node.ts')).toEqual(JWT)
    expect(await keys('../src/jwt/index.ts')).toEqual(JWT)
  })

  it('the root adds the backend helpers and OAuthFlowError', async () => {
    const expected = [...new Set([...JWT, ...HTTP, 'OAuthFlowError'])].sort()
    expect(await keys('../src/index.node.ts')).toEqual(expected)
    expect(await keys('../src/index.ts')).toEqual(expected)
  })

  it('./hosted-ui, ./oauth and ./http export only their own API', async () => {
    expect(await keys('../src/hosted-ui/index.ts')).toEqual([
      'CognitoRuntimeError',
      'FIPS_REGIONS',
      'OptionsValidationError',
      'cognitoDomainUrl',
      'createPkcePair',
      'hostedUi',
      'isCognitoRuntimeError',
      'pkceChallenge',
      'randomCodeVerifier',
      'randomNonce',
      'randomState',
    ])
    expect(await keys('../src/oauth/index.ts')).toEqual([
      'CognitoRuntimeError',
      'OAuthFlowError',
      'OptionsValidationError',
      'cognitoOAuth',
      'discoverCognitoOAuth',
      'isCognitoRuntimeError',
    ])
    expect(await keys('../src/http/index.ts')).toEqual(HTTP)
  })
})

describe('export conditions', () => {
  async function resolvedInputs(specifier: string, platform: 'node' | 'browser', conditions: string[]) {
    const result = await build({
      stdin: { contents: `export * from '${specifier}'`, resolveDir: root, loader: 'js' },
      bundle: true,
      write: false,
      metafile: true,
      platform,
      conditions,
      logLevel: 'silent',
      external: ['node:*', 'jose', 'openid-client'],
    })
    return Object.keys(result.metafile.inputs)
  }

  it('selects the node:crypto implementation for node and WebCrypto otherwise (no runtime sniffing)', async () => {
    const node = await resolvedInputs('@cognito-kit/runtime/jwt', 'node', ['@cognito-kit/source'])
    expect(node.some((p) => p.endsWith('src/internal/node-crypto-backend.ts'))).toBe(true)
    expect(node.some((p) => p.endsWith('src/internal/webcrypto-backend.ts'))).toBe(false)
    const browser = await resolvedInputs('@cognito-kit/runtime/jwt', 'browser', ['@cognito-kit/source'])
    expect(browser.some((p) => p.endsWith('src/internal/webcrypto-backend.ts'))).toBe(true)
    expect(browser.some((p) => p.endsWith('src/internal/node-crypto-backend.ts'))).toBe(false)
  })

  it('maps node, browser, worker, import and require to the built files, types first', () => {
    for (const subpath of ['.', './jwt']) {
      const name = subpath === '.' ? 'index' : 'jwt'
      const entry = pkg.exports[subpath]
      expect(Object.keys(entry)).toEqual(['@cognito-kit/source', 'browser', 'worker', 'node', 'import', 'require'])
      expect(entry.node.import).toEqual({ types: `./dist/${name}.node.d.ts`, default: `./dist/${name}.node.js` })
      expect(entry.node.require).toEqual({ types: `./dist/${name}.node.d.cts`, default: `./dist/${name}.node.cjs` })
      for (const web of [entry.browser, entry.worker, entry.import]) {
        expect(web).toEqual({ types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` })
      }
      expect(entry.require).toEqual({ types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` })
    }
    for (const subpath of ['./hosted-ui', './oauth', './http']) {
      expect(Object.keys(pkg.exports[subpath].import)).toEqual(['types', 'default'])
    }
    expect(pkg.sideEffects).toBe(false)
  })
})
