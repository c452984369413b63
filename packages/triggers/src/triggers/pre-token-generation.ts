import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import type * as z from 'zod/mini'
import type { TriggerIssue } from '../errors.js'
import {
  type ClaimsToAdd,
  type ClaimValue,
  type PreTokenGenerationEvent,
  type PreTokenGenerationV1Event,
  type PreTokenGenerationV1Response,
  type PreTokenGenerationV2Event,
  type PreTokenGenerationV2Response,
  type PreTokenGenerationV3Event,
  preTokenGenerationEventSchema,
  preTokenGenerationV1Schemas,
  preTokenGenerationV2Schemas,
  renderedResponseIssues,
} from '../events/pre-token-generation.js'
import { CLIENT_ID_NOT_APPLICABLE } from '../events/trigger-envelope.js'
import { assertNoIssues, checkSchema, resultParts, type TriggerSpec } from '../internal/define-trigger.js'
import { defineWrapper } from '../internal/define-wrapper.js'
import { issue } from '../internal/to-trigger-issues.js'
import type { LambdaContext, LambdaHandler } from '../lambda-context.js'
import {
  type AddClaimsPart,
  isTokenOverridePart,
  type OverrideGroupsPart,
  renderV1,
  renderV2,
  type ScopesPart,
  type SuppressClaimsPart,
  type TokenOverridePart,
} from '../token-overrides.js'
import type { AnyUserPoolDefinition, HandlerResult, TriggerOutput } from '../trigger-handler.js'
import { TRIGGER_SOURCES, userTokenGenerationSources } from '../trigger-sources.js'

/**
 * The claims an app declares its tokens carry (`preTokenGeneration.v2.for<typeof def, AppClaims>()`):
 * handlers may then only add those claims, with those value types.
 *
 * @example
 * ```ts
 * interface AppClaims { idToken: { tenant: string; plan: 'free' | 'pro' }; accessToken: { tenant: string; roles: string[] } }
 * ```
 */
export interface DeclaredClaims {
  /** ID-token claims the app adds. */
  readonly idToken?: object
  /** Access-token claims the app adds (V2/V3). */
  readonly accessToken?: object
}

/** A declared claim type as handlers may pass it (arrays and objects read-only, so `as const` values fit). */
export type DeclaredClaimValue<T> = T extends readonly (infer U)[]
  ? readonly DeclaredClaimValue<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeclaredClaimValue<T[K]> }
    : T

/**
 * The claims map a handler may add to one token: the declared claims (`C[K]`), or, when the app
 * declared none for that token, any non-reserved claim with a `V` value.
 */
export type ClaimsFor<C extends DeclaredClaims, K extends keyof DeclaredClaims, V = ClaimValue> = C extends {
  readonly [P in K]: infer M extends object
}
  ? { readonly [P in keyof M]?: DeclaredClaimValue<M[P]> & V }
  : ClaimsToAdd<V>

/** What a V1 handler may return: a response, or parts (`addClaims({ idToken })`, `suppressClaims`, `overrideGroups`). */
export type PreTokenGenerationV1Result<C extends DeclaredClaims = {}> =
  | PreTokenGenerationV1Response<ClaimsFor<C, 'idToken', string>>
  | AddClaimsPart<{ readonly idToken?: ClaimsFor<C, 'idToken', string>; readonly accessToken?: undefined }>
  | SuppressClaimsPart<{ readonly idToken?: readonly string[]; readonly accessToken?: undefined }>
  | OverrideGroupsPart

/** What a V2/V3 handler may return: a response, or parts (`addClaims`, `suppressClaims`, `addScopes`, `suppressScopes`, `overrideGroups`). */
export type PreTokenGenerationV2Result<C extends DeclaredClaims = {}> =
  | PreTokenGenerationV2Response<ClaimsFor<C, 'idToken'>, ClaimsFor<C, 'accessToken'>>
  | AddClaimsPart<{ readonly idToken?: ClaimsFor<C, 'idToken'>; readonly accessToken?: ClaimsFor<C, 'accessToken'> }>
  | SuppressClaimsPart
  | ScopesPart
  | OverrideGroupsPart

/** The Lambda handler `preTokenGeneration.v1(...)` returns. */
export type PreTokenGenerationV1Lambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  PreTokenGenerationV1Event<A>,
  TriggerOutput<PreTokenGenerationV1Event<A>, PreTokenGenerationV1Response>
>
/** The Lambda handler `preTokenGeneration.v2(...)` returns. */
export type PreTokenGenerationV2Lambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  PreTokenGenerationV2Event<A>,
  TriggerOutput<PreTokenGenerationV2Event<A>, PreTokenGenerationV2Response>
