/** Validates verifier options (listing every issue) and resolves them into plain settings. */
import { type OptionsIssue, OptionsValidationError } from '../errors.js'
import { assertJwksDocument, type JwksDocument } from '../jwt/jwks-document.js'
import type {
  CustomCheckContext,
  FetchLike,
  JwksFetchOptions,
  VerifiedTokenCacheOptions,
} from '../jwt/verifier-options.js'
import { STANDARD_SCOPES } from '../scopes.js'
import { jwksUriOf, parseUserPoolId, userPoolIdProblem } from '../user-pool-id.js'
import { fetchUrlProblem } from './url-policy.js'

/** One accepted issuer and where its keys come from. */
export interface IssuerSetting {
  readonly issuer: string
  readonly jwksUri: string
}

/** A pool, resolved. */
export interface PoolSetting {
  readonly userPoolId: string
  readonly tokenUse: 'id' | 'access' | null
  readonly clientIds: readonly string[] | null
  readonly groups: readonly string[] | null
  readonly scopes: readonly string[] | null
  readonly issuers: readonly IssuerSetting[]
  readonly jwks: JwksDocument | undefined
}

/** All settings of a verifier. */
export interface VerifierSettings {
  readonly pools: readonly PoolSetting[]
  readonly clockTolerance: number
  readonly maxTokenLength: number
  readonly maxTokenLifetime: number
  readonly cache: { readonly maxEntries: number; readonly maxAgeSeconds: number } | undefined
  readonly fetch: {
    readonly fetch: FetchLike
    readonly timeoutMs: number
    readonly maxBytes: number
    readonly cooldownMs: number
  }
  readonly customCheck: ((claims: never, context: CustomCheckContext) => void | Promise<void>) | undefined
  readonly includeClaimsInErrors: boolean
}

const LOOSE_POOL_ID = /^[\w-]{1,55}_[A-Za-z0-9]{1,64}$/

/**
 * Resolves single-pool options (`shared === undefined`, one element) or multi-pool options.
 *
 * @throws {OptionsValidationError} listing every issue.
 */
export function resolveVerifierSettings(input: unknown, sharedInput: unknown): VerifierSettings {
  const issues: OptionsIssue[] = []
  const multi = Array.isArray(input)
  const poolInputs: unknown[] = multi ? (input as unknown[]) : [input]
  const shared = (multi ? sharedInput : input) ?? {}
  if (multi && poolInputs.length === 0) {
    issues.push({ path: 'pools', rule: 'PoolsEmpty', message: 'pools must list at least one user pool' })
  }
  if (!isRecord(shared)) {
    issues.push({ path: multi ? 'shared' : '', rule: 'OptionsType', message: 'options must be an object' })
  }
  const pools: PoolSetting[] = []
  poolInputs.forEach((pool, index) => {
    const setting = resolvePool(pool, multi ? `pools.${index}.` : '', issues)
    if (setting !== undefined) pools.push(setting)
  })
  const seen = new Map<string, string>()
  pools.forEach((pool, index) => {
    for (const { issuer } of pool.issuers) {
      const first = seen.get(issuer)
      if (first !== undefined) {
        issues.push({
          path: multi ? `pools.${index}.userPoolId` : 'userPoolId',
          rule: 'DuplicateIssuer',
          message: `issuer ${issuer} is configured twice (already by ${first})`,
        })
      } else {
        seen.set(issuer, pool.userPoolId)
      }
    }
  })
  const s = isRecord(shared) ? ownFields(shared) : {}
  const sp = multi ? 'shared.' : ''
  const clockTolerance = numberOption(s.clockTolerance, `${sp}clockTolerance`, 5, 0, 60, false, issues)
  const maxTokenLength = numberOption(s.maxTokenLength, `${sp}maxTokenLength`, 16_384, 256, 1_048_576, true, issues)
  const maxTokenLifetime = numberOption(
    s.maxTokenLifetime,
    `${sp}maxTokenLifetime`,
    86_400,
    60,
    31_536_000,
    true,
    issues,
  )
  const cache = resolveCache(s.cache, `${sp}cache`, issues)
  const fetch = resolveFetch(s.jwksFetch, `${sp}jwksFetch`, issues)
  if (s.customCheck !== undefined && typeof s.customCheck !== 'function') {
    issues.push({ path: `${sp}customCheck`, rule: 'OptionType', message: 'customCheck must be a function' })
  }
  if (s.includeClaimsInErrors !== undefined && typeof s.includeClaimsInErrors !== 'boolean') {
    issues.push({
      path: `${sp}includeClaimsInErrors`,
      rule: 'OptionType',
      message: 'includeClaimsInErrors must be a boolean',
    })
  }
  if (issues.length > 0) throw new OptionsValidationError('Cognito verifier options', issues)
  return Object.freeze({
    pools: Object.freeze(pools),
    clockTolerance,
    maxTokenLength,
    maxTokenLifetime,
    cache,
    fetch: fetch as VerifierSettings['fetch'],
    customCheck: s.customCheck as VerifierSettings['customCheck'],
    includeClaimsInErrors: s.includeClaimsInErrors === true,
  })
}

