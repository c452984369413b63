/**
 * Every shared fixture (one per trigger source, plus the V2/V3 pre-token variants) parses with the
 * right type, passes its wrapper, and matches its per-source schema; unknown keys survive.
 */
import { describe, expect, it } from 'vitest'
import { parseTriggerEvent, TRIGGER_SOURCES, triggerOf } from '../../src/index.js'
import { eventSchemas } from '../../src/schemas.js'
import { eventFixtures } from '../support/fixtures.js'
import { passThroughLambda } from '../support/no-op-handlers.js'

const fixtures = eventFixtures()

describe('the shared fixtures', () => {
  it('cover all 41 trigger sources in 45 events', () => {
    const all = Object.values(TRIGGER_SOURCES).flat()
    expect(all).toHaveLength(41)
    expect(fixtures).toHaveLength(45)
    expect(new Set(fixtures.map((f) => f.source))).toEqual(new Set(all))
  })
})

describe.each(fixtures.map((f) => [f.name, f] as const))('fixture %s', (_name, fixture) => {
  it('parses with parseTriggerEvent as its source and version', () => {
    // GIVEN a fixture  WHEN parsed
    const event = parseTriggerEvent(fixture.event())
    // THEN it is the right member of the union
    expect(event.triggerSource).toBe(fixture.source)
    if (triggerOf(fixture.source) === 'PreTokenGeneration') expect(event.version).toBe(fixture.version)
    expect(event).toEqual(fixture.event())
  })

  it('passes its trigger wrapper', async () => {
    const lambda = passThroughLambda(fixture.source, fixture.version)
    const out = (await lambda(fixture.event() as never)) as Record<string, unknown>
    expect(out.triggerSource).toBe(fixture.source)
    expect(out.request).toEqual(fixture.event().request)
  })

  it('matches its per-source schema in @cognito-kit/triggers/schemas', () => {
    const entry = (eventSchemas as Record<string, unknown>)[fixture.source] as
      | { safeParse(v: unknown): { success: boolean } }
      | Record<string, { safeParse(v: unknown): { success: boolean } }>
    const schema =
      'safeParse' in entry
        ? entry
        : (entry as Record<string, { safeParse(v: unknown): { success: boolean } }>)[`V${fixture.version}`]!
    expect((schema as { safeParse(v: unknown): { success: boolean } }).safeParse(fixture.event()).success).toBe(true)
  })

  it('keeps keys Cognito may add later, at every level', () => {
    const event = fixture.event()
    event.futureTopLevel = { x: 1 }
    ;(event.request as Record<string, unknown>).futureRequestField = 'new'
    ;(event.callerContext as Record<string, unknown>).futureCaller = true
    const parsed = parseTriggerEvent(event) as unknown as Record<string, Record<string, unknown>>
    expect(parsed.futureTopLevel).toEqual({ x: 1 })
    expect(parsed.request?.futureRequestField).toBe('new')
    expect(parsed.callerContext?.futureCaller).toBe(true)
  })
})
