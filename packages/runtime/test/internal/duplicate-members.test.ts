import { describe, expect, it } from 'vitest'
import { freezeAndFindDuplicateMembers } from '../../src/internal/duplicate-members.js'

const check = (text: string) => freezeAndFindDuplicateMembers(text, JSON.parse(text))

describe('freezeAndFindDuplicateMembers', () => {
  it('finds repeated names at any depth', () => {
    expect(check('{"a":1,"a":2}')).toBe(true)
    expect(check('{"a":{"b":1,"b":1}}')).toBe(true)
    expect(check('{"a":[{"x":1},{"y":2,"y":3}]}')).toBe(true)
    expect(check('{ "a" : 1 , "a" : 1 }')).toBe(true)
  })

  it('accepts distinct names, whatever the strings contain', () => {
    expect(check('{"a":1,"b":[1,2,{"c":"d"}]}')).toBe(false)
    expect(check('{"a":"x:y","b":"\\":\\"","c\\"":":"}')).toBe(false)
    expect(check('{"a\\\\":"b\\\\","c":"\\\\\\":"}')).toBe(false)
    expect(check('{}')).toBe(false)
    expect(check('[1,"a:b"]')).toBe(false)
    expect(check('"x"')).toBe(false)
  })

  it('counts an escaped name and its plain twin as duplicates (JSON.parse merges them)', () => {
    expect(check('{"a":1,"\\u0061":2}')).toBe(true)
  })

  it('deep-freezes what it walks', () => {
    const value = JSON.parse('{"a":{"b":[1,{"c":2}]}}')
    freezeAndFindDuplicateMembers('{"a":{"b":[1,{"c":2}]}}', value)
    expect(Object.isFrozen(value)).toBe(true)
    expect(Object.isFrozen(value.a.b)).toBe(true)
    expect(Object.isFrozen(value.a.b[1])).toBe(true)
  })
})
