import type { DurationDefinition, TimeUnit } from '../duration.js'
import type { DefinitionIssue } from '../errors.js'

/** Milliseconds in one of each unit. */
export const MILLIS: Readonly<Record<TimeUnit, number>> = {
  milliseconds: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
}

/** Unit labels in the CDK's duration errors ('30 hours', '1500 millis'). */
export const CDK_LABEL: Readonly<Record<TimeUnit, string>> = {
  milliseconds: 'millis',
  seconds: 'seconds',
  minutes: 'minutes',
  hours: 'hours',
  days: 'days',
}

/**
 * The CDK's error (code and text) when a duration is not a whole number of `target` units:
 * `MustBeWholeNumber` for a fractional amount of the same unit (`Duration.days(0.5).toDays()`),
 * `CannotConvertedIntoWhole` for a conversion that does not come out whole (`Duration.hours(30).toDays()`).
 */
export function wholeAmountIssue(d: DurationDefinition, target: TimeUnit, path: string): DefinitionIssue | undefined {
  if (MILLIS[d.unit] === MILLIS[target]) {
    if (Number.isInteger(d.amount)) return undefined
    return { path, rule: 'MustBeWholeNumber', message: `${d.amount} must be a whole number of ${CDK_LABEL[target]}.` }
  }
  if (Number.isInteger((d.amount * MILLIS[d.unit]) / MILLIS[target])) return undefined
  return {
    path,
    rule: 'CannotConvertedIntoWhole',
    message: `'${d.amount} ${CDK_LABEL[d.unit]}' cannot be converted into a whole number of ${CDK_LABEL[target]}.`,
  }
}