function resolvePool(poolInput: unknown, p: string, issues: OptionsIssue[]): PoolSetting | undefined {
  if (!isRecord(poolInput)) {
    issues.push({ path: p.replace(/\.$/, ''), rule: 'OptionsType', message: 'pool options must be an object' })
    return undefined
  }
  const input = ownFields(poolInput)
  const before = issues.length
  const custom = isRecord(input.unsafeCustomIssuer) ? ownFields(input.unsafeCustomIssuer) : input.unsafeCustomIssuer
  const userPoolId = input.userPoolId
  if (custom === undefined) {
    const problem = userPoolIdProblem(userPoolId)
    if (problem !== undefined)
      issues.push({ path: `${p}userPoolId`, rule: 'UserPoolIdFormat', message: `userPoolId ${problem}` })
  } else if (typeof userPoolId !== 'string' || !LOOSE_POOL_ID.test(userPoolId)) {
    issues.push({
      path: `${p}userPoolId`,
      rule: 'UserPoolIdFormat',
      message: `userPoolId must look like {prefix}_{id}; received ${JSON.stringify(userPoolId)}`,
    })
  }
  const tokenUse = input.tokenUse
  if (tokenUse !== 'id' && tokenUse !== 'access' && tokenUse !== null) {
    issues.push({
      path: `${p}tokenUse`,
      rule: 'TokenUseRequired',
      message: `tokenUse must be "id", "access", or null (pass null explicitly to accept both); received ${show(tokenUse)}`,
    })
  }
  const clientIds = listOption(input.clientId, `${p}clientId`, true, issues)
  const groups = listOption(input.groups, `${p}groups`, false, issues)
  const scopes = listOption(input.scope, `${p}scope`, false, issues)
  for (const scope of scopes ?? []) {
    if (/\s/.test(scope))
      issues.push({
        path: `${p}scope`,
        rule: 'ScopeFormat',
        message: `scope ${JSON.stringify(scope)} must not contain spaces`,
      })
  }
  let jwks: JwksDocument | undefined
  if (input.jwks !== undefined) {
    try {
      assertJwksDocument(input.jwks, 'the jwks option')
      jwks = input.jwks
    } catch (error) {
      issues.push({ path: `${p}jwks`, rule: 'JwksFormat', message: (error as Error).message })
    }
  }
  const format = input.issuerFormat ?? 'both'
  if (format !== 'original' && format !== 'updated' && format !== 'both') {
    issues.push({
      path: `${p}issuerFormat`,
      rule: 'IssuerFormat',
      message: `issuerFormat must be "original", "updated" or "both"; received ${show(format)}`,
    })
  }
  const issuers: IssuerSetting[] = []
  if (custom !== undefined) {
    if (!isRecord(custom)) {
      issues.push({
        path: `${p}unsafeCustomIssuer`,
        rule: 'OptionsType',
        message: 'unsafeCustomIssuer must be an object',
      })
    } else {
      const issuerProblem = fetchUrlProblem(custom.issuer, true)
      if (issuerProblem !== undefined) {
        issues.push({
          path: `${p}unsafeCustomIssuer.issuer`,
          rule: 'IssuerUrl',
          message: `unsafeCustomIssuer.issuer ${issuerProblem}`,
        })
      }
      const jwksUri = custom.jwksUri ?? (issuerProblem === undefined ? jwksUriOf(custom.issuer as string) : undefined)
      const jwksProblem = custom.jwksUri === undefined ? undefined : fetchUrlProblem(custom.jwksUri, true)
      if (jwksProblem !== undefined) {
        issues.push({
          path: `${p}unsafeCustomIssuer.jwksUri`,
          rule: 'JwksUrl',
          message: `unsafeCustomIssuer.jwksUri ${jwksProblem}`,
        })
      }
      if (issuerProblem === undefined && jwksProblem === undefined) {
        issuers.push({ issuer: custom.issuer as string, jwksUri: jwksUri as string })
      }
    }
  } else if (userPoolIdProblem(userPoolId) === undefined) {
    const info = parseUserPoolId(userPoolId as string)
    if (format !== 'updated') issuers.push({ issuer: info.issuers.original, jwksUri: info.jwksUris.original })
    if (format !== 'original') issuers.push({ issuer: info.issuers.updated, jwksUri: info.jwksUris.updated })
  }
  if (input.definition !== undefined) checkAgainstDefinition(input.definition, groups, scopes, p, issues)
  if (issues.length > before) return undefined
  return Object.freeze({
    userPoolId: userPoolId as string,
    tokenUse: tokenUse as 'id' | 'access' | null,
    clientIds,
    groups,
    scopes,
    issuers: Object.freeze(issuers.map((i) => Object.freeze(i))),
    jwks,
  })
}

