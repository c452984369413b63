import { describe, expect, it } from 'vitest'
import { inspectJson, MAX_JSON_DEPTH } from '../../src/internal/inspect-json.js'

const check = (text: string) => inspectJson(text, JSON.parse(text))

describe('inspectJson', () => {
  it('finds repeated names at any depth', () => {
    expect(check('{"a":1,"a":2}')).toBe('duplicate-member')
    expect(check('{"a":{"b":1,"b":1}}')).toBe('duplicate-member')
    expect(check('{"a":[{"x":1},{"y":2,"y":3}]}')).toBe('duplicate-member')
    expect(check('{ "a" : 1 , "a" : 1 }')).toBe('duplicate-member')
  })

  it('accepts distinct names, whatever the strings contain', () => {
    expect(check('{"a":1,"b":[1,2,{"c":"d"}]}')).toBeUndefined()
    expect(check('{"a":"x:y","b":"\\":\\"","c\\"":":"}')).toBeUndefined()
    expect(check('{"a\\\\":"b\\\\","c":"\\\\\\":"}')).toBeUndefined()
    expect(check('{}')).toBeUndefined()
    expect(check('[1,"a:b"]')).toBeUndefined()
    expect(check('"x"')).toBeUndefined()
  })

  it('counts an escaped name and its plain twin as duplicates (JSON.parse merges them)', () => {
    expect(check('{"a":1,"\\u0061":2}')).toBe('duplicate-member')
  })

  it('refuses prototype-pollution gadgets at any depth, however spelled', () => {
    for (const name of ['__proto__', 'constructor', 'prototype', '\\u005f_proto__', 'constructo\\u0072']) {
      expect(check(`{"${name}":{}}`)).toBe('forbidden-member')
      expect(check(`{"a":{"b":[{"${name}":1}]}}`)).toBe('forbidden-member')
    }
    expect(check('{"a":"__proto__","b":"constructor"}')).toBeUndefined()
    expect(check('{"__proto":1,"Constructor":2,"prototypes":3}')).toBeUndefined()
  })

  it(`accepts ${MAX_JSON_DEPTH} levels and refuses one more, at any size without exhausting the stack`, () => {
    const nested = (depth: number) => `${'['.repeat(depth - 1)}{}${']'.repeat(depth - 1)}`
    expect(check(nested(MAX_JSON_DEPTH))).toBeUndefined()
    expect(check(nested(MAX_JSON_DEPTH + 1))).toBe('nesting')
    expect(check(`{"a":${'{"b":'.repeat(MAX_JSON_DEPTH)}1${'}'.repeat(MAX_JSON_DEPTH)}}`)).toBe('nesting')
    expect(check(nested(500_000))).toBe('nesting')
  })

  it('deep-freezes what it walks', () => {
    const value = JSON.parse('{"a":{"b":[1,{"c":2}]}}')
    inspectJson('{"a":{"b":[1,{"c":2}]}}', value)
    expect(Object.isFrozen(value)).toBe(true)
    expect(Object.isFrozen(value.a.b)).toBe(true)
    expect(Object.isFrozen(value.a.b[1])).toBe(true)
  })
})
