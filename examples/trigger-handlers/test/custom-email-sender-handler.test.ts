import { createEvent, createTestCipher, invoke, invokeAsCognito } from '@cognito-kit/triggers/testing'
import { describe, expect, it } from 'vitest'
import { customEmailSenderHandler, type OutgoingEmail } from '../src/custom-email-sender-handler.js'

function setup() {
  const cipher = createTestCipher()
  const outbox: OutgoingEmail[] = []
  const handler = customEmailSenderHandler({
    decrypt: cipher.decrypt,
    sendEmail: (email) => void outbox.push(email),
    findEmail: async (_pool, username) => (username === 'jane.roe' ? 'jane.roe@example.org' : undefined),
  })
  return { cipher, outbox, handler }
}

describe('customEmailSenderHandler', () => {
  it('sends the decrypted sign-up code', async () => {
    const { cipher, outbox, handler } = setup()
    const event = createEvent('CustomEmailSender_SignUp', { request: { code: cipher.encrypt('123456') } })
    await invoke(handler, event)
    expect(outbox).toEqual([
      { to: event.request.userAttributes.email, subject: 'Example App', text: 'Your Example App code is 123456' },
    ])
  })

  it('sends the temporary password of an invitation, unescaped', async () => {
    const { cipher, outbox, handler } = setup()
    await invoke(
      handler,
      createEvent('CustomEmailSender_AdminCreateUser', { request: { code: cipher.encrypt('a&lt;b') } }),
    )
    expect(outbox[0]?.text).toBe('You are invited to Example App. Your temporary password is a<b')
  })

  it('tells the user about a risky sign-in, looked up by username', async () => {
    const { outbox, handler } = setup()
    const event = createEvent('CustomEmailSender_AccountTakeOverNotification', {
      request: { userAttributes: { USER_NAME: 'jane.roe' } },
    })
    await invoke(handler, event)
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({ to: 'jane.roe@example.org', subject: 'Example App: unusual sign-in' })
    expect(outbox[0]?.text).toContain(event.request.userAttributes.IP_ADDRESS)
    expect(outbox[0]?.text).toContain(event.request.userAttributes.ONE_CLICK_LINK_INVALID)
  })

  it('fails (and sends nothing) when the code cannot be decrypted', async () => {
    const { outbox, handler } = setup()
    const other = createTestCipher()
    const outcome = await invokeAsCognito(
      handler,
      createEvent('CustomEmailSender_ForgotPassword', { request: { code: other.encrypt('654321') } }),
    )
    expect(outcome).toMatchObject({ ok: false, error: { code: 'ERR_TRIGGER_DECRYPT_FAILED' } })
    expect(outbox).toEqual([])
  })
})
