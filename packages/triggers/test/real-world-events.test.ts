/**
 * Real-world trigger events (AWS guide samples, captured events, other projects' fixtures; see
 * `support/real-world-events.ts`) and systematic variants of every trigger source: each parses
 * with `parseTriggerEvent` as the right source and version, and passes through its wrapper, which
 * hands Cognito the event back unchanged but for the response.
 */
import { describe, expect, it } from 'vitest'
import {
  CLIENT_ID_NOT_APPLICABLE,
  issueTokens,
  parseTriggerEvent,
  router,
  STANDARD_ATTRIBUTE_NAMES,
  TRIGGER_SOURCES,
  type TriggerEvent,
  triggerOf,
} from '../src/index.js'
import { createEvent } from '../src/testing/index.js'
import { eventFixtures } from './support/fixtures.js'
import { passThroughLambda } from './support/no-op-handlers.js'
import { realWorldEvents } from './support/real-world-events.js'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = readonly (string | number)[]

/** Parses an event and checks it is the member of the union for its source and version. */
function parsesAs(event: unknown, source: string, version: string): TriggerEvent {
  const parsed = parseTriggerEvent(event)
  expect(parsed.triggerSource).toBe(source)
  if (triggerOf(source) === 'PreTokenGeneration') expect(parsed.version).toBe(version)
  return parsed
}

/** Runs an event through the pass-through wrapper of its source: the event comes back with a response. */
async function passesWrapper(event: Record<string, unknown>, source: string, version: string): Promise<void> {
  const input = structuredClone(event)
  const out = (await passThroughLambda(source, version)(event as never)) as Record<string, unknown>
  const { response: _in, ...rest } = input
  const { response, ...outRest } = out
  expect(outRest).toEqual(rest)
  const trigger = triggerOf(source)
  if (trigger === 'CustomEmailSender' || trigger === 'CustomSMSSender') expect(response).toEqual(input.response)
  else expect(response).toBeTypeOf('object')
}

describe('real-world events', () => {
  const events = realWorldEvents()

  it('cover every trigger', () => {
    const triggers = new Set(events.map((e) => triggerOf(e.event.triggerSource as string)))
    expect([...triggers].sort()).toEqual(Object.keys(TRIGGER_SOURCES).sort())
  })

  describe.each(events.map((e) => [`${e.event.triggerSource as string}: ${e.name}`, e] as const))('%s', (_, e) => {
    const source = e.event.triggerSource as string

    it('parses as its source and version', () => {
      const parsed = parsesAs(e.event, source, e.version)
      expect(parsed.userPoolId).toBe(e.event.userPoolId)
    })

    it('passes through its wrapper', async () => {
      await passesWrapper(e.event, source, e.version)
    })
  })

  it('pass a router serving all 13 triggers, back to Cognito unchanged but for the response', async () => {
    const all = router(
      {
        PreSignUp: () => undefined,
        PostConfirmation: () => undefined,
        PreAuthentication: () => undefined,
        PostAuthentication: () => undefined,
        InboundFederation: () => undefined,
        DefineAuthChallenge: () => issueTokens(),
        CreateAuthChallenge: () => undefined,
        VerifyAuthChallengeResponse: () => false,
        PreTokenGeneration: () => undefined,
        UserMigration: () => ({ userAttributes: { email: 'a@example.com', email_verified: 'true' } }),
        CustomMessage: () => undefined,
        CustomEmailSender: () => undefined,
        CustomSMSSender: () => undefined,
      },
      { customEmailSender: { decrypt: null }, customSmsSender: { decrypt: null } },
    )
    for (const e of realWorldEvents()) {
      const { response: _in, ...rest } = structuredClone(e.event)
      const out = (await all(e.event as never)) as Record<string, unknown>
      const { response: _out, ...outRest } = out
      expect(outRest, e.name).toEqual(rest)
    }
  })

  it('reads them the way handlers expect', () => {
    const byName = (name: string) => {
      const found = realWorldEvents().find((e) => e.name === name)
      if (!found) throw new Error(`no event ${name}`)
      return parseTriggerEvent(found.event)
    }
    const docV2 = byName('V2 documentation sample: preferredRole as an array, response []')
    expect(docV2.triggerSource === 'TokenGeneration_Authentication' && docV2.request.groupConfiguration).toEqual({
      groupsToOverride: ['group-1', 'group-2'],
      iamRolesToOverride: ['arn:aws:iam::210987654321:role/group-1', 'arn:aws:iam::210987654321:role/group-2'],
      preferredRole: 'arn:aws:iam::210987654321:role/group-1',
    })
    const machine = byName('V3 client credentials with null user attributes and groups')
    expect(machine.triggerSource === 'TokenGeneration_ClientCredentials' && machine.request).toEqual({
      userAttributes: {},
      groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
      scopes: ['api/read', 'api/write'],
    })
    const bare = byName('V3 client credentials without user attributes or groups')
    expect(bare.triggerSource === 'TokenGeneration_ClientCredentials' && bare.request).toEqual({
      scopes: ['api/read'],
      clientMetadata: null,
    })
    expect(Object.keys(bare.request)).toEqual(['scopes', 'clientMetadata'])
    const noCode = byName('SMS sender, attribute update without a code')
    expect(noCode.triggerSource === 'CustomSMSSender_UpdateUserAttribute' && noCode.request.code).toBeNull()
    const federated = byName('first Google sign-in: empty alias attributes, empty validation data')
    expect(federated.triggerSource === 'PreSignUp_ExternalProvider' && federated.request.userAttributes).toMatchObject({
      'cognito:email_alias': '',
      email: 'sam.oduya@example.net',
    })
  })
})