function checkAgainstDefinition(
  definition: unknown,
  groups: readonly string[] | null,
  scopes: readonly string[] | null,
  p: string,
  issues: OptionsIssue[],
): void {
  if (!isRecord(definition) || definition.kind !== 'UserPool') {
    issues.push({
      path: `${p}definition`,
      rule: 'DefinitionType',
      message: 'definition must be a user pool definition (pool.toDefinition())',
    })
    return
  }
  const groupDefs = isRecord(definition.groups) ? Object.values(definition.groups) : []
  const names = groupDefs.map((g) => (isRecord(g) && typeof g.groupName === 'string' ? g.groupName : undefined))
  if (groups !== null && names.length > 0 && names.every((n) => n !== undefined)) {
    for (const group of groups) {
      if (!names.includes(group)) {
        issues.push({
          path: `${p}groups`,
          rule: 'GroupNotInDefinition',
          message: `group ${JSON.stringify(group)} is not a group of the definition (${names.join(', ')})`,
        })
      }
    }
  }
  if (scopes !== null) {
    const known = new Set<string>(STANDARD_SCOPES)
    const servers = isRecord(definition.resourceServers) ? Object.values(definition.resourceServers) : []
    for (const server of servers) {
      if (!isRecord(server) || typeof server.identifier !== 'string' || !Array.isArray(server.scopes)) continue
      for (const scope of server.scopes) {
        if (isRecord(scope) && typeof scope.scopeName === 'string') known.add(`${server.identifier}/${scope.scopeName}`)
      }
    }
    for (const scope of scopes) {
      if (!known.has(scope)) {
        issues.push({
          path: `${p}scope`,
          rule: 'ScopeNotInDefinition',
          message: `scope ${JSON.stringify(scope)} is neither a Cognito scope nor a resource-server scope of the definition`,
        })
      }
    }
  }
}

