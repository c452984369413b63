import { describe, expect, it } from 'vitest'
import {
  deny,
  postAuthentication,
  postConfirmation,
  preAuthentication,
  type TriggerValidationError,
} from '../../src/index.js'
import { createEvent, invoke, invokeAsCognito } from '../../src/testing/index.js'

describe('post confirmation, pre and post authentication', () => {
  it('return the event with an empty response after the handler ran', async () => {
    const seen: string[] = []
    const confirm = postConfirmation((event) => void seen.push(event.triggerSource))
    const post = postAuthentication(async (event) => {
      seen.push(`${event.triggerSource}:${event.request.newDeviceUsed}`)
    })
    expect((await invoke(confirm, createEvent('PostConfirmation_ConfirmForgotPassword'))).response).toEqual({})
    expect((await invoke(post, createEvent('PostAuthentication_Authentication'))).response).toEqual({})
    expect(seen).toEqual(['PostConfirmation_ConfirmForgotPassword', 'PostAuthentication_Authentication:false'])
  })

  it('deny a sign-in from pre authentication', async () => {
    const handler = preAuthentication((event) =>
      event.request.userAttributes['custom:locked'] === 'true' ? deny('This account is locked') : undefined,
    )
    const locked = createEvent('PreAuthentication_Authentication', {
      request: { userAttributes: { 'custom:locked': 'true' } },
    })
    const outcome = await invokeAsCognito(handler, locked)
    expect(outcome.ok ? '' : outcome.cognitoMessage).toBe('PreAuthentication failed with error This account is locked.')
    expect((await invokeAsCognito(handler, createEvent('PreAuthentication_Authentication'))).ok).toBe(true)
  })

  it('reject a response Cognito would not read', async () => {
    const handler = postConfirmation(() => ({ welcome: true }) as never)
    const error = (await invoke(handler, createEvent('PostConfirmation_ConfirmSignUp')).catch(
      (e: unknown) => e,
    )) as TriggerValidationError
    expect(error.issues[0]?.code).toBe('unrecognized_keys')
  })

  it('accept a null client id (AdminConfirmSignUp) and userNotFound', async () => {
    const adminConfirm = createEvent('PostConfirmation_ConfirmSignUp', { callerContext: { clientId: null } })
    await expect(
      invoke(
        postConfirmation(() => undefined),
        adminConfirm,
      ),
    ).resolves.toBeDefined()
    const notFound = createEvent('PreAuthentication_Authentication', {
      request: { userAttributes: {}, userNotFound: true },
    })
    await expect(
      invoke(
        preAuthentication(() => undefined),
        notFound,
      ),
    ).resolves.toBeDefined()
  })
})
