import type { DurationDefinition } from '../duration.js'
import { Duration } from '../duration.js'
import { DefinitionValidationError } from '../errors.js'

const invalid = (path: string, message: string): DefinitionValidationError =>
  new DefinitionValidationError([{ path, rule: 'Schema.invalid_type', message }])

/** Throws unless `value` is an options object (JavaScript callers get a typed error, not a TypeError). */
export function requireObject(value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(
      path,
      `expected an options object; received ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
    )
  }
}

/** The definition form of an optional `Duration` option. */
export function durationOption(value: unknown, path: string): DurationDefinition | undefined {
  if (value === undefined) return undefined
  if (!Duration.isDuration(value))
    throw invalid(path, `expected a Duration (Duration.minutes(5), ...); received ${JSON.stringify(value)}`)
  return value.toJSON()
}
