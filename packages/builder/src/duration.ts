/**
 * An amount of time with its unit, as the CDK's `Duration`: `Duration.days(3)`, `Duration.minutes(60)`.
 *
 * @module
 */
import { DefinitionValidationError } from './errors.js'
import { CDK_LABEL, MILLIS, wholeAmountIssue } from './internal/whole-duration.js'

/** Units a {@link Duration} keeps. */
export type TimeUnit = 'milliseconds' | 'seconds' | 'minutes' | 'hours' | 'days'

/** The plain, JSON form of a duration inside a definition. */
export interface DurationDefinition {
  readonly amount: number
  readonly unit: TimeUnit
}

/** Unit labels in the CDK's conversion errors ('30 hours', '1500 millis'). */
export { CDK_LABEL } from './internal/whole-duration.js'

/**
 * An immutable amount of time.
 *
 * @example
 * ```ts
 * Duration.days(3).toDays()          // 3
 * Duration.hours(36).toDays()        // throws: '36 hours' cannot be converted into a whole number of days.
 * Duration.minutes(90).toHumanString() // '1 hour 30 minutes'
 * ```
 */
export class Duration {
  /** @example `Duration.millis(500)` */
  static millis(amount: number): Duration {
    return new Duration(amount, 'milliseconds')
  }
  /** @example `Duration.seconds(30)` */
  static seconds(amount: number): Duration {
    return new Duration(amount, 'seconds')
  }
  /** @example `Duration.minutes(15)` */
  static minutes(amount: number): Duration {
    return new Duration(amount, 'minutes')
  }
  /** @example `Duration.hours(1)` */
  static hours(amount: number): Duration {
    return new Duration(amount, 'hours')
  }
  /** @example `Duration.days(7)` */
  static days(amount: number): Duration {
    return new Duration(amount, 'days')
  }
  /**
   * Parses an ISO 8601 duration of days, hours, minutes and seconds (`'PT5M'`, `'P1DT12H'`,
   * `'PT1.5S'`) into milliseconds, as the CDK's `Duration.parse`.
   *
   * @example `Duration.parse('PT15M').toMinutes() // 15`
   */
  static parse(duration: string): Duration {
    const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)\.?(\d{1,3})?S)?)?$/.exec(duration)
    if (!m || m.slice(1).every((part) => part === undefined)) {
      throw new DefinitionValidationError([
        { path: 'duration', rule: 'ValidDuration', message: `Not a valid ISO duration: ${duration}` },
      ])
    }
    const n = (part: string | undefined) => (part ? Number(part) : 0)
    const [, days, hours, minutes, seconds, millis] = m
    return Duration.millis(
      n(millis?.padEnd(3, '0')) +
        n(seconds) * MILLIS.seconds +
        n(minutes) * MILLIS.minutes +
        n(hours) * MILLIS.hours +
        n(days) * MILLIS.days,
    )
  }
  /**
   * Rebuilds a duration from its definition form.
   *
   * @example `Duration.fromDefinition({ amount: 3, unit: 'days' })`
   */
  static fromDefinition(def: DurationDefinition): Duration {
    return new Duration(def.amount, def.unit)
  }
  /**
   * True for a `Duration` instance, including one from another copy of this package.
   *
   * @example `Duration.isDuration(Duration.days(1)) // true`
   */
  static isDuration(value: unknown): value is Duration {
    return (
      value instanceof Duration ||
      (typeof value === 'object' &&
        value !== null &&
        (value as Record<symbol, unknown>)[Symbol.for('@cognito-kit/duration')] === true)
    )
  }

  readonly amount: number
  readonly unit: TimeUnit

  private constructor(amount: number, unit: TimeUnit) {
    if (amount < 0) {
      // The CDK's error.
      throw new DefinitionValidationError([
        {
          path: 'duration',
          rule: 'DurationAmountsCannotNegative',
          message: `Duration amounts cannot be negative. Received: ${amount}`,
        },
      ])
    }
    if (!Number.isFinite(amount)) {
      throw new DefinitionValidationError([
        {
          path: 'duration',
          rule: 'DurationAmount',
          message: `Duration amounts must be finite numbers; received ${amount}`,
        },
      ])
    }
    this.amount = amount
    this.unit = unit
    Object.defineProperty(this, Symbol.for('@cognito-kit/duration'), { value: true })
    Object.freeze(this)
  }

  /**
   * This duration plus another, in the finer of the two units (as the CDK).
   *
   * @example `Duration.minutes(15).plus(Duration.minutes(1)).toMinutes() // 16`
   */
  plus(rhs: Duration): Duration {
    const unit = MILLIS[this.unit] <= MILLIS[rhs.unit] ? this.unit : rhs.unit
    return new Duration(this.in(unit) + rhs.in(unit), unit)
  }
  /**
   * This duration minus another, in the finer of the two units; a negative result throws
   * (`DurationAmountsCannotNegative`), as in the CDK.
   *
   * @example `Duration.minutes(3).minus(Duration.minutes(1)).toMinutes() // 2`
   */
  minus(rhs: Duration): Duration {
    const unit = MILLIS[this.unit] <= MILLIS[rhs.unit] ? this.unit : rhs.unit
    return new Duration(this.in(unit) - rhs.in(unit), unit)
  }
  /**
   * The unit's label as the CDK prints it (`'millis'`, `'seconds'`, `'minutes'`, `'hours'`, `'days'`).
   *
   * @example `Duration.millis(5).unitLabel() // 'millis'`
   */
  unitLabel(): string {
    return CDK_LABEL[this.unit]
  }
  /**
   * Always false: the builder's durations are literal numbers (the CDK's tokens are intrinsics here).
   *
   * @example `Duration.days(1).isUnresolved() // false`
   */
  isUnresolved(): boolean {
    return false
  }
  /**
   * The ISO 8601 form, as the CDK's `toIsoString()`: `'PT0S'`, `'PT5M'`, `'P1DT12H'`, `'PT1.5S'`.
   *
   * @example `Duration.hours(36).toIsoString() // 'P1DT12H'`
   */
  toIsoString(): string {
    if (this.amount === 0) return 'PT0S'
    let millis = this.toMilliseconds()
    let out = 'P'
    let time = false
    for (const [unit, label] of [
      ['days', 'D'],
      ['hours', 'H'],
      ['minutes', 'M'],
    ] as const) {
      const count = Math.floor(millis / MILLIS[unit])
      if (count === 0) continue
      if (unit !== 'days' && !time) {
        out += 'T'
        time = true
      }
      out += `${count}${label}`
      millis -= count * MILLIS[unit]
    }
    if (millis > 1e-4) out += `${time ? '' : 'T'}${Math.round(millis) / 1000}S`
    return out
  }
  /**
   * Same as {@link toIsoString}.
   *
   * @example `Duration.minutes(5).toISOString() // 'PT5M'`
   */
  toISOString(): string {
    return this.toIsoString()
  }
  /** Total milliseconds. */
  toMilliseconds(): number {
    return this.amount * MILLIS[this.unit]
  }
  /** Whole seconds; throws when the duration is not a whole number of seconds and `integral` is not false. */
  toSeconds(opts: { integral?: boolean } = {}): number {
    return this.convert('seconds', opts.integral ?? true)
  }
  /** Whole minutes; throws when not whole and `integral` is not false. */
  toMinutes(opts: { integral?: boolean } = {}): number {
    return this.convert('minutes', opts.integral ?? true)
  }
  /** Whole hours; throws when not whole and `integral` is not false. */
  toHours(opts: { integral?: boolean } = {}): number {
    return this.convert('hours', opts.integral ?? true)
  }
  /** Whole days; throws when not whole and `integral` is not false. */
  toDays(opts: { integral?: boolean } = {}): number {
    return this.convert('days', opts.integral ?? true)
  }
  /**
   * The CDK's human form, used in its validation messages: the two largest whole components
   * (`'1 hour 30 minutes'`, `'3650 days'`, `'1 day 1 minute'`, `'0 seconds'`).
   */
  toHumanString(): string {
    const label = (amount: number, unit: TimeUnit) =>
      `${amount} ${amount === 1 ? CDK_LABEL[unit].slice(0, -1) : CDK_LABEL[unit]}`
    if (this.amount === 0) return label(0, this.unit)
    let millis = this.toMilliseconds()
    const parts: string[] = []
    for (const unit of ['days', 'hours', 'minutes', 'seconds'] as const) {
      const count = Math.floor(millis / MILLIS[unit])
      if (count > 0) {
        parts.push(label(count, unit))
        millis -= count * MILLIS[unit]
      }
    }
    if (millis > 1e-4) parts.push(label(millis, 'milliseconds'))
    return parts.slice(0, 2).join(' ')
  }
  /** The plain definition form, `{ amount, unit }`. */
  toJSON(): DurationDefinition {
    return { amount: this.amount, unit: this.unit }
  }
  /** Same as {@link toHumanString}. */
  toString(): string {
    return this.toHumanString()
  }

  private in(unit: TimeUnit): number {
    return unit === this.unit ? this.amount : (this.amount * MILLIS[this.unit]) / MILLIS[unit]
  }

  private convert(target: TimeUnit, integral: boolean): number {
    const issue = integral ? wholeAmountIssue(this, target, 'duration') : undefined
    if (issue !== undefined) throw new DefinitionValidationError([issue])
    return target === this.unit ? this.amount : (this.amount * MILLIS[this.unit]) / MILLIS[target]
  }
}
