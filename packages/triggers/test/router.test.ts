import { describe, expect, it } from 'vitest'
import {
  addClaims,
  autoConfirm,
  autoVerifyEmail,
  router,
  TriggerValidationError,
  TriggerVersionMismatchError,
  UnsupportedTriggerSourceError,
} from '../src/index.js'
import { createEvent, createTestCipher, invoke } from '../src/testing/index.js'

describe('router', () => {
  const cipher = createTestCipher()
  const sent: string[] = []
  const handler = router(
    {
      PreSignUp: () => autoConfirm(),
      PreSignUp_ExternalProvider: () => [autoConfirm(), autoVerifyEmail()],
      CustomMessage: ({ request }) => ({ smsMessage: `Code: ${request.codeParameter}` }),
      PreTokenGeneration: (event) =>
        event.version === '1'
          ? addClaims({ idToken: { v: '1' } })
          : addClaims({ accessToken: { v: Number(event.version) } }),
      CustomSMSSender_SignUp: (_event, _context, { code }) => void sent.push(code ?? 'none'),
    },
    { customSmsSender: { decrypt: cipher.decrypt } },
  )

  it('routes each source to its handler; a source route wins over its trigger route', async () => {
    expect((await invoke(handler, createEvent('PreSignUp_SignUp'))).response).toEqual({
      autoConfirmUser: true,
      autoVerifyEmail: false,
      autoVerifyPhone: false,
    })
    expect((await invoke(handler, createEvent('PreSignUp_ExternalProvider'))).response).toMatchObject({
      autoVerifyEmail: true,
    })
    expect((await invoke(handler, createEvent('CustomMessage_Authentication'))).response).toMatchObject({
      smsMessage: 'Code: {####}',
    })
    await invoke(handler, createEvent('CustomSMSSender_SignUp', { request: { code: cipher.encrypt('555111') } }))
    expect(sent).toEqual(['555111'])
  })

  it('applies the rules of the event version to pre token generation', async () => {
    expect((await invoke(handler, createEvent('TokenGeneration_Authentication'))).response).toEqual({
      claimsOverrideDetails: { claimsToAddOrOverride: { v: '1' } },
    })
    expect((await invoke(handler, createEvent('TokenGeneration_Authentication', { version: '3' }))).response).toEqual({
      claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride: { v: 3 } } },
    })
  })

  it('reads a numeric version (old AWS samples) as the string Cognito sends', async () => {
    const v2 = { ...createEvent('TokenGeneration_RefreshTokens', { version: '2' }), version: 2 }
    expect((await invoke(handler, v2 as never)).response).toEqual({
      claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride: { v: 2 } } },
    })
    const v2only = router({ PreTokenGeneration: () => undefined }, { preTokenGeneration: 'V2_0' })
    await expect(invoke(v2only, v2 as never)).resolves.toMatchObject({ version: 2 })
    const signUp = { ...createEvent('PreSignUp_SignUp'), version: 1 }
    expect((await invoke(handler, signUp as never)).response).toMatchObject({ autoConfirmUser: true })
  })

  it('validates like the wrappers do', async () => {
    const bad = router({ PreSignUp: () => ({ autoConfirmUser: 'yes' }) as never })
    await expect(invoke(bad, createEvent('PreSignUp_SignUp'))).rejects.toBeInstanceOf(TriggerValidationError)
  })

  it('rejects undeclared sources, or passes them through when asked', async () => {
    const error = (await invoke(handler, createEvent('PostConfirmation_ConfirmSignUp') as never).catch(
      (e: unknown) => e,
    )) as UnsupportedTriggerSourceError
    expect(error).toBeInstanceOf(UnsupportedTriggerSourceError)
    expect(error.supported).toContain('CustomSMSSender_SignUp')
    expect(error.supported).not.toContain('CustomSMSSender_ResendCode')
    const lenient = router({ PreSignUp_SignUp: () => autoConfirm() }, { unhandled: 'passthrough' })
    const other = createEvent('PreSignUp_AdminCreateUser')
    expect(await invoke(lenient, other as never)).toEqual(other)
    await expect(lenient({ notAnEvent: true } as never)).rejects.toBeInstanceOf(UnsupportedTriggerSourceError)
  })

  it('pins the pre token generation version when configured', async () => {
    const v2only = router({ PreTokenGeneration: () => undefined }, { preTokenGeneration: 'V2_0' })
    await expect(invoke(v2only, createEvent('TokenGeneration_HostedAuth', { version: '2' }))).resolves.toBeDefined()
    await expect(invoke(v2only, createEvent('TokenGeneration_HostedAuth') as never)).rejects.toBeInstanceOf(
      TriggerVersionMismatchError,
    )
  })

  it('refuses unknown keys and sender routes without decrypt options', () => {
    expect(() => router({ PreSignUpp: () => undefined } as never)).toThrow(/neither a trigger nor a trigger source/)
    expect(() => router({ CustomEmailSender: () => undefined })).toThrow(/customEmailSender/)
    expect(() => router({ PreSignUp: 'x' } as never)).toThrow(TypeError)
  })
})
