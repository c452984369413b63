/**
 * Held-out-style checks of the backend helpers, as an outside tester would write them against RFC 6750
 * and RFC 9110: Authorization headers in every spelling a client, proxy or attacker produces, and
 * `WWW-Authenticate` challenges whose attributes hold quotes, backslashes, line breaks or non-ASCII.
 * The challenge must always parse back to what was meant (or leave a value out), and never let a
 * value break out of its quotes or the header.
 */
import { createServer, type Server } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BearerTokenError, OptionsValidationError } from '../../src/errors.js'
import {
  authenticateLambdaEvent,
  authenticateRequest,
  createNodeAuthenticator,
  expressAuthenticate,
  fastifyAuthenticate,
  readBearerToken,
  wwwAuthenticate,
} from '../../src/http/index.js'
import { createCognitoVerifier } from '../../src/jwt/index.node.js'
import { accessClaims, CLIENT_ID, jwksOf, POOL_ID, rsaKey, signToken } from '../helpers/tokens.js'

const key = rsaKey('key-1')
const verifier = createCognitoVerifier({
  userPoolId: POOL_ID,
  tokenUse: 'access',
  clientId: CLIENT_ID,
  jwks: jwksOf(key),
})
const good = signToken(accessClaims(), key)
const other = signToken(accessClaims({ username: 'mallory' }), key)

/**
 * Parses a `Bearer` challenge per RFC 7235 §2.1 (auth-params with token or quoted-string values,
 * `\` escapes inside quotes); throws when the text is not one.
 */
function parseChallenge(header: string): Record<string, string> {
  const match = /^Bearer(?: (.*))?$/.exec(header)
  if (match === null) throw new Error(`not a Bearer challenge: ${header}`)
  const params: Record<string, string> = {}
  const rest = match[1] ?? ''
  let i = 0
  while (i < rest.length) {
    const name = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)=/.exec(rest.slice(i))
    if (name === null) throw new Error(`bad auth-param at ${i}: ${rest}`)
    i += name[0].length
    let value = ''
    if (rest[i] === '"') {
      i++
      for (;;) {
        const c = rest[i]
        if (c === undefined) throw new Error(`unterminated quoted-string: ${rest}`)
        i++
        if (c === '"') break
        if (c === '\\') {
          const next = rest[i]
          if (next === undefined) throw new Error('dangling escape')
          value += next
          i++
        } else value += c
      }
    } else {
      const token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/.exec(rest.slice(i))
      if (token === null) throw new Error(`bad value at ${i}: ${rest}`)
      value = token[0]
      i += token[0].length
    }
    const key = (name[1] as string).toLowerCase()
    if (Object.hasOwn(params, key)) throw new Error(`repeated auth-param ${key}`)
    params[key] = value
    if (i < rest.length) {
      if (rest.slice(i, i + 2) !== ', ') throw new Error(`expected ", " at ${i}: ${rest}`)
      i += 2
    }
  }
  return params
}

describe('readBearerToken: Authorization headers in every spelling', () => {
  it('accepts the Bearer scheme in any case, with optional whitespace around the value and extra spaces before the token', () => {
    for (const header of [
      `Bearer ${good}`,
      `bearer ${good}`,
      `BEARER ${good}`,
      `bEaReR ${good}`,
      `Bearer   ${good}`,
      ` Bearer ${good}`,
      `Bearer ${good} `,
      `\tBearer ${good}\t`,
      [`Bearer ${good}`],
    ]) {
      expect(readBearerToken(header), JSON.stringify(header).slice(0, 30)).toBe(good)
    }
  })

  it('refuses other schemes, look-alike schemes, separators other than a space, and anything after the token', () => {
    for (const header of [
      `Basic ${Buffer.from('a:b').toString('base64')}`,
      `Token ${good}`,
      `JWT ${good}`,
      `Bearer: ${good}`,
      `Bearer=${good}`,
      `Bearer\t${good}`,
      `Bearer\u00a0${good}`,
      `Bearer${good}`,
      `Bearerx ${good}`,
      `B\u0435arer ${good}`,
      `Bearer ${good} ${good}`,
      `Bearer ${good},Bearer ${other}`,
      `Bearer ${good}, Bearer ${other}`,
      `Bearer ${good};`,
      `Bearer "${good}"`,
      `Bearer ${good}\u00a0`,
      `Bearer ${good}\r\nX-Injected: 1`,
      `Bearer ${good}\u0000`,
      `Bearer token=${good}`,
      `Bearer realm="x", ${good}`,
      'Bearer',
      'Bearer ',
      'Bearer   ',
      'Bearer =',
      'Bearer ==',
      [`Bearer ${good}`, `Bearer ${other}`],
      [`Bearer ${good}`, `Bearer ${good}`],
      [`Bearer ${good}`, ''],
    ]) {
      expect(() => readBearerToken(header), JSON.stringify(header).slice(0, 60)).toThrow(BearerTokenError)
    }
  })

  it('reads no credentials from an absent, empty or whitespace-only header', () => {
    for (const header of [undefined, null, '', ' ', '\t', []]) {
      expect(readBearerToken(header), JSON.stringify(header)).toBeUndefined()
    }
  })
})