function listOption(value: unknown, path: string, required: boolean, issues: OptionsIssue[]): readonly string[] | null {
  if (value === null) return null
  if (value === undefined) {
    if (required) {
      issues.push({
        path,
        rule: 'ClientIdRequired',
        message: `${path.split('.').pop()} is required: give the allowed client id(s), or null explicitly to accept any client`,
      })
    }
    return null
  }
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string' && v.length > 0)) {
    issues.push({
      path,
      rule: 'OptionType',
      message: `${path.split('.').pop()} must be a non-empty string, a non-empty array of non-empty strings, or null; received ${show(value)}`,
    })
    return null
  }
  return Object.freeze([...new Set(list as string[])])
}

function numberOption(
  value: unknown,
  path: string,
  fallback: number,
  min: number,
  max: number,
  integer: boolean,
  issues: OptionsIssue[],
): number {
  if (value === undefined) return fallback
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    issues.push({
      path,
      rule: 'OptionRange',
      message: `${path.split('.').pop()} must be ${integer ? 'an integer' : 'a number'} between ${min} and ${max}; received ${show(value)}`,
    })
    return fallback
  }
  return value
}

function resolveCache(value: unknown, path: string, issues: OptionsIssue[]): VerifierSettings['cache'] {
  if (value === undefined || value === false) return undefined
  if (value === true) return Object.freeze({ maxEntries: 1000, maxAgeSeconds: 60 })
  if (!isRecord(value)) {
    issues.push({
      path,
      rule: 'OptionType',
      message: `cache must be a boolean or { maxEntries, maxAgeSeconds }; received ${show(value)}`,
    })
    return undefined
  }
  const v = ownFields(value) as VerifiedTokenCacheOptions
  return Object.freeze({
    maxEntries: numberOption(v.maxEntries, `${path}.maxEntries`, 1000, 1, 10_000_000, true, issues),
    maxAgeSeconds: numberOption(v.maxAgeSeconds, `${path}.maxAgeSeconds`, 60, 1, 86_400, false, issues),
  })
}

function resolveFetch(value: unknown, path: string, issues: OptionsIssue[]): VerifierSettings['fetch'] | undefined {
  if (value !== undefined && !isRecord(value)) {
    issues.push({ path, rule: 'OptionType', message: 'jwksFetch must be an object' })
    return undefined
  }
  const v: JwksFetchOptions = value === undefined ? {} : ownFields(value)
  if (v.fetch !== undefined && typeof v.fetch !== 'function') {
    issues.push({ path: `${path}.fetch`, rule: 'OptionType', message: 'jwksFetch.fetch must be a function' })
  }
  if (v.fetch === undefined && typeof globalThis.fetch !== 'function') {
    issues.push({ path: `${path}.fetch`, rule: 'FetchMissing', message: 'no global fetch: pass jwksFetch.fetch' })
  }
  // Looked up at call time and called as a plain function (browsers refuse another `this`).
  const fetchFunction: FetchLike = v.fetch ?? ((url, init) => globalThis.fetch(url, init) as Promise<never>)
  return Object.freeze({
    fetch: fetchFunction,
    timeoutMs: numberOption(v.timeoutMs, `${path}.timeoutMs`, 3000, 1, 120_000, true, issues),
    maxBytes: numberOption(v.maxBytes, `${path}.maxBytes`, 65_536, 1024, 10_485_760, true, issues),
    cooldownMs: numberOption(v.cooldownMs, `${path}.cooldownMs`, 10_000, 0, 3_600_000, true, issues),
  })
}

/**
 * The object's own enumerable fields on an object without a prototype: an option left out is
 * `undefined` even when `Object.prototype` was polluted elsewhere in the process (`jwks`,
 * `unsafeCustomIssuer`, `jwksUri` or `fetch` inherited from it would hand the keys to an attacker).
 */
function ownFields(value: object): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, value)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (typeof value === 'function') return 'a function'
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
