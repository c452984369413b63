import { createEvent, invoke } from '@cognito-kit/triggers/testing'
import { describe, expect, it } from 'vitest'
import { postAuthenticationHandler, type SignInRecord } from '../src/post-authentication-handler.js'

describe('postAuthenticationHandler', () => {
  it('records each sign-in, flagging new devices', async () => {
    const records: SignInRecord[] = []
    const handler = postAuthenticationHandler({ record: (entry) => void records.push(entry) })
    const known = createEvent('PostAuthentication_Authentication')
    const fresh = createEvent('PostAuthentication_Authentication', { request: { newDeviceUsed: true } })
    await invoke(handler, known)
    await invoke(handler, fresh)
    expect(records).toEqual([
      {
        userPoolId: known.userPoolId,
        sub: known.request.userAttributes.sub,
        clientId: known.callerContext.clientId,
        newDevice: false,
      },
      expect.objectContaining({ newDevice: true }),
    ])
  })
})
