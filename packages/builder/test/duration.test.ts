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