describe('wwwAuthenticate: values that could break the challenge', () => {
  const nasty = [
    'say "hi"',
    'back\\slash',
    'trailing backslash\\',
    '\\"',
    'line\r\nX-Injected: 1',
    'caf\u00e9 \u2603 \ud83d\ude00',
    'tab\there',
    '", error="none',
    '',
  ]

  it('keeps every challenge parseable, one header line, with only printable ASCII', () => {
    for (const value of nasty) {
      const header = wwwAuthenticate({
        realm: value,
        error: 'invalid_token',
        errorDescription: value,
        scope: [value, 'ok/read'],
      })
      expect(header, JSON.stringify(value)).toMatch(/^[\x20-\x7e]*$/)
      const params = parseChallenge(header)
      expect(params.error, JSON.stringify(value)).toBe('invalid_token')
      expect(Object.keys(params).sort()).toEqual(['error', 'error_description', 'realm', 'scope'])
      // RFC 6750 §3: error_description and scope never hold '"' or '\' (nor non-ASCII).
      expect(params.error_description).toMatch(/^[\x20\x21\x23-\x5b\x5d-\x7e]*$/)
      expect(params.scope).toMatch(/^[\x20\x21\x23-\x5b\x5d-\x7e]*$/)
    }
  })

  it('escapes quotes and backslashes in the realm (a quoted-string), so it reads back exactly', () => {
    for (const realm of ['say "hi"', 'back\\slash', 'trailing\\', '\\"', '", error="none', 'plain']) {
      expect(parseChallenge(wwwAuthenticate({ realm })).realm, realm).toBe(realm)
    }
    expect(wwwAuthenticate({ realm: 'a"b\\c' })).toBe('Bearer realm="a\\"b\\\\c"')
    // Line breaks and non-ASCII cannot travel in a header: dropped, never passed through.
    expect(parseChallenge(wwwAuthenticate({ realm: 'caf\u00e9\r\nX: 1' })).realm).toBe('cafX: 1')
  })

  it('leaves out a scope that is not a scope-token instead of naming a different scope', () => {
    const params = parseChallenge(
      wwwAuthenticate({
        error: 'insufficient_scope',
        scope: ['orders/read', 'a"b', 'c\\d', 'two words', '', 'caf\u00e9', 'x/y'],
      }),
    )
    expect(params.scope).toBe('orders/read x/y')
    expect(wwwAuthenticate({ error: 'insufficient_scope', scope: ['a b'] })).toBe('Bearer error="insufficient_scope"')
  })
})

describe('authenticateRequest and a real node:http server under odd headers', () => {
  let server: Server
  let port: number

  beforeAll(async () => {
    const authenticate = createNodeAuthenticator(verifier, { realm: 'orders "v2" \\ caf\u00e9' })
    server = createServer(async (req, res) => {
      const claims = await authenticate(req, res)
      if (claims === undefined) return
      res.end(`hello ${String(claims.username)}`)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  /** Sends raw header lines; resolves to the status line and the response headers. */
  function rawRequest(headerLines: string[]): Promise<{ status: string; headers: string[] }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end(
          `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n${headerLines.map((l) => `${l}\r\n`).join('')}Connection: close\r\n\r\n`,
        )
      })
      let text = ''
      socket.setEncoding('latin1')
      socket.on('data', (chunk) => {
        text += chunk
      })
      socket.on('end', () => {
        const [head = ''] = text.split('\r\n\r\n')
        const [status = '', ...headers] = head.split('\r\n')
        resolve({ status, headers })
      })
      socket.on('error', reject)
    })
  }

  it('answers 400 to repeated Authorization headers in any order and case, whichever one is valid', async () => {
    for (const lines of [
      [`Authorization: Bearer ${good}`, `Authorization: Bearer ${other}`],
      [`Authorization: Bearer ${other}`, `authorization: Bearer ${good}`],
      [`AUTHORIZATION: Basic eDp5`, `Authorization: Bearer ${good}`],
      [`Authorization: Bearer ${good}`, `Authorization: Bearer ${good}`],
      [`Authorization: Bearer ${good}`, 'Authorization: '],
    ]) {
      const { status } = await rawRequest(lines)
      expect(status, lines.join(' | ').slice(0, 80)).toBe('HTTP/1.1 400 Bad Request')
    }
  })

  it('lets lower-case bearer and extra spaces through, and answers a challenge that parses with the escaped realm', async () => {
    expect((await rawRequest([`Authorization: bearer   ${good}`])).status).toBe('HTTP/1.1 200 OK')
    const refused = await rawRequest([`Authorization: Bearer ${good}x`])
    expect(refused.status).toBe('HTTP/1.1 401 Unauthorized')
    const challenge = refused.headers.find((h) => h.toLowerCase().startsWith('www-authenticate:'))
    expect(challenge).toBeDefined()
    const params = parseChallenge((challenge as string).slice('www-authenticate:'.length).trim())
    expect(params).toMatchObject({ realm: 'orders "v2" \\ caf', error: 'invalid_token' })
    const none = await rawRequest([])
    expect(none.status).toBe('HTTP/1.1 401 Unauthorized')
    const bare = none.headers.find((h) => h.toLowerCase().startsWith('www-authenticate:')) as string
    // No credentials: a challenge without an error code (RFC 6750 §3.1).
    expect(parseChallenge(bare.slice('www-authenticate:'.length).trim())).toEqual({ realm: 'orders "v2" \\ caf' })
  })

  it('gives one and the same answer for a wrapped, quoted, whitespace-laden or tampered token', async () => {
    const answers = new Set<string>()
    for (const header of [
      `Bearer ${good}.`,
      `Bearer ${good.replace('.', '..')}`,
      `Bearer ${good.slice(0, -2)}`,
      `Bearer ${other.slice(0, -4)}${good.slice(-4)}`,
    ]) {
      const result = await authenticateRequest(verifier, header)
      expect(result.ok, header.slice(0, 40)).toBe(false)
      if (!result.ok) answers.add(JSON.stringify([result.status, result.body, result.headers['www-authenticate']]))
    }
    expect(answers.size).toBe(1)
  })
})

