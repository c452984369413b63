import { createEvent, createTestCipher, invoke } from '@cognito-kit/triggers/testing'
import { describe, expect, it } from 'vitest'
import { customSmsSenderHandler } from '../src/custom-sms-sender-handler.js'

describe('customSmsSenderHandler', () => {
  it('texts the decrypted MFA code to the user’s number', async () => {
    const cipher = createTestCipher()
    const sent: [string, string][] = []
    const handler = customSmsSenderHandler({
      decrypt: cipher.decrypt,
      sendSms: (to, text) => void sent.push([to, text]),
    })
    await invoke(
      handler,
      createEvent('CustomSMSSender_Authentication', {
        request: { code: cipher.encrypt('987654'), userAttributes: { phone_number: '+447700900123' } },
      }),
    )
    expect(sent).toEqual([['+447700900123', 'Example App: your sign-in code is 987654']])
  })

  it('sends nothing to a user without a phone number', async () => {
    const cipher = createTestCipher()
    const sent: string[] = []
    const handler = customSmsSenderHandler({ decrypt: cipher.decrypt, sendSms: (to) => void sent.push(to) })
    await invoke(
      handler,
      createEvent('CustomSMSSender_SignUp', {
        request: { code: cipher.encrypt('987654'), userAttributes: { phone_number: undefined } },
      }),
    )
    expect(sent).toEqual([])
  })
})
