import * as cdk from 'aws-cdk-lib'
import { describe, expect, it } from 'vitest'
import { DefinitionValidationError, Duration } from '../src/index.js'

describe('Duration', () => {
  it('converts between units when the result is whole', () => {
    expect(Duration.hours(48).toDays()).toBe(2)
    expect(Duration.days(1).toMinutes()).toBe(1440)
    expect(Duration.minutes(90).toSeconds()).toBe(5400)
    expect(Duration.millis(1500).toMilliseconds()).toBe(1500)
    expect(Duration.hours(36).toDays({ integral: false })).toBe(1.5)
  })

  it("throws the CDK's error when the result is not whole", () => {
    let error: unknown
    try {
      Duration.hours(30).toDays()
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DefinitionValidationError)
    expect((error as DefinitionValidationError).issues[0]).toMatchObject({
      rule: 'CannotConvertedIntoWhole',
      message: "'30 hours' cannot be converted into a whole number of days.",
    })
    expect(() => Duration.millis(1500).toSeconds()).toThrow(
      "'1500 millis' cannot be converted into a whole number of seconds.",
    )
  })

  it("reads as the CDK's Duration.toHumanString() (the text of its validation messages)", () => {
    const cases = [
      ['minutes', 90],
      ['days', 3650],
      ['seconds', 0],
      ['millis', 1],
      ['millis', 1500],
      ['minutes', 1441],
      ['hours', 24],
      ['seconds', 3601],
      ['days', 1],
      ['minutes', 1],
    ] as const
    for (const [unit, amount] of cases) {
      expect(Duration[unit](amount).toHumanString(), `${amount} ${unit}`).toBe(
        cdk.Duration[unit](amount).toHumanString(),
      )
    }
    expect(Duration.minutes(90).toHumanString()).toBe('1 hour 30 minutes')
  })

  it("fails conversions with the CDK's codes and messages (MustBeWholeNumber, CannotConvertedIntoWhole, DurationAmountsCannotNegative)", () => {
    const outcome = (f: () => unknown) => {
      try {
        return { ok: f() }
      } catch (e) {
        const error = e as Error & { issues?: readonly { rule: string; message: string }[] }
        return error.issues
          ? { code: error.issues[0]?.rule, message: error.issues[0]?.message }
          : { code: error.name, message: error.message }
      }
    }
    const cases = [
      ['days', 0.5, 'toDays'],
      ['seconds', 0.5, 'toSeconds'],
      ['minutes', 5.5, 'toMinutes'],
      ['hours', 30, 'toDays'],
      ['millis', 1500, 'toSeconds'],
      ['hours', 0.5, 'toMinutes'],
      ['days', -1, 'toDays'],
    ] as const
    for (const [unit, amount, to] of cases) {
      expect(
        outcome(() => Duration[unit](amount)[to]()),
        `${amount} ${unit} ${to}`,
      ).toEqual(outcome(() => cdk.Duration[unit](amount)[to]()))
    }
  })

  it('refuses negative and non-finite amounts', () => {
    expect(() => Duration.days(-1)).toThrow(DefinitionValidationError)
    expect(() => Duration.seconds(Number.NaN)).toThrow(DefinitionValidationError)
  })

  it('is a frozen value with a JSON form', () => {
    const d = Duration.days(3)
    expect(Object.isFrozen(d)).toBe(true)
    expect(JSON.parse(JSON.stringify({ d }))).toEqual({ d: { amount: 3, unit: 'days' } })
    expect(Duration.fromDefinition(d.toJSON()).toDays()).toBe(3)
    expect(Duration.isDuration(d)).toBe(true)
    expect(Duration.isDuration({ amount: 3, unit: 'days' })).toBe(false)
    expect(Duration.hours(1).toHumanString()).toBe('1 hour')
    expect(String(Duration.minutes(15))).toBe('15 minutes')
  })
})

describe('Duration arithmetic and ISO forms, as the CDK (its client tests write Duration.minutes(3).minus(...))', () => {
  const pairs = [
    ['minutes', 3, 'minutes', 1],
    ['minutes', 15, 'minutes', 1],
    ['days', 1, 'minutes', 1],
    ['hours', 1, 'seconds', 30],
    ['days', 3650, 'minutes', 1],
    ['seconds', 1, 'millis', 500],
  ] as const
  it.each(pairs)('%s(%s) plus/minus %s(%s)', (u1, a1, u2, a2) => {
    const ours = Duration[u1](a1)
    const theirs = cdk.Duration[u1](a1)
    for (const op of ['plus', 'minus'] as const) {
      const o = ours[op](Duration[u2](a2))
      const c = theirs[op](cdk.Duration[u2](a2))
      expect(o.toMilliseconds()).toBe(c.toMilliseconds())
      expect(o.toHumanString()).toBe(c.toHumanString())
      expect(o.unitLabel()).toBe(c.unitLabel())
      expect(o.toIsoString()).toBe(c.toIsoString())
    }
  })

  it('minus below zero throws the CDK error', () => {
    expect(() => Duration.minutes(1).minus(Duration.minutes(2))).toThrow(
      'Duration amounts cannot be negative. Received: -1',
    )
  })

  it.each(['PT0S', 'PT5M', 'P1DT12H', 'PT1.5S', 'P3D', 'PT1H1M1.001S'])('parse(%s) and toIsoString', (iso) => {
    expect(Duration.parse(iso).toMilliseconds()).toBe(cdk.Duration.parse(iso).toMilliseconds())
    expect(Duration.parse(iso).toIsoString()).toBe(cdk.Duration.parse(iso).toIsoString())
  })

  it.each(['', 'P', 'PT', '5M', 'P1Y'])('parse refuses %j as the CDK does', (iso) => {
    expect(() => cdk.Duration.parse(iso)).toThrow()
    expect(() => Duration.parse(iso)).toThrow('Not a valid ISO duration')
  })

  it.each([0, 1, 90, 1500])('toIsoString of %s seconds and millis', (n) => {
    expect(Duration.seconds(n).toIsoString()).toBe(cdk.Duration.seconds(n).toIsoString())
    expect(Duration.millis(n).toIsoString()).toBe(cdk.Duration.millis(n).toIsoString())
  })
})