describe('bad options are typed errors naming the field, never a TypeError', () => {
  /** The issues of the OptionsValidationError `f` throws or rejects with. */
  async function issuesOf(f: () => unknown): Promise<string[]> {
    try {
      await f()
    } catch (error) {
      if (error instanceof OptionsValidationError) return error.issues.map((i) => `${i.path}:${i.rule}`)
      throw error
    }
    return expect.fail('expected an OptionsValidationError')
  }

  it('checks wwwAuthenticate challenges', async () => {
    expect(await issuesOf(() => wwwAuthenticate(null as never))).toEqual([':OptionsType'])
    expect(
      await issuesOf(() => wwwAuthenticate({ realm: 1, errorDescription: {}, error: 'bad', scope: 'a b' } as never)),
    ).toEqual(['realm:OptionType', 'errorDescription:OptionType', 'error:BearerErrorCode', 'scope:OptionType'])
  })

  it('checks the helpers options when an adapter is created and on every direct call', async () => {
    const bad = { realm: 7, scope: 'two words', onRejected: 'log' } as never
    const expected = ['realm:OptionType', 'scope:ScopeFormat', 'onRejected:OptionType']
    expect(await issuesOf(() => createNodeAuthenticator(verifier, bad))).toEqual(expected)
    expect(await issuesOf(() => expressAuthenticate(verifier, bad))).toEqual(expected)
    expect(await issuesOf(() => fastifyAuthenticate(verifier, bad))).toEqual(expected)
    expect(await issuesOf(() => authenticateRequest(verifier, `Bearer ${good}`, bad))).toEqual(expected)
    expect(await issuesOf(() => authenticateLambdaEvent(verifier, { headers: {} }, bad))).toEqual(expected)
    expect(await issuesOf(() => authenticateRequest(verifier, `Bearer ${good}`, null as never))).toEqual([
      ':OptionsType',
    ])
    for (const scope of [[], [1], ['a"b'], 5]) {
      expect(
        await issuesOf(() => authenticateRequest(verifier, `Bearer ${good}`, { scope } as never)),
        JSON.stringify(scope),
      ).toEqual(['scope:ScopeFormat'])
    }
    // Good options still work, and the same options object is only checked once.
    const options = { realm: 'api', scope: ['orders/read', 'openid'] }
    const result = await authenticateRequest(verifier, `Bearer ${good}`, options)
    expect(result.ok).toBe(true)
  })

  it('never calls an onRejected or grants a scope inherited from a polluted Object.prototype', async () => {
    const leaked: Error[] = []
    const proto = Object.prototype as Record<string, unknown>
    Object.defineProperty(proto, 'onRejected', {
      value: (e: Error) => leaked.push(e),
      configurable: true,
      writable: true,
    })
    try {
      const result = await authenticateRequest(verifier, `Bearer ${good}x`, {})
      expect(result.ok).toBe(false)
      expect(leaked).toEqual([])
    } finally {
      delete proto.onRejected
    }
    const noScope = signToken(accessClaims({ scope: undefined }), key)
    Object.defineProperty(proto, 'scope', { value: 'orders/write', configurable: true, writable: true })
    try {
      const result = await authenticateRequest(verifier, `Bearer ${noScope}`, { scope: ['orders/write'] })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.status).toBe(403)
    } finally {
      delete proto.scope
    }
  })

  it('reads no Lambda credentials inherited from a polluted Object.prototype', async () => {
    const proto = Object.prototype as Record<string, unknown>
    Object.defineProperty(proto, 'authorizationToken', { value: `Bearer ${good}`, configurable: true, writable: true })
    Object.defineProperty(proto, 'headers', {
      value: { authorization: `Bearer ${good}` },
      configurable: true,
      writable: true,
    })
    try {
      const result = await authenticateLambdaEvent(verifier, {})
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.response.statusCode).toBe(401)
    } finally {
      delete proto.authorizationToken
      delete proto.headers
    }
  })
})
