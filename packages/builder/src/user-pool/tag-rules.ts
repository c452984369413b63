import type { DefinitionIssue } from '../errors.js'
import { issue, joinPath, show } from '../internal/literal-checks.js'

const MAX_TAGS = 50

/** AWS tagging limits: at most 50 tags, keys 1–128 characters not starting with `aws:`, values up to 256. */
export function tagsIssues(tags: { readonly [key: string]: string }, path: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  const keys = Object.keys(tags)
  if (keys.length > MAX_TAGS)
    issues.push(issue(path, 'TagCount', `a user pool can have at most ${MAX_TAGS} tags (received ${keys.length})`))
  for (const key of keys) {
    const at = joinPath(path, key)
    if (key.length < 1 || key.length > 128) {
      issues.push(
        issue(at, 'TagKeyLength', `tag keys must be between 1 and 128 characters long (received ${key.length})`),
      )
    }
    if (key.toLowerCase().startsWith('aws:'))
      issues.push(issue(at, 'TagKeyReserved', `tag keys cannot start with 'aws:' (received ${show(key)})`))
    const value = tags[key]
    if (typeof value !== 'string') {
      issues.push(issue(at, 'TagValueType', `tag values must be strings (received ${show(value)})`))
    } else if (value.length > 256) {
      issues.push(
        issue(at, 'TagValueLength', `tag values must be at most 256 characters long (received ${value.length})`),
      )
    }
  }
  return issues
}
