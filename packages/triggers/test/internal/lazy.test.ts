import { describe, expect, it } from 'vitest'
import { lazy } from '../../src/internal/lazy.js'

describe('lazy', () => {
  it('builds nothing until the first call, then once', () => {
    let builds = 0
    const get = lazy(() => ({ n: ++builds }))
    expect(builds).toBe(0)
    const first = get()
    expect(get()).toBe(first)
    expect(builds).toBe(1)
  })

  it('builds again after a build that threw (nothing is cached)', () => {
    let calls = 0
    const get = lazy(() => {
      calls++
      if (calls === 1) throw new Error('first build fails')
      return { ok: true }
    })
    expect(() => get()).toThrow('first build fails')
    expect(get()).toEqual({ ok: true })
    expect(calls).toBe(2)
  })
})
