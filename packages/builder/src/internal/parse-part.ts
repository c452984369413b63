import type { z } from 'zod'
import { DefinitionValidationError } from '../errors.js'
import { toDefinitionIssues } from './zod-issues.js'

/**
 * Checks a part built from `with*` options against its definition schema, so wrong types from
 * JavaScript callers fail at the call with the path of the setting.
 */
export function parsePart<T>(schema: z.ZodType, value: T, path: string): T {
  const result = schema.safeParse(value)
  if (result.success) return value
  throw new DefinitionValidationError(toDefinitionIssues(result.error.issues, [path]))
}