>
/** The Lambda handler `preTokenGeneration.v3(...)` returns. */
export type PreTokenGenerationV3Lambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  PreTokenGenerationV3Event<A>,
  TriggerOutput<PreTokenGenerationV3Event<A>, PreTokenGenerationV2Response>
>

type Flat<R> = R extends readonly (infer U)[] ? U : R
type KeysOf<M> = M extends object ? keyof M & string : never
type DeclaredKeys<C, K extends keyof DeclaredClaims> = C extends { readonly [P in K]: infer M extends object }
  ? keyof M
  : string
type AddedKeys<P, K extends keyof DeclaredClaims> =
  P extends AddClaimsPart<infer T>
    ? T extends { readonly [Q in K]?: infer M }
      ? KeysOf<M>
      : never
    : P extends { readonly claimsAndScopeOverrideDetails?: infer D }
      ? D extends { readonly [Q in K extends 'idToken' ? 'idTokenGeneration' : 'accessTokenGeneration']?: infer G }
        ? G extends { readonly claimsToAddOrOverride?: infer M }
          ? KeysOf<M>
          : never
        : never
      : P extends { readonly claimsOverrideDetails?: infer D }
        ? K extends 'idToken'
          ? D extends { readonly claimsToAddOrOverride?: infer M }
            ? KeysOf<M>
            : never
          : never
        : never

/**
 * The claims a handler's result adds that the app did not declare (`never` when all are declared,
 * or when the app declared no claims for that token).
 */
export type UndeclaredClaims<R, C extends DeclaredClaims> =
  Flat<Awaited<R>> extends infer P
    ?
        | Exclude<AddedKeys<P, 'idToken'>, DeclaredKeys<C, 'idToken'>>
        | Exclude<AddedKeys<P, 'accessToken'>, DeclaredKeys<C, 'accessToken'>>
    : never

/** Present only when a handler adds undeclared claims: the compile error names them. */
type ClaimsCheck<R, C extends DeclaredClaims> = [UndeclaredClaims<R, C>] extends [never]
  ? []
  : [error: `claim not declared in the app's claims: ${UndeclaredClaims<R, C>}`]

/** `preTokenGeneration.v1`: for pools with `LambdaVersion` `V1_0` (or no `PreTokenGenerationConfig`). */
export interface PreTokenGenerationV1Wrapper<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  C extends DeclaredClaims = {},
> {
  <R extends HandlerResult<PreTokenGenerationV1Result<C>>>(
    handler: (event: PreTokenGenerationV1Event<A>, context: LambdaContext) => R | Promise<R>,
    ...undeclared: ClaimsCheck<R, C>
  ): PreTokenGenerationV1Lambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes and the app's declared claims. */
  for<
    D extends AnyUserPoolDefinition = AnyUserPoolDefinition,
    C2 extends DeclaredClaims = {},
  >(): PreTokenGenerationV1Wrapper<CustomAttributesOf<D>, C2>
}

/** `preTokenGeneration.v2`: for pools with `LambdaVersion` `V2_0`. */
export interface PreTokenGenerationV2Wrapper<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  C extends DeclaredClaims = {},
> {
  <R extends HandlerResult<PreTokenGenerationV2Result<C>>>(
    handler: (event: PreTokenGenerationV2Event<A>, context: LambdaContext) => R | Promise<R>,
    ...undeclared: ClaimsCheck<R, C>
  ): PreTokenGenerationV2Lambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes and the app's declared claims. */
  for<
    D extends AnyUserPoolDefinition = AnyUserPoolDefinition,
    C2 extends DeclaredClaims = {},
  >(): PreTokenGenerationV2Wrapper<CustomAttributesOf<D>, C2>
}

/** `preTokenGeneration.v3`: for pools with `LambdaVersion` `V3_0` (user and machine identities). */
export interface PreTokenGenerationV3Wrapper<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  C extends DeclaredClaims = {},
> {
  <R extends HandlerResult<PreTokenGenerationV2Result<C>>>(
    handler: (event: PreTokenGenerationV3Event<A>, context: LambdaContext) => R | Promise<R>,
    ...undeclared: ClaimsCheck<R, C>
  ): PreTokenGenerationV3Lambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes and the app's declared claims. */
  for<
    D extends AnyUserPoolDefinition = AnyUserPoolDefinition,
    C2 extends DeclaredClaims = {},
  >(): PreTokenGenerationV3Wrapper<CustomAttributesOf<D>, C2>
}

type Version = '1' | '2' | '3'

/** The real app client id of an event, or `undefined`. */
function clientIdOf(event: PreTokenGenerationEvent): string | undefined {
  const id = event.callerContext.clientId
  return typeof id === 'string' && id !== '' && id !== CLIENT_ID_NOT_APPLICABLE ? id : undefined
}

