import type { z } from 'zod'
import type { DefinitionIssue } from '../errors.js'

/** Issues of a zod parse, with paths under `prefix` and the rule `Schema.<zod code>`. */
export function zodIssues(schema: z.ZodType, value: unknown, prefix: readonly string[] = []): DefinitionIssue[] {
  const result = schema.safeParse(value)
  if (result.success) return []
  return result.error.issues.map((i) => ({
    path: [...prefix, ...i.path.map(String)].join('.'),
    rule: `Schema.${i.code}`,
    message: i.message,
  }))
}
