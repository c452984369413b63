import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import type { TriggerSpec } from '../../src/internal/define-trigger.js'
import { defineWrapper, withFor } from '../../src/internal/define-wrapper.js'

interface TestOptions {
  readonly tag: string
}

interface TestWrapper {
  (handler: (event: unknown) => unknown, options?: TestOptions): (event: unknown) => Promise<unknown>
  for(): TestWrapper
}

const event = { triggerSource: 'Test_Source', request: {} }

function testSpec(seen: unknown[]): TriggerSpec<TestOptions | undefined> {
  return {
    trigger: 'Test',
    wrapper: 'testWrapper',
    sources: ['Test_Source'],
    eventSchema: () => z.looseObject({ triggerSource: z.string() }),
    respond: (result, _event, options) => {
      seen.push(options)
      return { result }
    },
  }
}

describe('withFor', () => {
  it('gives the wrap function a .for() that returns the same function', () => {
    const wrap = (handler: never) => handler
    const wrapper = withFor<{ (handler: unknown): unknown; for(): unknown }>(wrap as never)
    expect(wrapper).toBe(wrap)
    expect(wrapper.for()).toBe(wrapper)
  })
})

describe('defineWrapper', () => {
  it('builds the spec on the first wrapped handler, once, and hands the options to respond', async () => {
    let specs = 0
    const seen: unknown[] = []
    const wrapper = defineWrapper<TestWrapper>(() => {
      specs++
      return testSpec(seen) as TriggerSpec<never>
    })
    expect(wrapper.for()).toBe(wrapper)
    expect(specs).toBe(0)
    const a = wrapper(() => 'a', { tag: 'first' })
    const b = wrapper.for()(() => 'b')
    expect(await a(event)).toEqual({ ...event, response: { result: 'a' } })
    expect(await b(event)).toEqual({ ...event, response: { result: 'b' } })
    expect(seen).toEqual([{ tag: 'first' }, undefined])
    expect(specs).toBe(1)
  })

  it('names the Lambda handler after the wrapper and refuses a handler that is not a function', () => {
    const wrapper = defineWrapper<TestWrapper>(() => testSpec([]) as TriggerSpec<never>)
    expect(wrapper(() => undefined).name).toBe('testWrapper')
    expect(() => wrapper('nope' as never)).toThrow('testWrapper(handler): handler must be a function')
  })
})
