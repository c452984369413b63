import { describe, expect, it } from 'vitest'
import {
  addClaims,
  addScopes,
  deny,
  overrideGroups,
  preTokenGeneration,
  suppressClaims,
  suppressScopes,
  type TriggerValidationError,
  TriggerVersionMismatchError,
  UnsupportedTriggerSourceError,
} from '../../src/index.js'
import { createEvent, invoke, invokeAsCognito } from '../../src/testing/index.js'
import { eventFixture } from '../support/fixtures.js'

const fail = (p: Promise<unknown>) => p.then(() => undefined).catch((e: unknown) => e)

describe('preTokenGeneration versions', () => {
  it('.v1 takes version "1" events and rejects "2" and "3" with the configuration to fix', async () => {
    const handler = preTokenGeneration.v1(() => undefined)
    await expect(invoke(handler, createEvent('TokenGeneration_Authentication'))).resolves.toBeDefined()
    const error = (await fail(
      handler(eventFixture('TokenGeneration_Authentication.V2') as never),
    )) as TriggerVersionMismatchError
    expect(error).toBeInstanceOf(TriggerVersionMismatchError)
    expect(error.code).toBe('ERR_TRIGGER_VERSION_MISMATCH')
    expect(error.expected).toEqual(['1'])
    expect(error.received).toBe('2')
    expect(error.message).toContain('preTokenGeneration.v2')
  })

  it('.v2 takes "2" and rejects "3": V3 pools send version 3 for user sign-ins too', async () => {
    const handler = preTokenGeneration.v2(() => undefined)
    await expect(invoke(handler, createEvent('TokenGeneration_HostedAuth', { version: '2' }))).resolves.toBeDefined()
    const error = (await fail(
      handler(eventFixture('TokenGeneration_HostedAuth.V3') as never),
    )) as TriggerVersionMismatchError
    expect(error.received).toBe('3')
    expect(error.message).toContain('V3_0 pools send version "3" for user sign-ins too')
    expect(error.message).toContain('preTokenGeneration.v3')
  })

  it('.v3 takes user sources and client credentials; .v1/.v2 do not serve client credentials', async () => {
    const v3 = preTokenGeneration.v3((event) =>
      event.triggerSource === 'TokenGeneration_ClientCredentials'
        ? addClaims({ accessToken: { machine: true } })
        : addClaims({ idToken: { human: true } }),
    )
    const m2m = await invoke(v3, createEvent('TokenGeneration_ClientCredentials'))
    expect(m2m.response).toEqual({
      claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride: { machine: true } } },
    })
    const user = await invoke(v3, createEvent('TokenGeneration_RefreshTokens', { version: '3' }))
    expect(user.response).toEqual({
      claimsAndScopeOverrideDetails: { idTokenGeneration: { claimsToAddOrOverride: { human: true } } },
    })
    const error = await fail(
      preTokenGeneration.v2(() => undefined)(createEvent('TokenGeneration_ClientCredentials') as never),
    )
    expect(error).toBeInstanceOf(UnsupportedTriggerSourceError)
  })

  it('names cognito-local when it sees version "0"', async () => {
    const error = (await fail(
      preTokenGeneration.v1(() => undefined)(
        createEvent('TokenGeneration_Authentication', { version: '0' as never }) as never,
      ),
    )) as TriggerVersionMismatchError
    expect(error.received).toBe('0')
    expect(error.message).toContain('cognitoLocalEvents')
  })
})

