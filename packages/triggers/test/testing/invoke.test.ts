import { describe, expect, it } from 'vitest'
import { deny, preSignUp } from '../../src/index.js'
import { createEvent, createLambdaContext, createTestCipher, invoke, invokeAsCognito } from '../../src/testing/index.js'

describe('invoke', () => {
  it('passes the event across a JSON boundary and a realistic context', async () => {
    let context: unknown
    let sameObject = true
    const event = createEvent('PreSignUp_SignUp')
    const handler = preSignUp((e, c) => {
      context = c
      sameObject = e === event
    })
    await invoke(handler, event)
    expect(sameObject).toBe(false)
    expect(context).toMatchObject({ functionName: 'cognito-trigger', functionVersion: '$LATEST' })
    expect(typeof (context as { awsRequestId: string }).awsRequestId).toBe('string')
  })

  it('reports what Cognito shows for a denial', async () => {
    const outcome = await invokeAsCognito(
      preSignUp(() => deny('Closed')),
      createEvent('PreSignUp_SignUp'),
    )
    expect(outcome).toMatchObject({
      ok: false,
      errorType: 'TriggerDeniedError',
      errorMessage: 'Closed',
      exception: 'UserLambdaValidationException',
      cognitoMessage: 'PreSignUp failed with error Closed.',
    })
  })

  it('reports the response on success', async () => {
    const outcome = await invokeAsCognito(
      preSignUp(() => undefined),
      createEvent('PreSignUp_SignUp'),
    )
    expect(outcome.ok && outcome.response).toEqual({
      autoConfirmUser: false,
      autoVerifyEmail: false,
      autoVerifyPhone: false,
    })
  })
})

describe('createLambdaContext', () => {
  it('counts down from Cognito’s 5-second limit and takes overrides', () => {
    const context = createLambdaContext({ functionName: 'pre-sign-up' })
    const left = context.getRemainingTimeInMillis()
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThanOrEqual(5000)
    expect(context.invokedFunctionArn).toContain(':function:pre-sign-up')
    expect(createLambdaContext({ timeoutMs: 0 }).getRemainingTimeInMillis()).toBe(0)
  })
})

describe('createTestCipher', () => {
  it('round-trips codes; another cipher or a tampered ciphertext cannot decrypt them', () => {
    const a = createTestCipher()
    const b = createTestCipher()
    const ciphertext = a.encrypt('123456')
    expect(ciphertext).not.toContain('123456')
    expect(a.decrypt(ciphertext)).toBe('123456')
    expect(() => b.decrypt(ciphertext)).toThrow()
    const tampered = Buffer.from(ciphertext, 'base64')
    tampered[tampered.length - 1]! ^= 1
    expect(() => a.decrypt(tampered.toString('base64'))).toThrow()
    expect(() => a.decrypt('AAAA')).toThrow(/too short/)
  })
})
