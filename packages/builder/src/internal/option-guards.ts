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

/**
 * Throws when `value` has a key outside `allowed` (a typo, or a CDK prop the builder takes elsewhere),
 * one issue per key at the key's path. `userPool` / `userPoolId`, which the CDK's standalone
 * constructors take, are named as implied by the `with*` call.
 */
export function requireKnownKeys(value: object, allowed: readonly string[], path: string): void {
  const unknown = Object.keys(value).filter(
    (k) => !allowed.includes(k) && (value as Record<string, unknown>)[k] !== undefined,
  )
  if (unknown.length === 0) return
  throw new DefinitionValidationError(
    unknown.map((key) => ({
      path: `${path}.${key}`,
      rule: 'Schema.unrecognized_keys',
      message:
        key === 'userPool' || key === 'userPoolId'
          ? `${key} is implied: the with* call adds this to the pool it is called on`
          : `Unrecognized key: ${JSON.stringify(key)} in ${path}; expected one of ${allowed.join(', ')}`,
    })),
  )
}
