import { createEvent, invoke, invokeAsCognito } from '@cognito-kit/triggers/testing'
import { describe, expect, it } from 'vitest'
import { preSignUpHandler } from '../src/pre-sign-up-handler.js'

const signUp = (userAttributes: Record<string, string | undefined>) =>
  createEvent('PreSignUp_SignUp', { request: { userAttributes } })

describe('preSignUpHandler', () => {
  it('lets a self sign-up with a workspace through, unconfirmed', async () => {
    const out = await invoke(preSignUpHandler, signUp({ email: 'jane@example.org', 'custom:tenant': 'acme' }))
    expect(out.response).toEqual({ autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false })
  })

  it('refuses a self sign-up without a workspace, with the message Cognito shows', async () => {
    const outcome = await invokeAsCognito(preSignUpHandler, signUp({ email: 'jane@example.org' }))
    expect(outcome).toMatchObject({
      ok: false,
      exception: 'UserLambdaValidationException',
      cognitoMessage: 'PreSignUp failed with error Choose a workspace (custom:tenant) to sign up.',
    })
  })

  it('refuses blocked email domains, whatever the case', async () => {
    const outcome = await invokeAsCognito(
      preSignUpHandler,
      signUp({ email: 'Someone@Mailinator.COM', 'custom:tenant': 'acme' }),
    )
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.errorMessage).toBe('Sign-up is not possible with an address at mailinator.com')
  })

  it('marks a federated user’s email verified', async () => {
    const out = await invoke(preSignUpHandler, createEvent('PreSignUp_ExternalProvider'))
    expect(out.response).toMatchObject({ autoVerifyEmail: true, autoConfirmUser: false })
  })

  it('leaves users created by an administrator alone', async () => {
    const out = await invoke(preSignUpHandler, createEvent('PreSignUp_AdminCreateUser'))
    expect(out.response).toEqual({ autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false })
  })

  it('rejects an event that is not a pre sign-up event', async () => {
    await expect(
      invoke(preSignUpHandler as never, createEvent('PostConfirmation_ConfirmSignUp')),
    ).rejects.toMatchObject({
      code: 'ERR_TRIGGER_UNSUPPORTED',
    })
  })
})
