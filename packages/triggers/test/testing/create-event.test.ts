import { describe, expect, it } from 'vitest'
import { parseTriggerEvent, TRIGGER_SOURCES, triggerOf } from '../../src/index.js'
import { createEvent, defaultTestCipher } from '../../src/testing/index.js'

const ALL = Object.values(TRIGGER_SOURCES).flat()

describe('createEvent', () => {
  it.each(ALL)('builds a valid %s event', (source) => {
    const versions =
      triggerOf(source) === 'PreTokenGeneration' && source !== 'TokenGeneration_ClientCredentials'
        ? (['1', '2', '3'] as const)
        : ([undefined] as const)
    for (const version of versions) {
      const event = createEvent(source, version ? ({ version } as never) : undefined)
      const parsed = parseTriggerEvent(event)
      expect(parsed.triggerSource).toBe(source)
      if (version) expect(parsed.version).toBe(version)
    }
  })

  it('merges overrides deeply: objects merge, arrays replace, undefined removes', () => {
    const event = createEvent('TokenGeneration_Authentication', {
      version: '2',
      callerContext: { clientId: 'web' },
      request: { userAttributes: { 'custom:tenant': 'acme', email_verified: undefined }, scopes: ['openid'] },
    })
    expect(event.version).toBe('2')
    expect(event.callerContext).toEqual({ awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'web' })
    expect(event.request.userAttributes).toEqual({
      sub: '7f3e9c1a-52b4-4d8e-9a6f-0b1c2d3e4f5a',
      email: 'jane.roe@example.org',
      'cognito:user_status': 'CONFIRMED',
      'custom:tenant': 'acme',
    })
    expect(event.request.scopes).toEqual(['openid'])
  })

  it('returns a fresh object every time', () => {
    const a = createEvent('PreSignUp_SignUp')
    ;(a.request.userAttributes as Record<string, string>).email = 'changed'
    expect(createEvent('PreSignUp_SignUp').request.userAttributes.email).toBe('jane.roe@example.org')
  })

  it('mirrors what Cognito sends for each kind of source', () => {
    expect(createEvent('PreSignUp_AdminCreateUser').callerContext.clientId).toBe('CLIENT_ID_NOT_APPLICABLE')
    expect(createEvent('CustomMessage_AdminCreateUser').request.usernameParameter).toBe('{username}')
    expect(createEvent('CustomMessage_SignUp').request.usernameParameter).toBeNull()
    expect('response' in createEvent('CustomEmailSender_SignUp')).toBe(false)
    expect('password' in createEvent('UserMigration_ForgotPassword').request).toBe(false)
    expect(createEvent('TokenGeneration_ClientCredentials').version).toBe('3')
    const ato = createEvent('CustomEmailSender_AccountTakeOverNotification')
    expect([ato.request.code, ato.callerContext.clientId]).toEqual([null, null])
    expect(defaultTestCipher().decrypt(createEvent('CustomSMSSender_AdminCreateUser').request.code ?? '')).toBe(
      'T3mp&lt;Pa55!',
    )
  })

  it('refuses unknown sources', () => {
    expect(() => createEvent('PreSignUp_Nope' as never)).toThrow(TypeError)
  })
})
