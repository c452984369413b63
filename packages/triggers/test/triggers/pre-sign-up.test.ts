import { describe, expect, it } from 'vitest'
import {
  autoConfirm,
  autoVerifyEmail,
  autoVerifyPhone,
  deny,
  isTriggerError,
  preSignUp,
  TriggerDeniedError,
  TriggerValidationError,
  UnsupportedTriggerSourceError,
} from '../../src/index.js'
import { createEvent, invoke, invokeAsCognito } from '../../src/testing/index.js'

describe('preSignUp', () => {
  it('returns the event with the merged response parts over Cognito defaults', async () => {
    // GIVEN a handler that confirms and verifies
    const handler = preSignUp(() => [autoConfirm(), autoVerifyEmail()])
    // WHEN Cognito invokes it
    const out = await invoke(handler, createEvent('PreSignUp_SignUp'))
    // THEN the response has all three flags
    expect(out.response).toEqual({ autoConfirmUser: true, autoVerifyEmail: true, autoVerifyPhone: false })
    expect(out.triggerSource).toBe('PreSignUp_SignUp')
  })

  it('leaves Cognito defaults when the handler returns nothing', async () => {
    const out = await invoke(
      preSignUp(() => undefined),
      createEvent('PreSignUp_ExternalProvider'),
    )
    expect(out.response).toEqual({ autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false })
  })

  it('accepts a response object and async handlers', async () => {
    const handler = preSignUp(async (event) => ({
      autoConfirmUser: event.request.userAttributes.email?.endsWith('@example.org'),
    }))
    expect((await invoke(handler, createEvent('PreSignUp_SignUp'))).response.autoConfirmUser).toBe(true)
  })

  it('turns a returned or thrown deny() into the message Cognito shows', async () => {
    const returned = preSignUp(() => deny('Sign-up is invite only'))
    const thrown = preSignUp(() => {
      throw deny('Sign-up is invite only')
    })
    const inParts = preSignUp(() => [autoConfirm(), deny('Sign-up is invite only')])
    for (const handler of [returned, thrown, inParts]) {
      const outcome = await invokeAsCognito(handler, createEvent('PreSignUp_SignUp'))
      expect(outcome.ok).toBe(false)
      if (outcome.ok) continue
      expect(outcome.error).toBeInstanceOf(TriggerDeniedError)
      expect(outcome.errorType).toBe('TriggerDeniedError')
      expect(outcome.cognitoMessage).toBe('PreSignUp failed with error Sign-up is invite only.')
    }
  })

  it('lets other errors from the handler through unchanged', async () => {
    const boom = new Error('database down')
    await expect(
      invoke(
        preSignUp(() => Promise.reject(boom)),
        createEvent('PreSignUp_SignUp'),
      ),
    ).rejects.toBe(boom)
  })

  it('checks that auto-verified attributes exist (AdminCreateUser excepted: Cognito ignores the flags)', async () => {
    const handler = preSignUp(() => [autoConfirm(), autoVerifyPhone()])
    const noPhone = createEvent('PreSignUp_SignUp', { request: { userAttributes: { phone_number: undefined } } })
    const error = await invoke(handler, noPhone).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TriggerValidationError)
    expect((error as TriggerValidationError).issues.map((i) => i.path)).toEqual(['response.autoVerifyPhone'])
    await expect(invoke(handler, createEvent('PreSignUp_AdminCreateUser'))).resolves.toBeDefined()
  })

  it('rejects a response with unknown keys, and a returned event', async () => {
    const typo = preSignUp(() => ({ autoConfirm: true }) as never)
    const error = (await invoke(typo, createEvent('PreSignUp_SignUp')).catch(
      (e: unknown) => e,
    )) as TriggerValidationError
    expect(error.code).toBe('ERR_TRIGGER_RESPONSE_INVALID')
    expect(error.issues[0]?.code).toBe('unrecognized_keys')
    expect(error.message).toContain('"autoConfirm"')
  })

  it('rejects events of other triggers with UnsupportedTriggerSourceError', async () => {
    const handler = preSignUp(() => autoConfirm())
    const event = createEvent('CustomMessage_SignUp')
    const error = (await handler(event as never).catch((e: unknown) => e)) as UnsupportedTriggerSourceError
    expect(error).toBeInstanceOf(UnsupportedTriggerSourceError)
    expect(error.code).toBe('ERR_TRIGGER_UNSUPPORTED')
    expect(error.triggerSource).toBe('CustomMessage_SignUp')
    expect(error.supported).toEqual(['PreSignUp_SignUp', 'PreSignUp_AdminCreateUser', 'PreSignUp_ExternalProvider'])
    expect(error.input).toBe(event)
    expect(error.message).toContain('preSignUp')
  })

  it('rejects malformed events with every issue and its path', async () => {
    const handler = preSignUp(() => autoConfirm())
    const event = createEvent('PreSignUp_SignUp', {
      userPoolId: undefined,
      request: { userAttributes: ['a@example.org'] as never, validationData: 'x' as never },
    })
    const error = (await handler(event).catch((e: unknown) => e)) as TriggerValidationError
    expect(error).toBeInstanceOf(TriggerValidationError)
    expect(error.target).toBe('event')
    expect(error.code).toBe('ERR_TRIGGER_EVENT_INVALID')
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      ['userPoolId', 'expected string, received undefined'],
      ['request.userAttributes', 'expected object, received array'],
      ['request.validationData', 'expected object, received string'],
    ])
    expect(isTriggerError(error)).toBe(true)
  })

  it('gives the handler a parsed copy: mutating it does not touch the input; unknown keys reach Cognito', async () => {
    const input = { ...createEvent('PreSignUp_SignUp'), newCognitoField: 'kept' }
    const handler = preSignUp((event) => {
      ;(event.request.userAttributes as Record<string, string>).email = 'changed@example.org'
      return autoConfirm()
    })
    const out = (await handler(input)) as unknown as Record<string, unknown>
    expect(input.request.userAttributes.email).toBe('jane.roe@example.org')
    expect(out.newCognitoField).toBe('kept')
  })

  it('passes the Lambda context to the handler', async () => {
    let seen: unknown
    const handler = preSignUp((_event, context) => {
      seen = context.functionName
    })
    await handler(createEvent('PreSignUp_SignUp'), { functionName: 'my-pre-sign-up' })
    expect(seen).toBe('my-pre-sign-up')
  })

  it('.for<D>() is the same wrapper at run time', () => {
    expect(preSignUp.for()).toBe(preSignUp)
  })

  it('deny() refuses an empty or overlong message', () => {
    expect(() => deny('')).toThrow(TypeError)
    expect(() => deny('x'.repeat(1001))).toThrow(TypeError)
  })

  it('refuses a handler that is not a function', () => {
    expect(() => preSignUp('nope' as never)).toThrow(TypeError)
  })
})
