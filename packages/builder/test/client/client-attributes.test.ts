import { describe, expect, it } from 'vitest'
import { ClientAttributes, StandardAttributeNames } from '../../src/index.js'
import { lib } from '../support/cdk-oracle.js'

describe('ClientAttributes (catalogue §1.5.4, the CDK attribute tests §4.4)', () => {
  it('create empty ClientAttributes', () => {
    expect(new ClientAttributes().attributes()).toEqual([])
  })

  it('with every standard attribute: the CDK names, sorted', () => {
    const mask = Object.fromEntries(Object.keys(StandardAttributeNames).map((k) => [k, true]))
    const ours = new ClientAttributes().withStandardAttributes(mask).attributes()
    expect(ours).toEqual(new lib.cognito.ClientAttributes().withStandardAttributes(mask).attributes())
    expect(ours).toEqual(Object.values(StandardAttributeNames).sort())
  })

  it('copying another one leaves the original unchanged (originals MUST NOT contain the added ones)', () => {
    const original = new ClientAttributes()
      .withStandardAttributes({ fullname: true, email: true })
      .withCustomAttributes('favouritePizza')
    const copy = original.withStandardAttributes({ emailVerified: true }).withCustomAttributes('pointsEarned')
    expect(original.attributes()).toEqual(['custom:favouritePizza', 'email', 'name'])
    expect(copy.attributes()).toEqual([
      'custom:favouritePizza',
      'custom:pointsEarned',
      'email',
      'email_verified',
      'name',
    ])
  })

  it('custom attributes only, with and without the custom: prefix, duplicates removed', () => {
    const attrs = new ClientAttributes().withCustomAttributes('b', 'custom:a', 'custom:b', 'a')
    expect(attrs.attributes()).toEqual(['custom:a', 'custom:b'])
    expect(
      new lib.cognito.ClientAttributes().withCustomAttributes('b', 'custom:a', 'custom:b', 'a').attributes(),
    ).toEqual(attrs.attributes())
  })

  it('only `true` selects an attribute', () => {
    expect(new ClientAttributes().withStandardAttributes({ email: false, phoneNumber: true }).attributes()).toEqual([
      'phone_number',
    ])
  })

  it('is frozen, and attributes() returns a copy', () => {
    const attrs = new ClientAttributes().withStandardAttributes({ email: true })
    expect(Object.isFrozen(attrs)).toBe(true)
    const list = attrs.attributes()
    list.push('x')
    expect(attrs.attributes()).toEqual(['email'])
  })
})
