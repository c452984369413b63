import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { TriggerValidationError } from '../../src/errors.js'
import { checkSchema } from '../../src/internal/define-trigger.js'
import { emptyResponse, mergedResponse } from '../../src/internal/merged-response.js'
import { issue } from '../../src/internal/to-trigger-issues.js'

const event = { triggerSource: 'Test_Source' }
const schema = z.strictObject({
  a: z.optional(z.number()),
  b: z.optional(z.number()),
  m: z.optional(z.record(z.string(), z.string())),
})
const bySchema = (response: unknown) => checkSchema(schema, response, ['response'])

function failure(run: () => unknown): TriggerValidationError {
  try {
    run()
  } catch (error) {
    if (error instanceof TriggerValidationError) return error
    throw error
  }
  throw new Error('expected a TriggerValidationError')
}

describe('mergedResponse', () => {
  it('merges the parts in order over the defaults, skipping undefined, null and false parts', () => {
    const respond = mergedResponse({ defaults: { a: 0, b: 0 }, issues: bySchema })
    expect(respond(undefined, event, undefined)).toEqual({ a: 0, b: 0 })
    expect(respond([{ a: 1 }, undefined, null, false, { a: 2, b: 3 }], event, undefined)).toEqual({ a: 2, b: 3 })
  })

  it('returns a fresh object per call (the defaults are never handed out)', () => {
    const defaults = { a: 0 }
    const respond = mergedResponse({ defaults, issues: bySchema })
    const first = respond(undefined, event, undefined)
    first.a = 5
    expect(respond(undefined, event, undefined)).toEqual({ a: 0 })
    expect(defaults).toEqual({ a: 0 })
  })

  it('reports a part that is not an object with its index, and checks nothing else then', () => {
    let checked = 0
    const respond = mergedResponse({
      issues: () => {
        checked++
        return []
      },
    })
    const error = failure(() => respond([{ a: 1 }, 'x'], event, undefined))
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      ['response[1]', 'expected a response object, received string'],
    ])
    expect(error.target).toBe('response')
    expect(error.triggerSource).toBe('Test_Source')
    expect(checked).toBe(0)
  })

  it('hands the merged response, the event and the options to the checks', () => {
    const seen: unknown[] = []
    const respond = mergedResponse<typeof event, { strict: boolean }>({
      issues: (response, e, options) => {
        seen.push(response, e, options)
        return options.strict ? [issue('too_strict', ['response'], 'strict')] : []
      },
    })
    expect(respond({ a: 1 }, event, { strict: false })).toEqual({ a: 1 })
    expect(seen).toEqual([{ a: 1 }, event, { strict: false }])
    expect(failure(() => respond({}, event, { strict: true })).issues[0]?.code).toBe('too_strict')
  })

  it('reports the required issue when the handler returned no part', () => {
    const required = issue('missing_thing', ['response', 'a'], 'required')
    const respond = mergedResponse({ required, issues: bySchema })
    expect(failure(() => respond(undefined, event, undefined)).issues).toEqual([required])
    expect(failure(() => respond([null, false], event, undefined)).issues).toEqual([required])
    expect(respond({ a: 1 }, event, undefined)).toEqual({ a: 1 })
  })

  it('maps each part before merging', () => {
    const respond = mergedResponse({ part: (p) => (typeof p === 'number' ? { a: p } : p), issues: bySchema })
    expect(respond([1, { b: 2 }], event, undefined)).toEqual({ a: 1, b: 2 })
  })

  it('lets the trigger adjust a merged response from its parts, only when they are all objects', () => {
    const calls: unknown[] = []
    const respond = mergedResponse({
      issues: bySchema,
      merge(response, parts) {
        calls.push(parts.length)
        response.m = Object.assign({}, ...parts.map((p) => p.m))
      },
    })
    expect(respond([{ m: { x: '1' } }, { m: { y: '2' } }], event, undefined)).toEqual({ m: { x: '1', y: '2' } })
    failure(() => respond([{ m: {} }, 7], event, undefined))
    expect(calls).toEqual([2])
  })

  it('throws the schema issues of the merged response', () => {
    const respond = mergedResponse({ issues: bySchema })
    const error = failure(() => respond([{ a: 'one' }, { c: 1 }], event, undefined))
    expect(error.issues.map((i) => i.path)).toEqual(['response.a', 'response'])
  })
})

describe('emptyResponse', () => {
  it('accepts nothing and {} and answers {}', () => {
    expect(emptyResponse(undefined, event)).toEqual({})
    expect(emptyResponse([{}, undefined], event)).toEqual({})
  })

  it('rejects a response with keys, naming them', () => {
    const error = failure(() => emptyResponse({ welcome: true }, event))
    expect(error.issues[0]?.code).toBe('unrecognized_keys')
    expect(error.issues[0]?.message).toContain('"welcome"')
  })
})
