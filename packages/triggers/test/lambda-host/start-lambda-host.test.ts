import { afterEach, describe, expect, it } from 'vitest'
import { autoConfirm, preSignUp } from '../../src/index.js'
import { cognitoLocalEvents, type LambdaHost, startLambdaHost } from '../../src/lambda-host/index.js'
import { createEvent } from '../../src/testing/index.js'

let host: LambdaHost | undefined
afterEach(async () => {
  await host?.stop()
  host = undefined
})

const invokePath = (name: string) => `/2015-03-31/functions/${encodeURIComponent(name)}/invocations`

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${host!.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) }
}

describe('startLambdaHost', () => {
  it('listens on 127.0.0.1 on a free port and runs a handler per function name', async () => {
    host = await startLambdaHost({ functions: { 'pre-sign-up': preSignUp(() => autoConfirm()) } })
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(host.port).toBeGreaterThan(0)
    const r = await post(invokePath('pre-sign-up'), createEvent('PreSignUp_SignUp'))
    expect(r.status).toBe(200)
    expect(r.headers.get('x-amz-executed-version')).toBe('$LATEST')
    expect(r.headers.get('x-amz-function-error')).toBeNull()
    expect((r.body as { response: unknown }).response).toEqual({
      autoConfirmUser: true,
      autoVerifyEmail: false,
      autoVerifyPhone: false,
    })
    expect(host.invocations.map((i) => [i.functionName, i.invocationType, i.outcome.ok])).toEqual([
      ['pre-sign-up', 'RequestResponse', true],
    ])
  })

  it('reports function errors the way Lambda does', async () => {
    host = await startLambdaHost({ functions: { f: preSignUp(() => autoConfirm()) } })
    const r = await post(invokePath('f'), createEvent('CustomMessage_SignUp'))
    expect(r.status).toBe(200)
    expect(r.headers.get('x-amz-function-error')).toBe('Unhandled')
    expect(r.body).toMatchObject({
      errorType: 'UnsupportedTriggerSourceError',
      errorMessage: expect.stringContaining('CustomMessage_SignUp'),
    })
    expect(Array.isArray((r.body as { trace: unknown }).trace)).toBe(true)
  })

  it('resolves ARNs and qualifiers to function names; unknown functions are 404 ResourceNotFoundException', async () => {
    host = await startLambdaHost({ functions: { 'pre-sign-up': preSignUp(() => undefined) } })
    for (const name of ['arn:aws:lambda:eu-west-1:123456789012:function:pre-sign-up:live', 'pre-sign-up:3']) {
      expect((await post(invokePath(name), createEvent('PreSignUp_SignUp'))).status).toBe(200)
    }
    const missing = await post(invokePath('nope'), {})
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException')
    expect(missing.body).toEqual({ Type: 'User', message: 'Function not found: nope' })
  })

  it('answers asynchronous (Event) invocations with 202 and DryRun with 204', async () => {
    const seen: string[] = []
    host = await startLambdaHost({
      functions: {
        sender: async (event: { triggerSource: string }) => {
          await new Promise((r) => setTimeout(r, 20))
          seen.push(event.triggerSource)
        },
      },
    })
    const r = await post(invokePath('sender'), createEvent('CustomSMSSender_SignUp'), {
      'x-amz-invocation-type': 'Event',
    })
    expect(r.status).toBe(202)
    await host.settled()
    expect(seen).toEqual(['CustomSMSSender_SignUp'])
    expect(host.invocations[0]?.invocationType).toBe('Event')
    expect((await post(invokePath('sender'), {}, { 'x-amz-invocation-type': 'DryRun' })).status).toBe(204)
  })

  it('rejects bodies that are not JSON and unknown routes', async () => {
    host = await startLambdaHost({ functions: { f: () => null } })
    const bad = await post(invokePath('f'), '{nope')
    expect([bad.status, bad.headers.get('x-amzn-errortype')]).toEqual([400, 'InvalidRequestContentException'])
    const other = await fetch(`${host.url}/2015-03-31/functions/f`)
    expect(other.status).toBe(404)
    await other.text()
  })

  it('times out like Lambda and serializes undefined as null', async () => {
    host = await startLambdaHost({
      timeoutMs: 50,
      functions: { slow: () => new Promise((r) => setTimeout(r, 2000).unref()), quiet: () => undefined },
    })
    const slow = await post(invokePath('slow'), {})
    expect(slow.headers.get('x-amz-function-error')).toBe('Unhandled')
    expect(slow.body).toMatchObject({ errorType: 'Sandbox.Timedout' })
    expect((await post(invokePath('quiet'), {})).body).toBeNull()
  })

  it('adapts events before the handler sees them (cognito-local’s version "0")', async () => {
    host = await startLambdaHost({ functions: { f: preSignUp(() => undefined) }, adaptEvent: cognitoLocalEvents })
    const r = await post(invokePath('f'), { ...createEvent('PreSignUp_SignUp'), version: '0' })
    expect((r.body as { version: string }).version).toBe('1')
    expect((host.invocations[0]!.event as { version: string }).version).toBe('0')
  })

  it('stops twice without complaint and refuses non-function handlers', async () => {
    host = await startLambdaHost({ functions: {} })
    await host.stop()
    await host.stop()
    await expect(fetch(`${host.url}${invokePath('f')}`, { method: 'POST' })).rejects.toThrow()
    await expect(startLambdaHost({ functions: { f: 'x' as never } })).rejects.toThrow(TypeError)
  })
})

describe('cognitoLocalEvents', () => {
  it('fills the empty group configuration of cognito-local pre token events', () => {
    const event = {
      ...createEvent('TokenGeneration_Authentication'),
      version: '0',
      request: { userAttributes: {}, groupConfiguration: {} },
    }
    expect(cognitoLocalEvents(event)).toMatchObject({
      version: '1',
      request: { groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null } },
    })
    expect(cognitoLocalEvents('x')).toBe('x')
    const real = createEvent('PreSignUp_SignUp')
    expect(cognitoLocalEvents(real)).toEqual(real)
  })
})
