import type { z } from 'zod'
import type { DefinitionIssue } from '../errors.js'

/** CDK props the builder does not take, with what to write instead. */
const REPLACED_PROPS: Readonly<Record<string, string>> = {
  emailSettings:
    "emailSettings (the CDK's deprecated, untyped email prop) is not supported; use email: UserPoolEmail.withCognito(replyTo) or UserPoolEmail.withSES({ fromEmail, replyTo, ... })",
}

/**
 * zod issues as definition issues under `prefix`, rule `Schema.<zod code>`. An unknown key is
 * reported once per key, at the key's own path, so the message names the setting.
 */
export function toDefinitionIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly string[] = [],
): DefinitionIssue[] {
  return issues.flatMap((i): DefinitionIssue[] => {
    const at = [...prefix, ...i.path.map(String)]
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((key) => ({
        path: [...at, key].join('.'),
        rule: 'Schema.unrecognized_keys',
        message:
          (at.length === 0 ? REPLACED_PROPS[key] : undefined) ??
          `Unrecognized key: ${JSON.stringify(key)}${at.length > 0 ? ` in ${at.join('.')}` : ''}`,
      }))
    }
    return [{ path: at.join('.'), rule: `Schema.${i.code}`, message: i.message }]
  })
}

/** Issues of a zod parse, with paths under `prefix` and the rule `Schema.<zod code>`. */
export function zodIssues(schema: z.ZodType, value: unknown, prefix: readonly string[] = []): DefinitionIssue[] {
  const result = schema.safeParse(value)
  return result.success ? [] : toDefinitionIssues(result.error.issues, prefix)
}
