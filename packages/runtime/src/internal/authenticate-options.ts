/** Validation of the backend helpers' options, shared by `authenticateRequest` and the adapters. */
import { type OptionsIssue, OptionsValidationError } from '../errors.js'
import type { AuthenticateOptions } from '../http/authenticate-request.js'

/** Options, checked and resolved. */
export interface ResolvedAuthenticateOptions {
  readonly realm: string | undefined
  /** The scopes of which one is required (empty: none). */
  readonly scopes: readonly string[]
  readonly onRejected: ((reason: Error) => void) | undefined
}

const cache = new WeakMap<object, ResolvedAuthenticateOptions>()
const NONE: ResolvedAuthenticateOptions = Object.freeze({ realm: undefined, scopes: [], onRejected: undefined })

/**
 * Checks `options` (listing every issue) and resolves them; the result is remembered per options
 * object, so a request pays for the checks only the first time its options are seen.
 *
 * @throws {OptionsValidationError}
 */
export function resolveAuthenticateOptions(options: unknown): ResolvedAuthenticateOptions {
  if (options === undefined) return NONE
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new OptionsValidationError('bearer authentication options', [
      { path: '', rule: 'OptionsType', message: 'options must be an object' },
    ])
  }
  const known = cache.get(options)
  if (known !== undefined) return known
  // Own fields only: an onRejected inherited from a polluted Object.prototype would receive every reason.
  const o = Object.assign(Object.create(null) as AuthenticateOptions, options)
  const issues: OptionsIssue[] = []
  if (o.realm !== undefined && typeof o.realm !== 'string') {
    issues.push({ path: 'realm', rule: 'OptionType', message: 'realm must be a string' })
  }
  const scope = o.scope
  const scopes = scope === undefined ? [] : typeof scope === 'string' ? [scope] : scope
  if (
    !Array.isArray(scopes) ||
    (scope !== undefined && scopes.length === 0) ||
    !scopes.every((s) => typeof s === 'string' && SCOPE_TOKEN.test(s))
  ) {
    issues.push({
      path: 'scope',
      rule: 'ScopeFormat',
      message:
        'scope must be a scope name or a non-empty array of them (RFC 6749 scope-tokens: no spaces, quotes or backslashes)',
    })
  }
  if (o.onRejected !== undefined && typeof o.onRejected !== 'function') {
    issues.push({ path: 'onRejected', rule: 'OptionType', message: 'onRejected must be a function' })
  }
  if (issues.length > 0) throw new OptionsValidationError('bearer authentication options', issues)
  const resolved = Object.freeze({
    realm: o.realm,
    scopes: Object.freeze([...(scopes as string[])]),
    onRejected: o.onRejected,
  })
  cache.set(options, resolved)
  return resolved
}

/** `scope-token` of RFC 6749 §3.3. */
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/
