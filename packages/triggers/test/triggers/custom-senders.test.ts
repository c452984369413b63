import { describe, expect, it, vi } from 'vitest'
import {
  CodeDecryptionError,
  customEmailSender,
  customSmsSender,
  deny,
  TriggerDeniedError,
  TriggerValidationError,
  unescapeHtml,
} from '../../src/index.js'
import { createEvent, createTestCipher, defaultTestCipher, invoke } from '../../src/testing/index.js'
import { eventFixture } from '../support/fixtures.js'

describe('custom senders', () => {
  it('hand the handler the decrypted code, with the ciphertext and the pool for decrypt', async () => {
    const cipher = createTestCipher()
    const decrypt = vi.fn((ciphertext: string) => cipher.decrypt(ciphertext))
    const sent: string[] = []
    const handler = customEmailSender(
      (event, _context, { code }) => {
        if (event.triggerSource !== 'CustomEmailSender_AccountTakeOverNotification') {
          sent.push(`${event.request.userAttributes.email}: ${code}`)
        }
      },
      { decrypt },
    )
    const ciphertext = cipher.encrypt('918273')
    const event = createEvent('CustomEmailSender_SignUp', { request: { code: ciphertext } })
    const out = await invoke(handler, event)
    expect(sent).toEqual(['jane.roe@example.org: 918273'])
    expect(decrypt).toHaveBeenCalledWith(ciphertext, {
      userPoolId: event.userPoolId,
      triggerSource: 'CustomEmailSender_SignUp',
    })
    // Asynchronous trigger: the event goes back unchanged, with no response added.
    expect(out).toEqual(event)
    expect('response' in out).toBe(false)
  })

  it('unescape HTML in AdminCreateUser temporary passwords (on by default)', async () => {
    const seen: (string | null)[] = []
    const options = { decrypt: defaultTestCipher().decrypt }
    const on = customSmsSender((_e, _c, { code }) => void seen.push(code), options)
    const off = customSmsSender((_e, _c, { code }) => void seen.push(code), {
      ...options,
      unescapeTemporaryPassword: false,
    })
    await invoke(on, createEvent('CustomSMSSender_AdminCreateUser'))
    await invoke(off, createEvent('CustomSMSSender_AdminCreateUser'))
    await invoke(on, createEvent('CustomSMSSender_ForgotPassword'))
    expect(seen).toEqual(['T3mp<Pa55!', 'T3mp&lt;Pa55!', '482913'])
    expect(unescapeHtml('&amp;lt; &lt;&gt;&quot;&#39;')).toBe('&lt; <>"\'')
  })

  it('type the account-takeover notification: no code, null caller context, risk details', async () => {
    const decrypt = vi.fn(() => 'never')
    let details = ''
    const handler = customEmailSender(
      (event, _c, { code }) => {
        expect(code).toBeNull()
        if (event.triggerSource === 'CustomEmailSender_AccountTakeOverNotification') {
          const a = event.request.userAttributes
          details = `${a.ACCOUNT_TAKE_OVER_ACTION} ${a.IP_ADDRESS} ${a.CITY ?? '?'}`
        }
      },
      { decrypt },
    )
    await invoke(handler, eventFixture('CustomEmailSender_AccountTakeOverNotification') as never)
    expect(details).toBe('BLOCK 192.0.2.10 ?')
    expect(decrypt).not.toHaveBeenCalled()
  })

  it('wrap decrypt failures in CodeDecryptionError without leaking the ciphertext', async () => {
    const handler = customSmsSender(() => undefined, {
      decrypt: () => Promise.reject(new Error('AccessDeniedException: kms:Decrypt')),
    })
    const event = createEvent('CustomSMSSender_VerifyUserAttribute')
    const error = (await invoke(handler, event).catch((e: unknown) => e)) as CodeDecryptionError
    expect(error).toBeInstanceOf(CodeDecryptionError)
    expect(error.code).toBe('ERR_TRIGGER_DECRYPT_FAILED')
    expect((error.cause as Error).message).toContain('kms:Decrypt')
    expect(error.message).not.toContain(event.request.code)
  })

  it('skip decryption with decrypt: null, and require the option', async () => {
    let got: string | null = 'unset'
    await invoke(
      customEmailSender((_e, _c, { code }) => void (got = code), { decrypt: null }),
      createEvent('CustomEmailSender_ResendCode'),
    )
    expect(got).toBeNull()
    expect(() => customEmailSender(() => undefined, undefined as never)).toThrow(/decrypt is required/)
    expect(() => customSmsSender(() => undefined, { decrypt: 'kms' as never })).toThrow(TypeError)
  })

  it('accept real sender events without a response key, and reject a returned response', async () => {
    await expect(
      invoke(
        customEmailSender(() => undefined, { decrypt: null }),
        eventFixture('CustomEmailSender_ForgotPassword') as never,
      ),
    ).resolves.toBeDefined()
    const returns = customSmsSender(() => ({ smsMessage: 'x' }) as never, { decrypt: null })
    await expect(invoke(returns, createEvent('CustomSMSSender_SignUp'))).rejects.toBeInstanceOf(TriggerValidationError)
  })

  it('propagate deny() (Lambda retries asynchronous invocations)', async () => {
    const handler = customSmsSender(() => deny('Number blocked'), { decrypt: null })
    await expect(invoke(handler, createEvent('CustomSMSSender_Authentication'))).rejects.toBeInstanceOf(
      TriggerDeniedError,
    )
  })

  it("accept any request type string (Powertools' SMS fixture carries the email type), but not a missing one", async () => {
    const seen: string[] = []
    const handler = customSmsSender((event) => void seen.push(event.request.type), { decrypt: null })
    const event = createEvent('CustomSMSSender_SignUp', { request: { type: 'customEmailSenderRequestV1' } })
    await expect(invoke(handler, event)).resolves.toBeDefined()
    expect(seen).toEqual(['customEmailSenderRequestV1'])
    const untyped = createEvent('CustomSMSSender_SignUp', { request: { type: undefined as never } })
    const error = (await invoke(handler, untyped).catch((e: unknown) => e)) as TriggerValidationError
    expect(error.issues.map((i) => i.path)).toEqual(['request.type'])
  })

  it('never decrypt a code in an account-takeover notification', async () => {
    const decrypt = vi.fn(() => 'plain')
    let code: string | null | undefined
    const handler = customEmailSender((_event, _context, message) => void (code = message.code), { decrypt })
    const event = createEvent('CustomEmailSender_AccountTakeOverNotification', { request: { code: 'AYADeStray==' } })
    await invoke(handler, event)
    expect(decrypt).not.toHaveBeenCalled()
    expect(code).toBeNull()
  })
})
