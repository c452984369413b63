/** The CDK's `user-pool-attr.test.ts`, replayed with the builder's attribute classes. */
import * as cognito from 'aws-cdk-lib/aws-cognito'
import { describe, expect, it } from 'vitest'
import * as ours from '../../../src/index.js'
import { expectParity } from '../support/parity.js'
import { ALL_STANDARD_ATTRIBUTES, mirror } from './support/mirror.js'

const KINDS = [
  ['String', ours.StringAttribute, cognito.StringAttribute],
  ['Number', ours.NumberAttribute, cognito.NumberAttribute],
  ['Boolean', ours.BooleanAttribute, cognito.BooleanAttribute],
  ['DateTime', ours.DateTimeAttribute, cognito.DateTimeAttribute],
] as const

describe('CDK user-pool-attr.test.ts', () => {
  describe('mutable', () => {
    it.each([undefined, true, false])('bind() of every type with mutable: %s is the CDK one', (mutable) => {
      for (const [kind, Ours, Theirs] of KINDS) {
        const props = mutable === undefined ? undefined : { mutable }
        const bound = new Ours(props).bind()
        expect(bound, kind).toEqual(new Theirs(props).bind())
        expect(bound.mutable, kind).toBe(mutable)
      }
    })
  })

  describe('StringAttribute', () => {
    it('default: no constraints', () => {
      expect(new ours.StringAttribute().bind()).toEqual(new cognito.StringAttribute().bind())
      expect(new ours.StringAttribute().bind()).toEqual({ dataType: 'String' })
    })
    it('minLen and maxLen', () => {
      expect(new ours.StringAttribute({ minLen: 10, maxLen: 60 }).bind()).toEqual(
        new cognito.StringAttribute({ minLen: 10, maxLen: 60 }).bind(),
      )
    })
    it('minLen below 0 and maxLen over 2048 are refused with the CDK message', () => {
      for (const props of [{ minLen: -10 }, { maxLen: 5000 }]) {
        let cdkMessage = ''
        try {
          new cognito.StringAttribute(props)
        } catch (e) {
          cdkMessage = (e as Error).message
        }
        expect(cdkMessage).not.toBe('')
        expect(() => new ours.StringAttribute(props)).toThrow(cdkMessage.replace(/\.$/, ''))
      }
    })
    it('tokens are not checked; in a pool they are emitted as given', () => {
      expect(() => new ours.StringAttribute({ minLen: { Ref: 'Parameter' } })).not.toThrow()
      expect(() => new ours.StringAttribute({ maxLen: { Ref: 'Parameter' } })).not.toThrow()
      expectParity({
        cdk: (stack, l) => {
          const parameter = new l.cdk.CfnParameter(stack, 'Parameter', { type: 'Number' })
          new l.cognito.UserPool(stack, 'Pool', {
            customAttributes: { a: new l.cognito.StringAttribute({ minLen: parameter.valueAsNumber }) },
          })
        },
        ours: () =>
          ours.userPool('Pool', {
            customAttributes: { a: new ours.StringAttribute({ minLen: { Ref: 'Parameter' } }) },
          }),
      })
    })
  })

  describe('NumberAttribute', () => {
    it('default: no constraints', () =>
      expect(new ours.NumberAttribute().bind()).toEqual(new cognito.NumberAttribute().bind()))
    it('min and max', () =>
      expect(new ours.NumberAttribute({ min: 5, max: 600 }).bind()).toEqual(
        new cognito.NumberAttribute({ min: 5, max: 600 }).bind(),
      ))
  })

  it('BooleanAttribute default', () =>
    expect(new ours.BooleanAttribute().bind()).toEqual(new cognito.BooleanAttribute().bind()))
  it('DateTimeAttribute default', () =>
    expect(new ours.DateTimeAttribute().bind()).toEqual(new cognito.DateTimeAttribute().bind()))

  it('every type in a pool, with and without constraints', () =>
    expectParity(
      mirror(undefined, {
        props: (a) => ({
          customAttributes: {
            s: new a.m.StringAttribute({ minLen: 10, maxLen: 60, mutable: true }),
            n: new a.m.NumberAttribute({ min: 5, max: 600, mutable: false }),
            b: new a.m.BooleanAttribute({ mutable: true }),
            d: new a.m.DateTimeAttribute(),
          },
        }),
      }),
    ))

  describe('ClientAttributes', () => {
    const ALL = ALL_STANDARD_ATTRIBUTES
    it('empty', () => expect(new ours.ClientAttributes().attributes()).toStrictEqual([]))
    it('every standard attribute and a custom one: the CDK list', () => {
      const mine = new ours.ClientAttributes().withStandardAttributes(ALL).withCustomAttributes('custom:my_attribute')
      const theirs = new cognito.ClientAttributes()
        .withStandardAttributes(ALL)
        .withCustomAttributes('custom:my_attribute')
      expect(mine.attributes()).toEqual(theirs.attributes())
      expect(mine.attributes()).toHaveLength(20)
    })
    it('copies leave the original unchanged', () => {
      const original = new ours.ClientAttributes()
        .withStandardAttributes({ email: true })
        .withCustomAttributes('custom1')
      const copied = original.withStandardAttributes({ emailVerified: true }).withCustomAttributes('custom2')
      const o = new cognito.ClientAttributes().withStandardAttributes({ email: true }).withCustomAttributes('custom1')
      const c = o.withStandardAttributes({ emailVerified: true }).withCustomAttributes('custom2')
      expect(original.attributes()).toEqual(o.attributes())
      expect(copied.attributes()).toEqual(c.attributes())
      expect(original.attributes()).toHaveLength(2)
      expect(copied.attributes()).toHaveLength(4)
    })
    it('custom attributes only, with and without the custom: prefix', () => {
      expect(new ours.ClientAttributes().withCustomAttributes('custom:my_first', 'my_second').attributes()).toEqual(
        new cognito.ClientAttributes().withCustomAttributes('custom:my_first', 'my_second').attributes(),
      )
    })
    it('every StandardAttributeNames key is a mask key', () => {
      const all = Object.fromEntries(Object.keys(ours.StandardAttributeNames).map((k) => [k, true]))
      expect(new ours.ClientAttributes().withStandardAttributes(all).attributes()).toHaveLength(
        Object.keys(ours.StandardAttributeNames).length,
      )
      expect(new ours.ClientAttributes().withStandardAttributes(all).attributes()).toEqual(
        new cognito.ClientAttributes().withStandardAttributes(all).attributes(),
      )
    })
  })
})