describe('preTokenGeneration.v1 responses', () => {
  it('merges parts into claimsOverrideDetails, without a groupOverrideDetails unless asked', async () => {
    const handler = preTokenGeneration.v1((event) =>
      [
        addClaims({ idToken: { tenant: 'acme' } }),
        addClaims({ idToken: { plan: 'pro', tenant: 'acme-2' } }),
        suppressClaims({ idToken: ['phone_number'] }),
        suppressClaims({ idToken: ['phone_number', 'email'] }),
        event.request.groupConfiguration.groupsToOverride.includes('admins')
          ? overrideGroups({ groupsToOverride: [] })
          : [],
      ].flat(),
    )
    const out = await invoke(handler, createEvent('TokenGeneration_Authentication'))
    expect(out.response).toEqual({
      claimsOverrideDetails: {
        claimsToAddOrOverride: { tenant: 'acme-2', plan: 'pro' },
        claimsToSuppress: ['phone_number', 'email'],
      },
    })
  })

  it('overrideGroups keeps what it does not change when given the request configuration', async () => {
    const handler = preTokenGeneration.v1((event) =>
      overrideGroups(
        { groupsToOverride: [...event.request.groupConfiguration.groupsToOverride, 'beta'] },
        event.request.groupConfiguration,
      ),
    )
    const out = await invoke(handler, createEvent('TokenGeneration_Authentication'))
    expect(out.response).toEqual({
      claimsOverrideDetails: {
        groupOverrideDetails: {
          groupsToOverride: ['readers', 'beta'],
          iamRolesToOverride: ['arn:aws:iam::123456789012:role/readers'],
          preferredRole: 'arn:aws:iam::123456789012:role/readers',
        },
      },
    })
    expect(() => overrideGroups({ preferredRole: 'x' } as never)).toThrow(TypeError)
  })

  it('returns null details when the handler changes nothing', async () => {
    const out = await invoke(
      preTokenGeneration.v1(() => undefined),
      createEvent('TokenGeneration_NewPasswordChallenge'),
    )
    expect(out.response).toEqual({ claimsOverrideDetails: null })
  })

  it('rejects access-token parts (V1 only changes the ID token) and non-string claims', async () => {
    const access = (await fail(
      invoke(
        preTokenGeneration.v1(() => [addScopes(['api/read'])] as never),
        createEvent('TokenGeneration_Authentication'),
      ),
    )) as TriggerValidationError
    expect(access.issues.map((i) => i.code)).toEqual(['v1_access_token'])
    const object = (await fail(
      invoke(
        preTokenGeneration.v1(() => addClaims({ idToken: { roles: ['a'] } }) as never),
        createEvent('TokenGeneration_Authentication'),
      ),
    )) as TriggerValidationError
    expect(object.issues.map((i) => [i.code, i.path])).toEqual([
      ['v1_claim_not_string', 'response.claimsOverrideDetails.claimsToAddOrOverride.roles'],
    ])
  })

  it('rejects reserved claims even when the types are bypassed', async () => {
    const handler = preTokenGeneration.v1(() => addClaims({ idToken: { sub: 'spoofed' } as never }))
    const error = (await fail(invoke(handler, createEvent('TokenGeneration_Authentication')))) as TriggerValidationError
    expect(error.issues.map((i) => i.path)).toEqual(['response.claimsOverrideDetails.claimsToAddOrOverride.sub'])
    expect(error.message).not.toContain('spoofed')
  })

  it('accepts a full response object, and rejects mixing it with parts or returning the event', async () => {
    const full = preTokenGeneration.v1(() => ({ claimsOverrideDetails: { claimsToSuppress: ['email'] } }))
    expect((await invoke(full, createEvent('TokenGeneration_HostedAuth'))).response).toEqual({
      claimsOverrideDetails: { claimsToSuppress: ['email'] },
    })
    const mixed = preTokenGeneration.v1(
      () => [{ claimsOverrideDetails: null }, addClaims({ idToken: { a: 'b' } })] as never,
    )
    expect(
      ((await fail(invoke(mixed, createEvent('TokenGeneration_HostedAuth')))) as TriggerValidationError).issues[0]
        ?.message,
    ).toContain('not a mix')
    const whole = preTokenGeneration.v1((event) => event as never)
    expect(
      ((await fail(invoke(whole, createEvent('TokenGeneration_HostedAuth')))) as TriggerValidationError).issues[0]
        ?.code,
    ).toBe('event_returned')
  })

  it('denies token issuance with the message Cognito shows', async () => {
    const outcome = await invokeAsCognito(
      preTokenGeneration.v1(() => deny('Account suspended')),
      createEvent('TokenGeneration_RefreshTokens'),
    )
    expect(outcome.ok ? '' : outcome.cognitoMessage).toBe('PreTokenGeneration failed with error Account suspended.')
  })
})

describe('preTokenGeneration.v2 responses', () => {
  it('renders JSON claims, scopes and groups per token', async () => {
    const handler = preTokenGeneration.v2((event) => [
      addClaims({
        idToken: { tenant: { id: 7, name: 'acme' } },
        accessToken: { roles: ['reader', 'writer'], level: 3, beta: true },
      }),
      suppressClaims({ accessToken: ['email'] }),
      addScopes(['api/read', 'api/write']),
      suppressScopes(['aws.cognito.signin.user.admin']),
      overrideGroups({ groupsToOverride: ['admins'] }, event.request.groupConfiguration),
    ])
    const out = await invoke(handler, createEvent('TokenGeneration_Authentication', { version: '2' }))
    expect(out.response).toEqual({
      claimsAndScopeOverrideDetails: {
        idTokenGeneration: { claimsToAddOrOverride: { tenant: { id: 7, name: 'acme' } } },
        accessTokenGeneration: {
          claimsToAddOrOverride: { roles: ['reader', 'writer'], level: 3, beta: true },
          claimsToSuppress: ['email'],
          scopesToAdd: ['api/read', 'api/write'],
          scopesToSuppress: ['aws.cognito.signin.user.admin'],
        },
        groupOverrideDetails: {
          groupsToOverride: ['admins'],
          iamRolesToOverride: ['arn:aws:iam::123456789012:role/readers'],
          preferredRole: 'arn:aws:iam::123456789012:role/readers',
        },
      },
    })
  })

  it('allows aud in the access token only as the client id', async () => {
    const event = createEvent('TokenGeneration_Authentication', {
      version: '2',
      callerContext: { clientId: 'web-client' },
    })
    const ok = preTokenGeneration.v2(() => addClaims({ accessToken: { aud: 'web-client' } }))
    await expect(invoke(ok, event)).resolves.toBeDefined()
    const other = preTokenGeneration.v2(() => addClaims({ accessToken: { aud: 'https://api.example.org' } }))
    const error = (await fail(invoke(other, event))) as TriggerValidationError
    expect(error.issues.map((i) => i.code)).toEqual(['invalid_aud'])
  })

  it('rejects ID-token claims on client credentials events', async () => {
    const handler = preTokenGeneration.v3(() => addClaims({ idToken: { x: 1 } }))
    const error = (await fail(
      invoke(handler, createEvent('TokenGeneration_ClientCredentials')),
    )) as TriggerValidationError
    expect(error.issues.map((i) => i.code)).toEqual(['no_id_token'])
  })

  it('returns null details when nothing changes', async () => {
    const out = await invoke(
      preTokenGeneration.v3(() => []),
      createEvent('TokenGeneration_AuthenticateDevice', { version: '3' }),
    )
    expect(out.response).toEqual({ claimsAndScopeOverrideDetails: null })
  })

  it('.for<D, C>() is the same wrapper at run time', () => {
    expect(preTokenGeneration.v2.for()).toBe(preTokenGeneration.v2)
    expect(preTokenGeneration.v1.for()).toBe(preTokenGeneration.v1)
    expect(Object.isFrozen(preTokenGeneration)).toBe(true)
  })
})
