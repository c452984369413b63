import { describe, expect, it } from 'vitest'
import { customMessage, parseTriggerEvent, type TriggerValidationError } from '../../src/index.js'
import { createEvent, invoke } from '../../src/testing/index.js'

const fail = (p: Promise<unknown>) => p.then(() => undefined).catch((e: unknown) => e as TriggerValidationError)

describe('customMessage', () => {
  it('fills the fields the handler sets and keeps the others null (the pool template)', async () => {
    const handler = customMessage(({ request }) => ({ smsMessage: `Your code is ${request.codeParameter}` }))
    const out = await invoke(handler, createEvent('CustomMessage_SignUp'))
    expect(out.response).toEqual({ smsMessage: 'Your code is {####}', emailMessage: null, emailSubject: null })
  })

  it('requires the code placeholder, and the username one for AdminCreateUser', async () => {
    const noCode = await fail(
      invoke(
        customMessage(() => ({ smsMessage: 'Welcome!' })),
        createEvent('CustomMessage_ForgotPassword'),
      ),
    )
    expect(noCode?.issues.map((i) => [i.code, i.path])).toEqual([['missing_placeholder', 'response.smsMessage']])
    expect(noCode?.message).toContain('{####}')

    const admin = customMessage(({ request }) => ({ smsMessage: `Password: ${request.codeParameter}` }))
    const noUser = await fail(invoke(admin, createEvent('CustomMessage_AdminCreateUser')))
    expect(noUser?.issues[0]?.message).toContain('{username}')

    const good = customMessage((event) =>
      event.triggerSource === 'CustomMessage_AdminCreateUser'
        ? { smsMessage: `User ${event.request.usernameParameter}, password ${event.request.codeParameter}` }
        : undefined,
    )
    await expect(invoke(good, createEvent('CustomMessage_AdminCreateUser'))).resolves.toBeDefined()
  })

  it('reads a missing or null AdminCreateUser usernameParameter as {username}, and still requires it', async () => {
    for (const usernameParameter of [null, undefined]) {
      const event = createEvent('CustomMessage_AdminCreateUser', {
        request: { usernameParameter: usernameParameter as never },
      })
      const parsed = parseTriggerEvent(event)
      expect(parsed.triggerSource === 'CustomMessage_AdminCreateUser' && parsed.request.usernameParameter).toBe(
        '{username}',
      )
      const good = customMessage(({ request }) => ({
        smsMessage: `User ${request.usernameParameter ?? ''}, password ${request.codeParameter}`,
      }))
      expect((await invoke(good, event)).response.smsMessage).toBe('User {username}, password {####}')
      const bad = customMessage(({ request }) => ({ smsMessage: `Password ${request.codeParameter}` }))
      const error = (await invoke(bad, event).catch((e: unknown) => e)) as TriggerValidationError
      expect(error.issues.map((i) => i.path)).toEqual(['response.smsMessage'])
    }
  })

  it('uses the placeholder the event carries (request.codeParameter)', async () => {
    const event = createEvent('CustomMessage_VerifyUserAttribute', { request: { codeParameter: '####' } })
    await expect(
      invoke(
        customMessage(() => ({ smsMessage: 'code ####' })),
        event,
      ),
    ).resolves.toBeDefined()
  })

  it('refuses email fields unless the pool sends email through SES', async () => {
    const body = () => ({ emailSubject: 'Your code', emailMessage: '<b>{####}</b>' })
    const cognitoDefault = await fail(invoke(customMessage(body), createEvent('CustomMessage_ResendCode')))
    expect(cognitoDefault?.issues.map((i) => i.code)).toEqual(['email_not_allowed', 'email_not_allowed'])
    const ses = customMessage(body, { emailSendingAccount: 'DEVELOPER' })
    expect((await invoke(ses, createEvent('CustomMessage_ResendCode'))).response).toEqual({
      smsMessage: null,
      emailSubject: 'Your code',
      emailMessage: '<b>{####}</b>',
    })
  })

  it('rejects an empty message (null keeps the template) and an SMS over 140 characters', async () => {
    const empty = await fail(
      invoke(
        customMessage(() => ({ smsMessage: '' })),
        createEvent('CustomMessage_Authentication'),
      ),
    )
    expect(empty?.issues[0]?.message).toContain('return null')
    const long = await fail(
      invoke(
        customMessage(() => ({ smsMessage: `{####} ${'é'.repeat(140)}` })),
        createEvent('CustomMessage_Authentication'),
      ),
    )
    expect(long?.issues[0]?.code).toBe('too_big')
  })

  it('lets the placeholder rule be turned off for passwordless invitations', async () => {
    const handler = customMessage(
      ({ request }) => ({ smsMessage: `Hi ${request.usernameParameter}, use your passkey` }),
      {
        requireCodeParameter: false,
      },
    )
    await expect(invoke(handler, createEvent('CustomMessage_AdminCreateUser'))).resolves.toBeDefined()
  })
})
