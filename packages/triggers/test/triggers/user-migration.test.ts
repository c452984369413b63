import { describe, expect, it } from 'vitest'
import { deny, TriggerDeniedError, type TriggerValidationError, userMigration } from '../../src/index.js'
import { createEvent, invoke, invokeAsCognito } from '../../src/testing/index.js'

const legacy = new Map([
  ['legacy.user@example.org', { password: 'Legacy-Passw0rd!', email: 'legacy.user@example.org' }],
])

const handler = userMigration((event) => {
  const user = legacy.get(event.userName)
  if (!user) return deny('Incorrect username or password')
  if (event.triggerSource === 'UserMigration_Authentication' && event.request.password !== user.password) {
    return deny('Incorrect username or password')
  }
  return {
    userAttributes: { email: user.email, email_verified: 'true', 'custom:legacy_id': '42' },
    finalUserStatus: 'CONFIRMED',
    messageAction: 'SUPPRESS',
  }
})

describe('userMigration', () => {
  it('migrates a known user at sign-in and in the forgot-password flow', async () => {
    for (const source of ['UserMigration_Authentication', 'UserMigration_ForgotPassword'] as const) {
      const out = await invoke(handler, createEvent(source))
      expect(out.response).toEqual({
        userAttributes: { email: 'legacy.user@example.org', email_verified: 'true', 'custom:legacy_id': '42' },
        finalUserStatus: 'CONFIRMED',
        messageAction: 'SUPPRESS',
      })
    }
  })

  it('denies unknown users and wrong passwords with the message users see', async () => {
    const unknown = await invokeAsCognito(handler, createEvent('UserMigration_Authentication', { userName: 'nobody' }))
    expect(unknown.ok ? '' : unknown.cognitoMessage).toBe(
      'UserMigration failed with error Incorrect username or password.',
    )
    const wrong = await invokeAsCognito(
      handler,
      createEvent('UserMigration_Authentication', { request: { password: 'guess' } }),
    )
    expect(wrong.ok ? undefined : wrong.error).toBeInstanceOf(TriggerDeniedError)
  })

  it('refuses to answer nothing: Cognito needs the user or a denial', async () => {
    const error = (await invoke(
      userMigration(() => undefined),
      createEvent('UserMigration_Authentication'),
    ).catch((e: unknown) => e)) as TriggerValidationError
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['missing_attributes', 'response.userAttributes']])
  })

  it('checks the verified contact a ForgotPassword migration needs, and SMS MFA needs a phone', async () => {
    const unverified = userMigration(() => ({ userAttributes: { email: 'x@example.org' } }))
    await expect(invoke(unverified, createEvent('UserMigration_Authentication'))).resolves.toBeDefined()
    const error = (await invoke(unverified, createEvent('UserMigration_ForgotPassword')).catch(
      (e: unknown) => e,
    )) as TriggerValidationError
    expect(error.issues[0]?.code).toBe('unverified_contact')
    const mfa = userMigration(() => ({
      userAttributes: { email: 'x@example.org' },
      enableSMSMFA: true,
      desiredDeliveryMediums: ['EMAIL', 'EMAIL'],
    }))
    const e2 = (await invoke(mfa, createEvent('UserMigration_Authentication')).catch(
      (e: unknown) => e,
    )) as TriggerValidationError
    expect(e2.issues.map((i) => i.code)).toEqual(['missing_attribute', 'duplicate_value'])
  })

  it("accepts a response built on Cognito's pre-filled nulls, and hands it back as is", async () => {
    const prefilled = userMigration((event) => ({
      ...(event.response as object),
      userAttributes: { email: 'legacy.user@example.org', email_verified: 'true' },
    }))
    const out = await invoke(prefilled, createEvent('UserMigration_Authentication'))
    expect(out.response).toEqual({
      userAttributes: { email: 'legacy.user@example.org', email_verified: 'true' },
      finalUserStatus: null,
      messageAction: null,
      desiredDeliveryMediums: null,
      forceAliasCreation: null,
      enableSMSMFA: null,
    })
  })

  it('sees no password on ForgotPassword events', async () => {
    let hasPassword: boolean | undefined
    await invoke(
      userMigration((event) => {
        hasPassword = 'password' in event.request
        return { userAttributes: { phone_number: '+447700900123', phone_number_verified: 'true' } }
      }),
      createEvent('UserMigration_ForgotPassword'),
    )
    expect(hasPassword).toBe(false)
  })
})
