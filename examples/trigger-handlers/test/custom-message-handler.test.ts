import { TRIGGER_SOURCES } from '@cognito-kit/triggers'
import { createEvent, invoke } from '@cognito-kit/triggers/testing'
import { describe, expect, it } from 'vitest'
import { customMessageHandler } from '../src/custom-message-handler.js'

describe('customMessageHandler', () => {
  it('writes the sign-up email and SMS with the code placeholder and the workspace', async () => {
    const event = createEvent('CustomMessage_SignUp', {
      request: { userAttributes: { 'custom:tenant': 'acme' } },
    })
    const out = await invoke(customMessageHandler, event)
    expect(out.response).toEqual({
      emailSubject: 'Welcome to Example App: confirm your email',
      emailMessage: '<p>Welcome to Example App (workspace acme)!</p><p>Your confirmation code is <b>{####}</b>.</p>',
      smsMessage: 'Example App: your confirmation code is {####}',
    })
  })

  it('escapes attribute values in the HTML email', async () => {
    const event = createEvent('CustomMessage_ResendCode', {
      request: { userAttributes: { 'custom:tenant': '<script>x</script>' } },
    })
    const out = await invoke(customMessageHandler, event)
    expect(out.response.emailMessage).toContain('workspace &lt;script&gt;x&lt;/script&gt;')
    expect(out.response.emailMessage).not.toContain('<script>')
  })

  it('puts the username and temporary password placeholders in invitations', async () => {
    const out = await invoke(customMessageHandler, createEvent('CustomMessage_AdminCreateUser'))
    const { codeParameter, usernameParameter } = out.request as { codeParameter: string; usernameParameter: string }
    expect(out.response.emailMessage).toContain(usernameParameter)
    expect(out.response.emailMessage).toContain(codeParameter)
    expect(out.response.smsMessage).toContain(codeParameter)
  })

  it.each(TRIGGER_SOURCES.CustomMessage)('answers %s with a valid message carrying the code', async (source) => {
    const out = await invoke(customMessageHandler, createEvent(source))
    const code = (out.request as { codeParameter: string }).codeParameter
    expect(out.response.emailSubject).toMatch(/^Example App|Welcome to Example App|You are invited/)
    expect(out.response.emailMessage).toContain(code)
    expect(out.response.smsMessage).toContain(code)
    expect([...(out.response.smsMessage ?? '')].length).toBeLessThanOrEqual(140)
  })
})
