import { match, P } from 'ts-pattern'
import { describe, expect, it } from 'vitest'
import {
  parseTriggerEvent,
  preTokenGeneration,
  TriggerValidationError,
  TriggerVersionMismatchError,
  UnsupportedTriggerSourceError,
} from '../src/index.js'
import { createEvent } from '../src/testing/index.js'
import { eventFixture } from './support/fixtures.js'

describe('parseTriggerEvent', () => {
  it('dispatches pre token generation events on version', () => {
    const v1 = parseTriggerEvent(eventFixture('TokenGeneration_HostedAuth'))
    const v2 = parseTriggerEvent(eventFixture('TokenGeneration_HostedAuth.V2'))
    const v3 = parseTriggerEvent(eventFixture('TokenGeneration_HostedAuth.V3'))
    const scopes = (e: typeof v1) =>
      match(e)
        .with({ triggerSource: P.string.startsWith('TokenGeneration_'), version: '1' }, () => 'none')
        .with({ triggerSource: P.string.startsWith('TokenGeneration_'), version: P.union('2', '3') }, (t) =>
          t.request.scopes.join(' '),
        )
        .otherwise(() => 'not a token event')
    expect([scopes(v1), scopes(v2), scopes(v3)]).toEqual([
      'none',
      'aws.cognito.signin.user.admin phone openid profile email',
      'openid profile email',
    ])
  })

  it('reads a missing or null scopes of a version 2 event as none, and rejects a malformed one', () => {
    for (const scopes of [undefined, null]) {
      const event = eventFixture('TokenGeneration_Authentication.V2')
      ;(event.request as Record<string, unknown>).scopes = scopes
      const parsed = parseTriggerEvent(event)
      expect(
        parsed.triggerSource === 'TokenGeneration_Authentication' && parsed.version === '2' && parsed.request.scopes,
      ).toEqual([])
    }
    const event = eventFixture('TokenGeneration_Authentication.V2')
    ;(event.request as Record<string, unknown>).scopes = 'openid email'
    let error: TriggerValidationError | undefined
    try {
      parseTriggerEvent(event)
    } catch (e) {
      error = e as TriggerValidationError
    }
    expect(error?.issues.map((i) => i.path)).toEqual(['request.scopes'])
  })

  it('reads a numeric version (old AWS samples) as a string, for the wrappers too', async () => {
    const v3 = parseTriggerEvent({ ...eventFixture('TokenGeneration_HostedAuth.V3'), version: 3 })
    expect([v3.triggerSource, v3.version]).toEqual(['TokenGeneration_HostedAuth', '3'])
    expect(parseTriggerEvent({ ...eventFixture('CustomMessage_SignUp'), version: 1 }).version).toBe('1')
    const seen: string[] = []
    const v1 = preTokenGeneration.v1((event) => void seen.push(event.version))
    const out = await v1({ ...eventFixture('TokenGeneration_Authentication'), version: 1 } as never)
    expect([seen, (out as { version: unknown }).version]).toEqual([['1'], 1])
    expect(() => parseTriggerEvent({ ...eventFixture('TokenGeneration_Authentication'), version: 4 })).toThrow(
      TriggerVersionMismatchError,
    )
    expect(() => parseTriggerEvent({ ...eventFixture('PreSignUp_SignUp'), version: { v: 1 } })).toThrow(
      /version: expected string, received object/,
    )
  })

  it('rejects unknown and missing trigger sources, and versions Cognito does not send', () => {
    expect(() => parseTriggerEvent({ ...createEvent('PreSignUp_SignUp'), triggerSource: 'PreSignUp_Unknown' })).toThrow(
      UnsupportedTriggerSourceError,
    )
    expect(() => parseTriggerEvent({ version: '1' })).toThrow(UnsupportedTriggerSourceError)
    expect(() => parseTriggerEvent(createEvent('TokenGeneration_Authentication', { version: '4' as never }))).toThrow(
      TriggerVersionMismatchError,
    )
    expect(() => parseTriggerEvent({ ...createEvent('TokenGeneration_ClientCredentials'), version: '2' })).toThrow(
      /client credentials events only come from V3_0 pools/,
    )
    expect(() => parseTriggerEvent('{"triggerSource":"PreSignUp_SignUp"}')).toThrow(TriggerValidationError)
    expect(() => parseTriggerEvent(null)).toThrow(/received null/)
  })

  it('accepts the quirks of real events', () => {
    const quirks: unknown[] = [
      // AdminConfirmSignUp: no app client
      createEvent('PostConfirmation_ConfirmSignUp', { callerContext: { clientId: null } }),
      // AdminCreateUser
      createEvent('CustomMessage_AdminCreateUser'),
      // first call of a CUSTOM_CHALLENGE-first flow
      createEvent('CreateAuthChallenge_Authentication', { request: { session: [] } }),
      // user not found, failed custom challenge
      createEvent('DefineAuthChallenge_Authentication', {
        request: {
          userAttributes: {},
          userNotFound: true,
          session: [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: 'X' }],
        },
      }),
      // migrate user signing in with an email alias, with validation data
      createEvent('UserMigration_Authentication', {
        userName: 'jane@example.org',
        request: { validationData: { ip: '198.51.100.1' } },
      }),
      // the AWS doc sample's "None" strings and "####" placeholder
      createEvent('CustomMessage_SignUp', {
        request: { codeParameter: '####', usernameParameter: 'None', linkParameter: undefined },
        response: { smsMessage: 'None', emailMessage: 'None', emailSubject: 'None' } as never,
      }),
      // pre-filled responses in any shape (doc samples show [])
      createEvent('TokenGeneration_Authentication', { version: '2', response: [] as never }),
      // no callerContext fields at all
      createEvent('PostAuthentication_Authentication', {
        callerContext: { awsSdkVersion: undefined, clientId: undefined },
      }),
      // client credentials without user attributes or groups
      createEvent('TokenGeneration_ClientCredentials', {
        userName: undefined,
        request: { userAttributes: undefined, groupConfiguration: undefined },
      }),
    ]
    for (const event of quirks) expect(() => parseTriggerEvent(event)).not.toThrow()
  })

  it('reads nested map values as JSON text and quoted flags as booleans, and still rejects what is not JSON', () => {
    const event = parseTriggerEvent(
      createEvent('PostAuthentication_Authentication', {
        request: {
          userAttributes: { address: { formatted: '1 Example Street' } as never, 'custom:tags': ['a', 1] as never },
          clientMetadata: { context: { tenant: 'acme' } as never, count: 2 as never },
          newDeviceUsed: 'true' as never,
        },
      }),
    )
    expect(event.triggerSource === 'PostAuthentication_Authentication' && event.request).toMatchObject({
      userAttributes: { address: '{"formatted":"1 Example Street"}', 'custom:tags': '["a",1]' },
      clientMetadata: { context: '{"tenant":"acme"}', count: '2' },
      newDeviceUsed: true,
    })
    const flag = parseTriggerEvent(
      createEvent('PreAuthentication_Authentication', { request: { userNotFound: 'false' as never } }),
    )
    expect(flag.triggerSource === 'PreAuthentication_Authentication' && flag.request.userNotFound).toBe(false)
    const bad = createEvent('PreAuthentication_Authentication', {
      request: { userNotFound: 'yes' as never, userAttributes: { email: (() => 'x') as never } },
    })
    expect(() => parseTriggerEvent(bad)).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ path: 'request.userAttributes.email' }),
          expect.objectContaining({ path: 'request.userNotFound' }),
        ],
      }),
    )
  })

  it('reads the archived guide’s array groupConfiguration as its first configuration', () => {
    const role = 'arn:aws:iam::123456789012:role/editors'
    const groups = { groupsToOverride: ['editors'], iamRolesToOverride: [role], preferredRole: role }
    const event = createEvent('TokenGeneration_RefreshTokens', { request: { groupConfiguration: [groups] as never } })
    const parsed = parseTriggerEvent(event)
    expect(parsed.triggerSource === 'TokenGeneration_RefreshTokens' && parsed.request.groupConfiguration).toEqual(
      groups,
    )
    const empty = parseTriggerEvent({ ...event, request: { ...event.request, groupConfiguration: [] } })
    expect(empty.triggerSource === 'TokenGeneration_RefreshTokens' && empty.request.groupConfiguration).toEqual({
      groupsToOverride: [],
      iamRolesToOverride: [],
      preferredRole: null,
    })
    expect(() =>
      parseTriggerEvent({ ...event, request: { ...event.request, groupConfiguration: [{ groupsToOverride: 1 }] } }),
    ).toThrow(/request\.groupConfiguration\[0\]\.groupsToOverride/)
  })

  it('reads the V2 documentation sample’s array preferredRole as its first role', () => {
    const event = createEvent('TokenGeneration_Authentication', {
      version: '2',
      request: {
        groupConfiguration: {
          preferredRole: ['arn:aws:iam::123456789012:role/x', 'arn:aws:iam::123456789012:role/y'] as never,
        },
      },
    })
    const parsed = parseTriggerEvent(event)
    expect(
      parsed.triggerSource === 'TokenGeneration_Authentication' && parsed.request.groupConfiguration.preferredRole,
    ).toBe('arn:aws:iam::123456789012:role/x')
    expect(() =>
      parseTriggerEvent({
        ...event,
        request: { ...event.request, groupConfiguration: { ...event.request.groupConfiguration, preferredRole: 7 } },
      }),
    ).toThrow(/request\.groupConfiguration\.preferredRole/)
  })
})
