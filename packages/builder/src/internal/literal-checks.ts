import type { DefinitionIssue } from '../errors.js'
import { isIntrinsic } from '../intrinsic.js'

/** `prefix.key`, or `key` when there is no prefix. */
export function joinPath(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`
}

/** Builds an issue. */
export function issue(path: string, rule: string, message: string): DefinitionIssue {
  return { path, rule, message }
}

/** A literal string (not an intrinsic, not absent). */
export function literalString(value: unknown): value is string {
  return typeof value === 'string'
}

/** A literal number (not an intrinsic, not absent). */
export function literalNumber(value: unknown): value is number {
  return typeof value === 'number'
}

/**
 * Length check of a literal string (intrinsics are skipped, as the CDK skips tokens). Lengths
 * count UTF-16 code units, as the CDK and the Cognito API do.
 */
export function lengthIssues(
  value: unknown,
  path: string,
  min: number,
  max: number,
  rule: string,
  label: string,
): DefinitionIssue[] {
  if (!literalString(value) || isIntrinsic(value)) return []
  if (value.length >= min && value.length <= max) return []
  return [issue(path, rule, `${label} must be between ${min} and ${max} characters long (received ${value.length})`)]
}

/** Whole-number check of a literal number. */
export function integerIssues(value: unknown, path: string, rule: string, label: string): DefinitionIssue[] {
  if (!literalNumber(value) || Number.isInteger(value)) return []
  return [issue(path, rule, `${label} must be a whole number (received: ${value})`)]
}

/** Quotes a value for a message. */
export function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value)
}
