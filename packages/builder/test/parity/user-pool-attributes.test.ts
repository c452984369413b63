/** Catalogue §1.5: standard attributes and the four custom attribute types with their constraints. */
import { describe, expect, it } from 'vitest'
import { NumberAttribute, StringAttribute, userPool } from '../../src/index.js'
import { expectParity } from './support/parity.js'
import { type Side, sameSettings } from './support/sides.js'

type Row = readonly [name: string, attr: (s: Side) => unknown]

const custom: Row[] = [
  ['String, no options', (s) => new s.StringAttribute()],
  ['String, minLen and maxLen', (s) => new s.StringAttribute({ minLen: 5, maxLen: 15 })],
  ['String, maxLen only', (s) => new s.StringAttribute({ maxLen: 2048 })],
  ['String, minLen only', (s) => new s.StringAttribute({ minLen: 3 })],
  ['String, minLen 0 alone emits nothing (Q1)', (s) => new s.StringAttribute({ minLen: 0 })],
  ['String, minLen 0 with maxLen', (s) => new s.StringAttribute({ minLen: 0, maxLen: 10 })],
  ['String, mutable true', (s) => new s.StringAttribute({ mutable: true })],
  ['String, mutable false', (s) => new s.StringAttribute({ mutable: false })],
  ['Number, no options', (s) => new s.NumberAttribute()],
  ['Number, min and max', (s) => new s.NumberAttribute({ min: 1, max: 3 })],
  ['Number, min 0 alone emits nothing (Q1)', (s) => new s.NumberAttribute({ min: 0 })],
  ['Number, min 0 with max', (s) => new s.NumberAttribute({ min: 0, max: 150 })],
  ['Number, negative min', (s) => new s.NumberAttribute({ min: -10 })],
  ['Number, max only', (s) => new s.NumberAttribute({ max: 99 })],
  ['Number, mutable true', (s) => new s.NumberAttribute({ mutable: true })],
  ['Number, mutable false', (s) => new s.NumberAttribute({ mutable: false })],
  ['Boolean, no options', (s) => new s.BooleanAttribute()],
  ['Boolean, mutable true', (s) => new s.BooleanAttribute({ mutable: true })],
  ['Boolean, mutable false', (s) => new s.BooleanAttribute({ mutable: false })],
  ['DateTime, no options', (s) => new s.DateTimeAttribute()],
  ['DateTime, mutable true', (s) => new s.DateTimeAttribute({ mutable: true })],
  ['DateTime, mutable false', (s) => new s.DateTimeAttribute({ mutable: false })],
]

describe('§1.5.3 custom attributes', () => {
  it.each(custom)('%s', (_name, attr) => {
    expectParity(sameSettings((s) => ({ customAttributes: { attr: attr(s) } })))
  })

  it('names are emitted as given, in declaration order', () => {
    expectParity(
      sameSettings((s) => ({
        customAttributes: {
          zeta: new s.StringAttribute(),
          alpha: new s.NumberAttribute(),
          'with-dash': new s.BooleanAttribute(),
          a1234567890123456789: new s.DateTimeAttribute(),
        },
      })),
    )
  })
})

describe('§4.4 tokens in constraints', () => {
  it('validation is skipped when minLen, maxLen, min or max are tokens (intrinsics), which are emitted as they are', () => {
    const param = { Ref: 'Parameter' }
    expectParity({
      cdk: (stack, l) => {
        const p = new l.cdk.CfnParameter(stack, 'Parameter', { type: 'Number' })
        new l.cognito.UserPool(stack, 'P', {
          customAttributes: {
            a: new l.cognito.StringAttribute({ minLen: p.valueAsNumber, maxLen: p.valueAsNumber }),
            n: new l.cognito.NumberAttribute({ min: p.valueAsNumber }),
          },
        })
      },
      ours: () =>
        userPool('P', {
          customAttributes: {
            a: new StringAttribute({ minLen: param, maxLen: param }),
            n: new NumberAttribute({ min: param }),
          },
        }),
    })
    // A literal still has to be within the limits when the other bound is a token.
    expect(() => new StringAttribute({ minLen: param, maxLen: 4096 })).toThrow(/maxLen cannot be greater than 2048/)
  })
})

describe('§1.5.2 standard attributes', () => {
  it.each([
    ['defaults: mutable true, required false', {}],
    ['required', { required: true }],
    ['immutable', { mutable: false }],
    ['required and immutable (seed fullname)', { required: true, mutable: false }],
    ['optional and mutable (seed address)', { required: false, mutable: true }],
  ])('%s', (_name, attr) => {
    expectParity(sameSettings(() => ({ standardAttributes: { fullname: attr, address: attr, timezone: attr } })))
  })
})