function audIssue(claims: unknown, clientId: string | undefined, at: readonly string[]): TriggerIssue[] {
  if (typeof claims !== 'object' || claims === null || !('aud' in claims)) return []
  const aud = (claims as { aud: unknown }).aud
  if (clientId !== undefined && aud === clientId) return []
  return [
    issue(
      'invalid_aud',
      [...at, 'aud'],
      '"aud" can only be set to the app client id of the event (callerContext.clientId)',
    ),
  ]
}

/** The V1 rules that need the event. */
function v1ContextIssues(response: PreTokenGenerationV1Response, event: PreTokenGenerationV1Event): TriggerIssue[] {
  const details = response.claimsOverrideDetails
  return audIssue(details?.claimsToAddOrOverride, clientIdOf(event), [
    'response',
    'claimsOverrideDetails',
    'claimsToAddOrOverride',
  ])
}

/** The V2/V3 rules that need the event. */
function v2ContextIssues(
  response: PreTokenGenerationV2Response,
  event: PreTokenGenerationV2Event | PreTokenGenerationV3Event,
): TriggerIssue[] {
  const issues: TriggerIssue[] = []
  const details = response.claimsAndScopeOverrideDetails
  if (!details) return issues
  const base = ['response', 'claimsAndScopeOverrideDetails']
  const clientId = clientIdOf(event)
  if (event.triggerSource === 'TokenGeneration_ClientCredentials') {
    if (details.idTokenGeneration) {
      issues.push(
        issue(
          'no_id_token',
          [...base, 'idTokenGeneration'],
          'a client credentials grant issues no ID token: only accessTokenGeneration applies',
        ),
      )
    }
    if (details.groupOverrideDetails) {
      issues.push(
        issue(
          'no_groups',
          [...base, 'groupOverrideDetails'],
          'a client credentials grant has no user, so no groups to override',
        ),
      )
    }
  } else {
    issues.push(
      ...audIssue(details.idTokenGeneration?.claimsToAddOrOverride, clientId, [
        ...base,
        'idTokenGeneration',
        'claimsToAddOrOverride',
      ]),
    )
  }
  issues.push(
    ...audIssue(details.accessTokenGeneration?.claimsToAddOrOverride, clientId, [
      ...base,
      'accessTokenGeneration',
      'claimsToAddOrOverride',
    ]),
  )
  return issues
}

/** What differs between the event versions' responses (V3 answers as V2). */
interface VersionRules {
  /** Which rendered-response rules apply. */
  readonly rendered: '1' | '2'
  /** The response of a handler that returns nothing: no changes. */
  nothing(): Record<string, null>
  /** The response rendered from parts. */
  render(parts: readonly TokenOverridePart[], issues: TriggerIssue[]): Record<string, unknown>
  /** The response schema. */
  schema(): z.core.$ZodType
  /** The rules that need the event. */
  context(response: never, event: never): TriggerIssue[]
}

function rulesOf(version: string): VersionRules {
  return version === '1'
    ? {
        rendered: '1',
        nothing: () => ({ claimsOverrideDetails: null }),
        render: renderV1,
        schema: () => preTokenGenerationV1Schemas().response,
        context: v1ContextIssues,
      }
    : {
        rendered: '2',
        nothing: () => ({ claimsAndScopeOverrideDetails: null }),
        render: (parts) => renderV2(parts),
        schema: () => preTokenGenerationV2Schemas().response,
        context: v2ContextIssues,
      }
}

function responseIssues(rules: VersionRules, response: unknown, event: PreTokenGenerationEvent): TriggerIssue[] {
  const issues = checkSchema(rules.schema(), response, ['response'])
  return issues.length > 0 ? issues : rules.context(response as never, event as never)
}

/** Checks a pre token generation response against Cognito's rules for the event (V1 rules for version 1, V2 for 2 and 3). */
export function preTokenGenerationResponseIssues(response: unknown, event: PreTokenGenerationEvent): TriggerIssue[] {
  return responseIssues(rulesOf(event.version), response, event)
}

