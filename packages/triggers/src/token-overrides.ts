/**
 * Mutate-free helpers for pre token generation responses: each returns a part; a handler returns
 * one part or an array of them, and the wrapper merges them into the V1 or V2/V3 response shape.
 *
 * @module
 */
import type { TriggerIssue } from './errors.js'
import type {
  ClaimsToAdd,
  ClaimValue,
  GroupConfiguration,
  GroupOverrideDetails,
} from './events/pre-token-generation.js'
import { issue } from './internal/to-trigger-issues.js'

const PART: unique symbol = /* @__PURE__ */ Symbol.for('@cognito-kit/triggers/token-override') as never

/** Claims to add, by token. */
export interface ClaimsByToken<V = ClaimValue> {
  /** ID-token claims. */
  readonly idToken?: ClaimsToAdd<V>
  /** Access-token claims (V2/V3 only). */
  readonly accessToken?: ClaimsToAdd<V>
}

/** Claim names to suppress, by token. */
export interface ClaimNamesByToken {
  /** ID-token claims to remove (`cognito:groups` removes the groups and roles). */
  readonly idToken?: readonly string[]
  /** Access-token claims to remove (V2/V3 only). */
  readonly accessToken?: readonly string[]
}

/** A part made by `addClaims`. */
export interface AddClaimsPart<T extends object = ClaimsByToken> {
  readonly [PART]: 'addClaims'
  /** The claims, by token. */
  readonly claims: T
}

/** A part made by `suppressClaims`. */
export interface SuppressClaimsPart<T extends object = ClaimNamesByToken> {
  readonly [PART]: 'suppressClaims'
  /** The claim names, by token. */
  readonly claims: T
}

/** A part made by `addScopes` or `suppressScopes` (V2/V3 access token). */
export interface ScopesPart {
  readonly [PART]: 'addScopes' | 'suppressScopes'
  /** The scopes. */
  readonly scopes: readonly string[]
}

/** A part made by `overrideGroups`. */
export interface OverrideGroupsPart {
  readonly [PART]: 'overrideGroups'
  /** The replacement group configuration. */
  readonly groups: GroupOverrideDetails
}

/** Any pre token generation response part. */
export type TokenOverridePart = AddClaimsPart<object> | SuppressClaimsPart<object> | ScopesPart | OverrideGroupsPart

/** True for a part made by the helpers of this module. */
export function isTokenOverridePart(value: unknown): value is TokenOverridePart {
  return typeof value === 'object' && value !== null && PART in value
}

/**
 * Adds or overrides claims, per token. V1 handlers may only add string ID-token claims; V2/V3 any
 * JSON value in either token. Reserved claims (`sub`, `exp`, `cognito:*`, ...) are compile errors
 * and are rejected at run time too; `aud` is accepted only as the app client id.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 *
 * @example
 * ```ts
 * preTokenGeneration.v2(() => addClaims({ idToken: { tenant: 'acme' }, accessToken: { roles: ['admin'] } }))
 * ```
 */
export function addClaims<const T extends ClaimsByToken>(claims: T): AddClaimsPart<T> {
  return { [PART]: 'addClaims', claims }
}

/**
 * Removes claims, per token. A claim both added and suppressed ends up suppressed (Cognito's rule).
 *
 * @example
 * ```ts
 * preTokenGeneration.v1(() => suppressClaims({ idToken: ['email', 'phone_number'] }))
 * ```
 */
export function suppressClaims<const T extends ClaimNamesByToken>(claims: T): SuppressClaimsPart<T> {
  return { [PART]: 'suppressClaims', claims }
}

/**
 * Adds scopes to the access token (V2/V3).
 *
 * @example
 * ```ts
 * preTokenGeneration.v2((event) => (event.request.groupConfiguration.groupsToOverride.includes('admins') ? addScopes(['api/admin']) : undefined))
 * ```
 */
export function addScopes(scopes: readonly string[]): ScopesPart {
  return { [PART]: 'addScopes', scopes: [...scopes] }
}

/**
 * Removes scopes from the access token (V2/V3).
 *
 * @example
 * ```ts
 * preTokenGeneration.v3(() => suppressScopes(['aws.cognito.signin.user.admin']))
 * ```
 */
export function suppressScopes(scopes: readonly string[]): ScopesPart {
  return { [PART]: 'suppressScopes', scopes: [...scopes] }
}

/**
 * Replaces the user's groups (and roles, and preferred role) in both tokens. The override
 * replaces the whole group configuration, so pass `keep` (usually
 * `event.request.groupConfiguration`) to carry over what `changes` leaves out.
 *
 * @param changes - the new values; `groupsToOverride` is required unless `keep` is given
 *
 * @example
 * ```ts
 * preTokenGeneration.v1((event) =>
 *   overrideGroups({ groupsToOverride: event.request.groupConfiguration.groupsToOverride.filter((g) => g !== 'beta') }, event.request.groupConfiguration),
 * )
 * ```
 */
