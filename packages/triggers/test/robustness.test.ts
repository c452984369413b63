/**
 * Whatever an event or a response holds, the package answers with its own typed errors, never a
 * crash: every leaf of every fixture is replaced by values of other types, and every wrapper is
 * handed junk responses.
 */
import { describe, expect, it } from 'vitest'
import { isTriggerError, parseTriggerEvent, TRIGGER_SOURCES } from '../src/index.js'
import { createEvent, invoke } from '../src/testing/index.js'
import { eventFixtures } from './support/fixtures.js'
import { junkLambda } from './support/junk-handlers.js'
import { realWorldEvents } from './support/real-world-events.js'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every path to a value in a JSON document. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at]
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)
  return [at, ...entries.flatMap(([k, v]) => paths(v, [...at, k]))]
}

function replaced(doc: Json, at: (string | number)[], value: unknown): Json {
  if (at.length === 0) return value as Json
  const copy = structuredClone(doc) as Record<string | number, Json>
  let node = copy
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, Json>
  node[at.at(-1) as string | number] = value as Json
  return copy as Json
}

const JUNK: unknown[] = [null, 42, 'text', true, [], {}, [1, { a: null }], { nested: { deeper: [] } }]

describe('robustness', () => {
  it('parseTriggerEvent throws only its own errors for any mutated fixture', () => {
    let checked = 0
    const documents = [
      ...eventFixtures().map((f) => ({ name: f.name, event: f.event })),
      ...realWorldEvents().map((e) => ({ name: e.name, event: () => e.event })),
    ]
    for (const fixture of documents) {
      const doc = fixture.event() as Json
      for (const at of paths(doc)) {
        for (const junk of JUNK) {
          const mutated = replaced(doc, at, junk)
          try {
            parseTriggerEvent(mutated)
          } catch (error) {
            expect(
              isTriggerError(error),
              `${fixture.name} ${at.join('.')} = ${JSON.stringify(junk)}: ${String(error)}`,
            ).toBe(true)
          }
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(4000)
  })

  it('wrappers throw only their own errors for junk responses', async () => {
    const junkResponses: unknown[] = [
      ...JUNK,
      [null],
      [{}, 'x'],
      { response: {} },
      { claimsOverrideDetails: { claimsToAddOrOverride: [] } },
    ]
    for (const [trigger, sources] of Object.entries(TRIGGER_SOURCES)) {
      for (const source of sources) {
        const versions =
          trigger === 'PreTokenGeneration'
            ? source === 'TokenGeneration_ClientCredentials'
              ? ['3']
              : ['1', '2', '3']
            : ['1']
        for (const version of versions) {
          for (const junk of junkResponses) {
            const lambda = junkLambda(source, version, junk)
            const event = createEvent(
              source as never,
              trigger === 'PreTokenGeneration' ? ({ version } as never) : undefined,
            )
            try {
              await invoke(lambda, event as never)
            } catch (error) {
              expect(isTriggerError(error), `${source} v${version} -> ${JSON.stringify(junk)}: ${String(error)}`).toBe(
                true,
              )
            }
          }
        }
      }
    }
  })
})