function respond(rules: VersionRules) {
  return (result: unknown, event: unknown): unknown => {
    const e = event as PreTokenGenerationEvent
    const parts = resultParts(result)
    const issues: TriggerIssue[] = []
    let response: unknown
    if (parts.length === 0) {
      response = rules.nothing()
    } else if (parts.every(isTokenOverridePart)) {
      // Rendered from parts: right by construction; check only what the handler supplied.
      const rendered = rules.render(parts as TokenOverridePart[], issues)
      if (issues.length === 0) issues.push(...renderedResponseIssues(rendered, rules.rendered))
      if (issues.length === 0) issues.push(...rules.context(rendered as never, e as never))
      assertNoIssues(e.triggerSource, issues)
      return rendered
    } else if (parts.length === 1) {
      response = parts[0]
      if (typeof response === 'object' && response !== null && 'triggerSource' in response && 'request' in response) {
        issues.push(
          issue(
            'event_returned',
            ['response'],
            'return the response (or parts such as addClaims(...)), not the whole event',
          ),
        )
      }
    } else {
      issues.push(
        issue(
          'invalid_type',
          ['response'],
          'return either one response object or an array of parts (addClaims(...), ...), not a mix',
        ),
      )
    }
    if (issues.length === 0) issues.push(...responseIssues(rules, response, e))
    assertNoIssues(e.triggerSource, issues)
    return response
  }
}

function hint(expected: Version) {
  return (received: string | undefined): string => {
    if (received === '0')
      return 'version "0" is what cognito-local sends for V1; serve it through the lambda host with cognitoLocalEvents'
    if (received === '1' || received === '2' || received === '3') {
      return `the pool's PreTokenGenerationConfig.LambdaVersion is V${received}_0${received === '3' ? ' (V3_0 pools send version "3" for user sign-ins too)' : ''}: use preTokenGeneration.v${received}, or configure V${expected}_0`
    }
    return `configure PreTokenGenerationConfig.LambdaVersion V${expected}_0`
  }
}

/** Built when the first handler is wrapped: no top-level work, so unused wrappers tree-shake away. */
function spec(version: Version): TriggerSpec {
  return {
    trigger: 'PreTokenGeneration',
    wrapper: `preTokenGeneration.v${version}`,
    sources: version === '3' ? TRIGGER_SOURCES.PreTokenGeneration : userTokenGenerationSources(),
    versions: { accepted: [version], hint: hint(version) },
    eventSchema: (source) => preTokenGenerationEventSchema(version, source),
    respond: respond(rulesOf(version)),
  }
}

/**
 * Wraps pre token generation handlers, one wrapper per event version. Use the one that matches the
 * pool's `PreTokenGenerationConfig.LambdaVersion`: an event of another version is rejected with a
 * `TriggerVersionMismatchError` (Cognito would ignore the response). A V3 pool sends version `"3"`
 * for user sign-ins as well as for `TokenGeneration_ClientCredentials` (machine-to-machine)
 * events, so `.v3` handlers get both; ClientCredentials events only allow access-token changes.
 *
 * Handlers return a response object or parts (`addClaims`, `suppressClaims`, `addScopes`,
 * `suppressScopes`, `overrideGroups`). The response is checked before Cognito sees it: V1 claims
 * are strings, reserved claims (`sub`, `exp`, `cognito:*`, ...) are neither added nor suppressed,
 * `aud` only equals the client id, scopes have no whitespace, and no empty `groupOverrideDetails`
 * removes the user's groups by accident.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 *
 * @example V1: string claims in the ID token
 * ```ts
 * export const handler = preTokenGeneration.v1((event) => [
 *   addClaims({ idToken: { tenant: event.request.userAttributes['custom:tenant'] ?? 'none' } }),
 *   suppressClaims({ idToken: ['phone_number'] }),
 * ])
 * ```
 *
 * @example V2, typed from the pool definition and the app's claims
 * ```ts
 * interface AppClaims { idToken: { tenant: string }; accessToken: { tenant: string; roles: string[] } }
 * export const handler = preTokenGeneration.v2.for<typeof definition, AppClaims>()((event) => {
 *   const tenant = event.request.userAttributes['custom:tenant'] ?? 'none'
 *   return [addClaims({ idToken: { tenant }, accessToken: { tenant, roles: ['reader'] } }), addScopes(['api/read'])]
 * })
 * ```
 */
export const preTokenGeneration: {
  /** For `LambdaVersion` `V1_0` (the default): ID-token string claims and groups. */
  readonly v1: PreTokenGenerationV1Wrapper
  /** For `LambdaVersion` `V2_0`: ID- and access-token JSON claims, scopes and groups. */
  readonly v2: PreTokenGenerationV2Wrapper
  /** For `LambdaVersion` `V3_0`: as V2, plus `TokenGeneration_ClientCredentials` events. */
  readonly v3: PreTokenGenerationV3Wrapper
} = /* @__PURE__ */ Object.freeze({
  v1: /* @__PURE__ */ defineWrapper<PreTokenGenerationV1Wrapper>(() => spec('1')),
  v2: /* @__PURE__ */ defineWrapper<PreTokenGenerationV2Wrapper>(() => spec('2')),
  v3: /* @__PURE__ */ defineWrapper<PreTokenGenerationV3Wrapper>(() => spec('3')),
})