export function overrideGroups(changes: GroupOverrideDetails): OverrideGroupsPart
/**
 * Replaces some of the user's groups, roles or preferred role, copying the rest from `keep`.
 *
 * @param changes - the fields to replace
 * @param keep - the configuration to copy the other fields from (usually `event.request.groupConfiguration`)
 *
 * @example
 * ```ts
 * preTokenGeneration.v1((event) => overrideGroups({ preferredRole: 'arn:aws:iam::123456789012:role/reader' }, event.request.groupConfiguration))
 * ```
 */
export function overrideGroups(changes: Partial<GroupOverrideDetails>, keep: GroupConfiguration): OverrideGroupsPart
export function overrideGroups(changes: Partial<GroupOverrideDetails>, keep?: GroupConfiguration): OverrideGroupsPart {
  const groups: { -readonly [K in keyof GroupOverrideDetails]: GroupOverrideDetails[K] } = {
    groupsToOverride: [...(changes.groupsToOverride ?? keep?.groupsToOverride ?? [])],
  }
  const roles = changes.iamRolesToOverride ?? keep?.iamRolesToOverride
  if (roles !== undefined) groups.iamRolesToOverride = [...roles]
  const preferred = 'preferredRole' in changes ? changes.preferredRole : keep?.preferredRole
  if (preferred !== undefined) groups.preferredRole = preferred
  if (changes.groupsToOverride === undefined && keep === undefined) {
    throw new TypeError(
      'overrideGroups(changes): pass groupsToOverride, or the configuration to keep as the second argument',
    )
  }
  return { [PART]: 'overrideGroups', groups }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

interface Collected {
  readonly id: { add: Record<string, unknown>; suppress: string[] }
  readonly access: {
    add: Record<string, unknown>
    suppress: string[]
    scopesToAdd: string[]
    scopesToSuppress: string[]
  }
  groups: GroupOverrideDetails | undefined
  accessUsed: boolean
}

function collect(parts: readonly TokenOverridePart[]): Collected {
  const c: Collected = {
    id: { add: {}, suppress: [] },
    access: { add: {}, suppress: [], scopesToAdd: [], scopesToSuppress: [] },
    groups: undefined,
    accessUsed: false,
  }
  const unique = (into: string[], more: readonly string[]) => {
    for (const m of more) if (!into.includes(m)) into.push(m)
  }
  for (const part of parts) {
    switch (part[PART]) {
      case 'addClaims': {
        const claims = part.claims as ClaimsByToken
        Object.assign(c.id.add, claims.idToken)
        if (claims.accessToken) {
          Object.assign(c.access.add, claims.accessToken)
          c.accessUsed = true
        }
        break
      }
      case 'suppressClaims': {
        const names = part.claims as ClaimNamesByToken
        unique(c.id.suppress, names.idToken ?? [])
        if (names.accessToken) {
          unique(c.access.suppress, names.accessToken)
          c.accessUsed = true
        }
        break
      }
      case 'addScopes':
      case 'suppressScopes':
        unique(part[PART] === 'addScopes' ? c.access.scopesToAdd : c.access.scopesToSuppress, part.scopes)
        c.accessUsed = true
        break
      case 'overrideGroups':
        c.groups = part.groups
        break
    }
  }
  return c
}

function nonEmpty<T extends object>(o: T): T | undefined {
  for (const v of Object.values(o)) {
    if (
      Array.isArray(v)
        ? v.length > 0
        : typeof v === 'object' && v !== null
          ? Object.keys(v).length > 0
          : v !== undefined
    )
      return o
  }
  return undefined
}

function compact(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue
    if (Array.isArray(v) && v.length === 0) continue
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0) continue
    out[k] = v
  }
  return out
}

/** Merges parts into a V1 response (`claimsOverrideDetails`); access-token parts are issues. */
export function renderV1(parts: readonly TokenOverridePart[], issues: TriggerIssue[]): Record<string, unknown> {
  const c = collect(parts)
  if (c.accessUsed) {
    issues.push(
      issue(
        'v1_access_token',
        ['response'],
        'a V1 trigger can only change ID-token claims and groups: access-token claims and scopes need PreTokenGenerationConfig LambdaVersion V2_0 or V3_0',
      ),
    )
  }
  const details: Mutable<Record<string, unknown>> = compact({
    claimsToAddOrOverride: c.id.add,
    claimsToSuppress: c.id.suppress,
  })
  if (c.groups) details.groupOverrideDetails = c.groups
  return { claimsOverrideDetails: nonEmpty(details) ?? null }
}

/** Merges parts into a V2/V3 response (`claimsAndScopeOverrideDetails`). */
export function renderV2(parts: readonly TokenOverridePart[]): Record<string, unknown> {
  const c = collect(parts)
  const details: Record<string, unknown> = {}
  const id = compact({ claimsToAddOrOverride: c.id.add, claimsToSuppress: c.id.suppress })
  if (Object.keys(id).length > 0) details.idTokenGeneration = id
  const access = compact({
    claimsToAddOrOverride: c.access.add,
    claimsToSuppress: c.access.suppress,
    scopesToAdd: c.access.scopesToAdd,
    scopesToSuppress: c.access.scopesToSuppress,
  })
  if (Object.keys(access).length > 0) details.accessTokenGeneration = access
  if (c.groups) details.groupOverrideDetails = c.groups
  return { claimsAndScopeOverrideDetails: Object.keys(details).length > 0 ? details : null }
}