// ── Systematic variants ─────────────────────────────────────────────────────────────────────

interface Base {
  readonly label: string
  readonly source: string
  readonly version: '1' | '2' | '3'
  readonly event: () => Record<string, unknown>
}

/** Every shared fixture, and a factory event of every source (and pre token generation version). */
function bases(): Base[] {
  const out: Base[] = eventFixtures().map((f) => ({
    label: `fixture ${f.name}`,
    source: f.source,
    version: f.version,
    event: f.event,
  }))
  for (const e of realWorldEvents()) {
    out.push({
      label: `real-world ${e.event.triggerSource as string}: ${e.name}`,
      source: e.event.triggerSource as string,
      version: e.version,
      event: () => structuredClone(e.event),
    })
  }
  for (const [trigger, sources] of Object.entries(TRIGGER_SOURCES)) {
    for (const source of sources as readonly string[]) {
      const versions: ('1' | '2' | '3')[] =
        trigger !== 'PreTokenGeneration'
          ? ['1']
          : source === 'TokenGeneration_ClientCredentials'
            ? ['3']
            : ['1', '2', '3']
      for (const version of versions) {
        out.push({
          label: `createEvent ${source}${trigger === 'PreTokenGeneration' ? ` v${version}` : ''}`,
          source,
          version,
          event: () =>
            structuredClone(
              createEvent(source as never, trigger === 'PreTokenGeneration' ? ({ version } as never) : undefined),
            ) as Record<string, unknown>,
        })
      }
    }
  }
  return out
}

/** Paths Cognito always fills, by trigger (or source); `#` stands for any array index. */
function requiredPaths(source: string): readonly string[] {
  const common = ['version', 'triggerSource', 'region', 'userPoolId', 'request']
  const own: Record<string, readonly string[]> = {
    CreateAuthChallenge: ['request.challengeName'],
    VerifyAuthChallengeResponse: ['request.challengeAnswer'],
    CustomMessage: ['request.codeParameter'],
    CustomEmailSender: ['request.type'],
    CustomSMSSender: ['request.type'],
    InboundFederation: ['request.providerName', 'request.providerType'],
  }
  const bySource: Record<string, readonly string[]> = {
    UserMigration_Authentication: ['request.password'],
    // The notification's facts are its point: they are required.
    CustomEmailSender_AccountTakeOverNotification: [
      'request.userAttributes',
      ...[
        'EVENT_ID',
        'USER_NAME',
        'IP_ADDRESS',
        'ACCOUNT_TAKE_OVER_ACTION',
        'ONE_CLICK_LINK_VALID',
        'ONE_CLICK_LINK_INVALID',
        'LOGIN_TIME',
        'FEEDBACK_TOKEN',
      ].map((k) => `request.userAttributes.${k}`),
    ],
  }
  return [
    ...common,
    ...(source === 'TokenGeneration_ClientCredentials' ? [] : ['userName']),
    ...(own[triggerOf(source) ?? ''] ?? []),
    ...(bySource[source] ?? []),
    'request.session.#.challengeName',
    'request.session.#.challengeResult',
  ]
}

/** Objects whose keys are data (string maps): an added key gets a string value. */
const MAPS = [
  'request.userAttributes',
  'request.clientMetadata',
  'request.validationData',
  'request.privateChallengeParameters',
]

const key = (at: Path) => at.map((p) => (typeof p === 'number' ? '#' : p)).join('.')

/** Every path to a field (not to an array item) of a JSON document, parents first. */
function fields(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) return value.flatMap((v, i) => fields(v, [...at, i]))
  return Object.entries(value).flatMap(([k, v]) => [[...at, k], ...fields(v, [...at, k])])
}

/** Every path to an object that is not an array, the root included. */
function objects(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) return value.flatMap((v, i) => objects(v, [...at, i]))
  return [at, ...Object.entries(value).flatMap(([k, v]) => objects(v, [...at, k]))]
}

function parentOf(doc: Record<string, unknown>, at: Path): Record<string | number, unknown> {
  let node = doc as Record<string | number, unknown>
  for (const p of at.slice(0, -1)) node = node[p] as Record<string | number, unknown>
  return node
}

function without(doc: Record<string, unknown>, at: Path): Record<string, unknown> {
  const copy = structuredClone(doc)
  delete parentOf(copy, at)[at.at(-1) as string]
  return copy
}

function withValue(doc: Record<string, unknown>, at: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(doc)
  parentOf(copy, at)[at.at(-1) as string | number] = value
  return copy
}

