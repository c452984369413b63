import { createEvent, invoke, invokeAsCognito } from '@cognito-kit/triggers/testing'
import { describe, expect, it } from 'vitest'
import { type LegacyDirectory, type LegacyUser, userMigrationHandler } from '../src/user-migration-handler.js'

const users: Record<string, LegacyUser & { password: string }> = {
  'jane.roe': { email: 'jane.roe@example.org', emailVerified: true, tenant: 'acme', password: 'old-but-good-1' },
  'sam.unverified': { email: 'sam@example.org', emailVerified: false, tenant: 'acme', password: 'whatever-2' },
}
const directory: LegacyDirectory = {
  authenticate: async (username, password) => (users[username]?.password === password ? users[username] : undefined),
  find: async (username) => users[username],
}
const handler = userMigrationHandler({ directory })

const signIn = (userName: string, password: string) =>
  createEvent('UserMigration_Authentication', { userName, request: { password } })
const forgot = (userName: string) => createEvent('UserMigration_ForgotPassword', { userName })

describe('userMigrationHandler', () => {
  it('migrates a user whose old password is right, confirmed and without a welcome message', async () => {
    const out = await invoke(handler, signIn('jane.roe', 'old-but-good-1'))
    expect(out.response).toMatchObject({
      userAttributes: { email: 'jane.roe@example.org', email_verified: 'true', 'custom:tenant': 'acme' },
      finalUserStatus: 'CONFIRMED',
      messageAction: 'SUPPRESS',
    })
  })

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await invokeAsCognito(handler, signIn('jane.roe', 'guess'))
    const unknown = await invokeAsCognito(handler, signIn('nobody', 'guess'))
    expect(wrong).toMatchObject({
      ok: false,
      cognitoMessage: 'UserMigration failed with error Incorrect username or password.',
    })
    expect(unknown).toMatchObject({
      ok: false,
      cognitoMessage: 'UserMigration failed with error Incorrect username or password.',
    })
  })

  it('migrates for a password reset when the email is verified', async () => {
    const out = await invoke(handler, forgot('jane.roe'))
    expect(out.response).toMatchObject({ userAttributes: { email_verified: 'true' } })
  })

  it('refuses a password reset without a verified email (Cognito could not send the code)', async () => {
    const outcome = await invokeAsCognito(handler, forgot('sam.unverified'))
    expect(outcome.ok).toBe(false)
  })
})
