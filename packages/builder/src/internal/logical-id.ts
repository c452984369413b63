import { createHash } from 'node:crypto'

const HIDDEN_ID = 'Default'
const HIDDEN_FROM_HUMAN_ID = 'Resource'
const MAX_HUMAN_LEN = 240
const MAX_ID_LEN = 255

const removeNonAlphanumeric = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '')

/**
 * The CDK's logical ID for a construct path (stack excluded): the human part (components without
 * `Resource`, a component dropped when the previous one ends with it, non-alphanumerics stripped) followed by the first
 * 8 upper-case hex digits of the MD5 of the full path. A single-component path has no hash.
 */
export function cdkLogicalId(path: readonly string[]): string {
  const components = path.filter((c) => c !== HIDDEN_ID)
  if (components.length === 0) throw new Error('a logical ID needs at least one path component')
  if (components.length === 1) {
    const candidate = removeNonAlphanumeric(components[0] as string)
    if (candidate.length <= MAX_ID_LEN) return candidate
  }
  const hash = createHash('md5').update(components.join('/')).digest('hex').slice(0, 8).toUpperCase()
  // A component the previous one already ends with is dropped (`UserPool` + `Pool` → `UserPool`).
  const deduped: string[] = []
  for (const c of components)
    if (deduped.length === 0 || !(deduped[deduped.length - 1] as string).endsWith(c)) deduped.push(c)
  const human = deduped
    .filter((c) => c !== HIDDEN_FROM_HUMAN_ID)
    .map(removeNonAlphanumeric)
    .join('')
    .slice(0, MAX_HUMAN_LEN)
  return human + hash
}

/**
 * The CDK's `Names.uniqueId`: like {@link cdkLogicalId} but over the full path including the
 * stack id (used for the SMS role's `sts:ExternalId` and default provider names).
 */
export function cdkUniqueId(pathWithStack: readonly string[]): string {
  return cdkLogicalId(pathWithStack)
}