function get(doc: unknown, at: Path): unknown {
  return at.reduce<unknown>((node, p) => (node as Record<string | number, unknown>)?.[p], doc)
}

const FUTURE = { nested: ['x', 1, true, null], at: 'every level' }

const EVERY_ATTRIBUTE: Record<string, string> = {
  ...Object.fromEntries(STANDARD_ATTRIBUTE_NAMES.map((name) => [name, `value of ${name}`])),
  email: 'every.attribute@example.net',
  email_verified: 'true',
  phone_number: '+61491570006',
  phone_number_verified: 'false',
  updated_at: '1767225600',
  address: '{"formatted":"1 Example Street"}',
  sub: '5b1d7e3a-0c9f-4a62-8e1b-7d3c5a9f0e21',
  'custom:tier': 'gold',
  'custom:seats': '25',
  'custom:very_long_attribute_name_x': 'y',
  'cognito:user_status': 'CONFIRMED',
  'cognito:email_alias': 'every.attribute@example.net',
  'cognito:phone_number_alias': '+61491570006',
  'cognito:mfa_enabled': 'false',
  identities:
    '[{"userId":"1","providerName":"Google","providerType":"Google","issuer":null,"primary":true,"dateCreated":1767225600000}]',
  'dev:custom:tier': 'gold',
}

describe.each(bases().map((b) => [b.label, b] as const))('variants of %s', (_, base) => {
  const required = new Set(requiredPaths(base.source))

  it('parse and pass the wrapper with each optional field removed', async () => {
    const doc = base.event()
    let checked = 0
    for (const at of fields(doc as Json)) {
      if (required.has(key(at))) continue
      const variant = without(doc, at)
      expect(() => parsesAs(variant, base.source, base.version), `without ${key(at)}`).not.toThrow()
      await passesWrapper(variant, base.source, base.version)
      checked++
    }
    expect(checked).toBeGreaterThan(3)
  })

  it('parse and pass the wrapper with each nullable field null', async () => {
    const doc = base.event()
    for (const at of fields(doc as Json)) {
      if (required.has(key(at)) || get(doc, at) === null) continue
      const variant = withValue(doc, at, null)
      expect(() => parsesAs(variant, base.source, base.version), `${key(at)}: null`).not.toThrow()
      await passesWrapper(variant, base.source, base.version)
    }
  })

  it('reject a required field removed or null, naming it', () => {
    const doc = base.event()
    for (const at of fields(doc as Json)) {
      if (!required.has(key(at)) || key(at) === 'triggerSource') continue
      for (const variant of [without(doc, at), withValue(doc, at, null)]) {
        expect(() => parseTriggerEvent(variant), key(at)).toThrow()
      }
    }
  })

  it('keep unknown keys added at every object level', async () => {
    const doc = base.event()
    let variant = structuredClone(doc)
    const added: Path[] = []
    for (const at of objects(doc as Json)) {
      const map = MAPS.includes(key(at))
      variant = withValue(variant, [...at, 'zz_future_key'], map ? 'future value' : FUTURE)
      added.push([...at, 'zz_future_key'])
    }
    const parsed = parsesAs(variant, base.source, base.version)
    for (const at of added) {
      if (at[0] === 'response') continue
      // Values the parse normalises (a nested map value or answer read as JSON text, an array
      // groupConfiguration read as its first item) keep the key in Cognito's copy only.
      const normalised = at.slice(0, -1).some((_, i) => typeof get(parsed, at.slice(0, i + 1)) === 'string')
      if (normalised || key(at).startsWith('request.groupConfiguration.#')) continue
      expect(get(parsed, at), key(at)).toEqual(get(variant, at))
    }
    await passesWrapper(variant, base.source, base.version)
  })

  it('accept clientId null, CLIENT_ID_NOT_APPLICABLE or absent, and no callerContext fields at all', async () => {
    const doc = base.event()
    for (const variant of [
      withValue(doc, ['callerContext', 'clientId'], null),
      withValue(doc, ['callerContext', 'clientId'], CLIENT_ID_NOT_APPLICABLE),
      without(doc, ['callerContext', 'clientId']),
      withValue(doc, ['callerContext'], {}),
      withValue(doc, ['callerContext'], { awsSdkVersion: null, clientId: null }),
    ]) {
      const parsed = parsesAs(variant, base.source, base.version)
      expect(parsed.callerContext).toEqual(variant.callerContext)
      await passesWrapper(variant, base.source, base.version)
    }
  })

  it('accept userAttributes with every standard attribute, custom ones and pseudo-attributes', async () => {
    const doc = base.event()
    const request = doc.request as Record<string, unknown>
    if (!('userAttributes' in request) || base.source === 'CustomEmailSender_AccountTakeOverNotification') return
    const variant = withValue(doc, ['request', 'userAttributes'], EVERY_ATTRIBUTE)
    const parsed = parsesAs(variant, base.source, base.version) as { request: { userAttributes: unknown } }
    expect(parsed.request.userAttributes).toEqual(EVERY_ATTRIBUTE)
    await passesWrapper(variant, base.source, base.version)
  })
})
