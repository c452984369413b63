/**
 * Hosted-UI / managed-login URLs: `/oauth2/authorize`, `/login`, `/signup` and `/logout`, built
 * with `URL` and `URLSearchParams`, checked against the pool definition when one is given.
 *
 * @module
 */
import type { ClientIdsOf, DomainDefinition, UserPoolDefinition } from '@cognito-kit/builder/definition'
import { type OptionsIssue, OptionsValidationError } from '../errors.js'
import { CLIENT_ID_PATTERN, type ClientRules, clientRulesOf, isIssue } from '../internal/client-rules.js'
import { redirectUriProblem } from '../internal/redirect-uri.js'
import type { ScopeOf } from '../scopes.js'
import { type HostedUiDomain, type ResolvedDomain, resolveDomain } from './cognito-domain.js'
import { PKCE_VERIFIER, pkceChallenge, randomCodeVerifier, randomNonce, randomState } from './random-values.js'

/** Values of the `prompt` parameter Cognito's managed login understands. */
export type HostedUiPrompt = 'none' | 'login' | 'consent' | 'select_account'

/** Options of {@link hostedUi} that do not depend on a definition. */
export interface HostedUiBaseOptions {
  /**
   * The user pool domain: `{ prefix, region, fips? }` for a Cognito prefix domain, or the
   * `https://` origin of a custom domain.
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-assign-domain.html
   */
  readonly domain: HostedUiDomain
  /** The app client id (the one Cognito generated, e.g. `1example23456789`). */
  readonly clientId: string
  /**
   * Allow an `http://` domain on a loopback host (127.0.0.1, ::1, localhost), for local
   * stand-ins such as `@cognito-kit/oidc-stand-in`. Never needed for real pools.
   * @default false
   */
  readonly unsafeAllowHttpLoopback?: boolean
}

/** Options of {@link hostedUi}: with a definition, the client key (`withClient('web', ...)`) is required. */
export type HostedUiOptions<D extends UserPoolDefinition<any, any, any> | undefined = undefined> = HostedUiBaseOptions &
  (D extends UserPoolDefinition<any, any, any>
    ? {
        /** The pool definition (`pool.toDefinition()`): URLs are checked against its client. */
        readonly definition: D
        /** The definition's key of this app client. */
        readonly client: ClientIdsOf<D>
      }
    : {
        /** No definition: URLs are not checked against a client. */
        readonly definition?: undefined
        /** Only with a definition. */
        readonly client?: undefined
      })

/** Parameters of the sign-in URLs (`/oauth2/authorize`, `/login`, `/signup`). */
export interface SignInParams<D = undefined> {
  /**
   * Where Cognito sends the browser back; must be one of the client's callback URLs. An absolute
   * `https:` URL (`http:` only on a loopback host) or a native app's scheme, without fragment or
   * credentials; `javascript:`, `data:`, `file:` and the like are refused.
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
   */
  readonly redirectUri: string
  /**
   * `code` (authorization code with PKCE, recommended) or `token` (implicit, discouraged: RFC 9700).
   * @default 'code'
   */
  readonly responseType?: 'code' | 'token'
  /**
   * Scopes to request.
   * @default - omitted: Cognito grants all the client's scopes
   */
  readonly scopes?: readonly ScopeOf<D>[]
  /** @default - a new {@link randomState} */
  readonly state?: string
  /** @default - a new {@link randomNonce} (a nonce is always sent) */
  readonly nonce?: string
  /** PKCE verifier for `code`. @default - a new random one (S256 is always used) */
  readonly codeVerifier?: string
  /** Skip the UI and go to this IdP (`COGNITO`, `Google`, `Facebook`, `LoginWithAmazon`, `SignInWithApple`, or a provider name). */
  readonly identityProvider?: string
  /** Go to the IdP registered with this identifier (an alternative to `identityProvider`). */
  readonly idpIdentifier?: string
  /** Managed login language, e.g. `fr` or `pt-BR`. */
  readonly lang?: string
  /** Prefills the username; forwarded to OIDC IdPs. */
  readonly loginHint?: string
  /** Managed login `prompt`. */
  readonly prompt?: HostedUiPrompt
  /** Resource server identifier to bind the access token to (`aud`). */
  readonly resource?: string
}

/** A sign-in URL and the secrets to keep with the browser session until the callback. */
export interface AuthorizationRequest {
  /** Send the browser here. */
  readonly url: URL
  /** Check it once against the callback's `state`. */
  readonly state: string
  /** Check it against the ID token's `nonce`. */
  readonly nonce: string
  /** The PKCE verifier (`code` only): send it with the code to the token endpoint. */
  readonly codeVerifier: string | undefined
  /** The `redirect_uri` sent: the token request must use exactly this one. */
  readonly redirectUri: string
}

/** Parameters of `/logout`: back to a sign-out URL, or back to the sign-in page. */
export type LogoutParams<D = undefined> =
  | {
      /**
       * A sign-out URL of the client (Cognito's "Allowed sign-out URLs"), under the same rules as
       * a redirect URI.
       * @see https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html
       */
      readonly logoutUri: string
    }
  | {
      /** Sign out, then show the sign-in page that returns to this callback URL. */
      readonly redirectUri: string
      /** @default 'code' */
      readonly responseType?: 'code' | 'token'
      /** Scopes of the following sign-in. @default - all the client's scopes */
      readonly scopes?: readonly ScopeOf<D>[]
      /** `state` of the following sign-in. @default - none */
      readonly state?: string
    }

/** URL builders of one app client on one domain. */
export interface HostedUi<D = undefined> {
  /** The domain origin, e.g. `https://my-app.auth.eu-west-1.amazoncognito.com`. */
  readonly origin: string
  /** The app client id the URLs carry. */
  readonly clientId: string
  /**
   * `/oauth2/authorize`: the recommended start of a sign-in.
   *
   * @throws {OptionsValidationError} listing every problem (redirect URI not registered, flow not allowed, ...).
   *
   * @example
   * ```ts
   * const request = await ui.authorizeUrl({ redirectUri: 'https://app.example/callback', scopes: ['openid', 'email'] })
   * session.set('oauth', { state: request.state, nonce: request.nonce, codeVerifier: request.codeVerifier })
   * response.redirect(request.url.href)
   * ```
   */
  authorizeUrl(params: SignInParams<D>): Promise<AuthorizationRequest>
  /**
   * `/login`: the sign-in page itself, with the same parameters.
   *
   * @example
   * ```ts
   * const { url } = await ui.loginUrl({ redirectUri: 'https://app.example/callback', lang: 'de' })
   * ```
   */
  loginUrl(params: SignInParams<D>): Promise<AuthorizationRequest>
  /**
   * `/signup`: the sign-up page, with the same parameters.
   *
   * @example
   * ```ts
   * const { url } = await ui.signUpUrl({ redirectUri: 'https://app.example/callback' })
   * ```
   */
  signUpUrl(params: SignInParams<D>): Promise<AuthorizationRequest>
  /**
   * `/logout`: ends the Cognito session (not the session at a social or OIDC IdP).
   *
   * @example
   * ```ts
   * response.redirect(ui.logoutUrl({ logoutUri: 'https://app.example/' }).href)
   * ```
   */
  logoutUrl(params: LogoutParams<D>): URL
}

const PROMPTS: readonly string[] = ['none', 'login', 'consent', 'select_account']
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/

/**
 * URL builders for the hosted UI / managed login of one app client. With a pool definition, every
 * URL is checked against the client: redirect and sign-out URLs registered, flow allowed, scopes
 * and identity providers enabled, managed login for `lang`/`prompt`.
 *
 * @throws {OptionsValidationError} listing every invalid option.
 *
 * @example Prefix domain, checked against the definition
 * ```ts
 * import { hostedUi } from '@cognito-kit/runtime/hosted-ui'
 *
 * const ui = hostedUi({
 *   domain: { prefix: 'my-app', region: 'eu-west-1' },
 *   clientId: outputs.webClientId,
 *   definition: pool.toDefinition(),
 *   client: 'web',
 * })
 * const { url, state, nonce, codeVerifier } = await ui.authorizeUrl({ redirectUri: 'https://app.example/callback' })
 * ```
 *
 * @example Custom domain, straight to Google
 * ```ts
 * const ui = hostedUi({ domain: 'https://auth.example.com', clientId: '1example23456789' })
 * const request = await ui.authorizeUrl({ redirectUri: 'https://app.example/cb', identityProvider: 'Google' })
 * ```
 */
export function hostedUi<const D extends UserPoolDefinition<any, any, any> | undefined = undefined>(
  options: HostedUiOptions<D>,
): HostedUi<D> {
  const issues: OptionsIssue[] = []
  if (typeof options !== 'object' || options === null)
    throw new OptionsValidationError('hosted UI options', [
      { path: '', rule: 'OptionsType', message: 'options must be an object' },
    ])
  // Own fields only: nothing (unsafeAllowHttpLoopback, a definition) may come from Object.prototype.
  const o = ownFields(options) as HostedUiBaseOptions & { definition?: unknown; client?: unknown }
  const domain = resolveDomain(o.domain, 'domain', o.unsafeAllowHttpLoopback === true, issues)
  if (typeof o.clientId !== 'string' || !CLIENT_ID_PATTERN.test(o.clientId)) {
    issues.push({
      path: 'clientId',
      rule: 'ClientIdFormat',
      message: `clientId must be an app client id; received ${JSON.stringify(o.clientId)}`,
    })
  }
  let rules: ClientRules | undefined
  let domainDefinition: DomainDefinition | undefined
  if (o.definition !== undefined || o.client !== undefined) {
    const found = clientRulesOf(o.definition, o.client, 'client')
    if (isIssue(found)) issues.push(found)
    else {
      rules = found
      if (rules.oauthDisabled) {
        issues.push({
          path: 'client',
          rule: 'OAuthDisabled',
          message: `client ${JSON.stringify(rules.clientKey)} has OAuth disabled (disableOAuth)`,
        })
      }
      if (domain !== undefined) domainDefinition = domainOf(o.definition as UserPoolDefinition, domain, issues)
    }
  }
  if (issues.length > 0) throw new OptionsValidationError('hosted UI options', issues)
  const origin = (domain as ResolvedDomain).origin
  const clientId = o.clientId

  async function signIn(path: string, params: SignInParams<D>): Promise<AuthorizationRequest> {
    const issues: OptionsIssue[] = []
    const p = ownFields(params ?? {}) as unknown as SignInParams<undefined>
    const responseType = p.responseType ?? 'code'
    if (responseType !== 'code' && responseType !== 'token') {
      issues.push({
        path: 'responseType',
        rule: 'ResponseType',
        message: `responseType must be "code" or "token"; received ${JSON.stringify(responseType)}`,
      })
    }
    checkRedirectUri(p.redirectUri, 'redirectUri', rules, issues)
    if (rules !== undefined) {
      if (responseType === 'code' && !rules.flows.code) {
        issues.push({
          path: 'responseType',
          rule: 'FlowNotAllowed',
          message: `client ${JSON.stringify(rules.clientKey)} does not allow the authorization code grant`,
        })
      }
      if (responseType === 'token' && !rules.flows.implicit) {
        issues.push({
          path: 'responseType',
          rule: 'FlowNotAllowed',
          message: `client ${JSON.stringify(rules.clientKey)} does not allow the implicit grant`,
        })
      }
    }
    checkScopes(p.scopes, rules, issues)
    for (const name of ['state', 'nonce', 'loginHint', 'resource', 'identityProvider', 'idpIdentifier'] as const) {
      const value = p[name]
      if (value !== undefined && (typeof value !== 'string' || value.length === 0 || value.length > 2048)) {
        issues.push({
          path: name,
          rule: 'OptionType',
          message: `${name} must be a non-empty string of at most 2048 characters`,
        })
      }
    }
    if (typeof p.state === 'string' && JSON_STATE.test(p.state)) {
      issues.push({
        path: 'state',
        rule: 'StateFormat',
        message:
          'state must not be (URL-encoded) JSON; Cognito refuses it. Use randomState() and keep app data in the session',
      })
    }
    if (p.codeVerifier !== undefined && !PKCE_VERIFIER.test(p.codeVerifier)) {
      issues.push({
        path: 'codeVerifier',
        rule: 'PkceVerifierFormat',
        message: 'codeVerifier must be 43–128 characters of [A-Za-z0-9._~-] (RFC 7636)',
      })
    }
    if (p.identityProvider !== undefined && p.idpIdentifier !== undefined) {
      issues.push({
        path: 'idpIdentifier',
        rule: 'IdpExclusive',
        message: 'pass identityProvider or idpIdentifier, not both',
      })
    }
    if (
      rules?.identityProviders !== undefined &&
      typeof p.identityProvider === 'string' &&
      !rules.identityProviders.includes(p.identityProvider)
    ) {
      issues.push({
        path: 'identityProvider',
        rule: 'IdentityProviderNotSupported',
        message: `identityProvider ${JSON.stringify(p.identityProvider)} is not enabled for client ${JSON.stringify(rules.clientKey)} (${rules.identityProviders.join(', ')})`,
      })
    }
    if (rules !== undefined && typeof p.idpIdentifier === 'string' && !rules.idpIdentifiers.includes(p.idpIdentifier)) {
      issues.push({
        path: 'idpIdentifier',
        rule: 'IdpIdentifierUnknown',
        message: `idpIdentifier ${JSON.stringify(p.idpIdentifier)} is not an identifier of the pool's providers`,
      })
    }
    if (p.prompt !== undefined && !PROMPTS.includes(p.prompt)) {
      issues.push({
        path: 'prompt',
        rule: 'PromptValue',
        message: `prompt must be one of ${PROMPTS.join(', ')}; received ${JSON.stringify(p.prompt)}`,
      })
    }
    if (p.lang !== undefined && (typeof p.lang !== 'string' || !LANG.test(p.lang))) {
      issues.push({
        path: 'lang',
        rule: 'LangFormat',
        message: `lang must be a language tag like "fr" or "pt-BR"; received ${JSON.stringify(p.lang)}`,
      })
    }
    if (
      (p.lang !== undefined || p.prompt !== undefined) &&
      domainDefinition !== undefined &&
      domainDefinition.managedLoginVersion !== 2
    ) {
      issues.push({
        path: p.lang !== undefined ? 'lang' : 'prompt',
        rule: 'ManagedLoginRequired',
        message:
          'lang and prompt need managed login (managedLoginVersion 2) on this domain; the classic hosted UI ignores them',
      })
    }
    if (issues.length > 0) throw new OptionsValidationError('hosted UI parameters', issues)

    const state = p.state ?? randomState()
    const nonce = p.nonce ?? randomNonce()
    const codeVerifier = responseType === 'code' ? (p.codeVerifier ?? randomCodeVerifier()) : undefined
    const url = new URL(path, origin)
    const q = url.searchParams
    q.set('client_id', clientId)
    q.set('response_type', responseType)
    q.set('redirect_uri', p.redirectUri)
    if (p.scopes !== undefined && p.scopes.length > 0) q.set('scope', p.scopes.join(' '))
    q.set('state', state)
    q.set('nonce', nonce)
    if (codeVerifier !== undefined) {
      q.set('code_challenge', await pkceChallenge(codeVerifier))
      q.set('code_challenge_method', 'S256')
    }
    if (p.identityProvider !== undefined) q.set('identity_provider', p.identityProvider)
    if (p.idpIdentifier !== undefined) q.set('idp_identifier', p.idpIdentifier)
    if (p.lang !== undefined) q.set('lang', p.lang)
    if (p.loginHint !== undefined) q.set('login_hint', p.loginHint)
    if (p.prompt !== undefined) q.set('prompt', p.prompt)
    if (p.resource !== undefined) q.set('resource', p.resource)
    return Object.freeze({ url, state, nonce, codeVerifier, redirectUri: p.redirectUri })
  }

  function logoutUrl(params: LogoutParams<D>): URL {
    const issues: OptionsIssue[] = []
    const p = ownFields(params ?? {}) as {
      logoutUri?: unknown
      redirectUri?: unknown
      responseType?: unknown
      scopes?: unknown
      state?: unknown
    }
    const url = new URL('/logout', origin)
    url.searchParams.set('client_id', clientId)
    if (p.logoutUri !== undefined) {
      if (p.redirectUri !== undefined) {
        issues.push({
          path: 'redirectUri',
          rule: 'LogoutExclusive',
          message: 'pass logoutUri, or redirectUri (to sign in again), not both',
        })
      }
      const problem = redirectUriProblem(p.logoutUri)
      if (problem !== undefined)
        issues.push({ path: 'logoutUri', rule: 'LogoutUriFormat', message: `logoutUri ${problem}` })
      else if (rules !== undefined && !rules.logoutUrls.includes(p.logoutUri as string)) {
        issues.push({
          path: 'logoutUri',
          rule: 'LogoutUriNotRegistered',
          message: `logoutUri ${JSON.stringify(p.logoutUri)} is not a sign-out URL of client ${JSON.stringify(rules.clientKey)} (${rules.logoutUrls.join(', ') || 'none registered'})`,
        })
      }
      if (issues.length > 0) throw new OptionsValidationError('hosted UI logout parameters', issues)
      url.searchParams.set('logout_uri', p.logoutUri as string)
      return url
    }
    checkRedirectUri(p.redirectUri, 'redirectUri', rules, issues)
    const responseType = p.responseType ?? 'code'
    if (responseType !== 'code' && responseType !== 'token') {
      issues.push({ path: 'responseType', rule: 'ResponseType', message: 'responseType must be "code" or "token"' })
    }
    checkScopes(p.scopes, rules, issues)
    if (p.state !== undefined && (typeof p.state !== 'string' || p.state.length === 0 || p.state.length > 2048)) {
      issues.push({
        path: 'state',
        rule: 'OptionType',
        message: 'state must be a non-empty string of at most 2048 characters',
      })
    } else if (typeof p.state === 'string' && JSON_STATE.test(p.state)) {
      issues.push({
        path: 'state',
        rule: 'StateFormat',
        message: 'state must not be (URL-encoded) JSON; Cognito refuses it. Keep app data in the session',
      })
    }
    if (issues.length > 0) throw new OptionsValidationError('hosted UI logout parameters', issues)
    url.searchParams.set('redirect_uri', p.redirectUri as string)
    url.searchParams.set('response_type', responseType as string)
    if (Array.isArray(p.scopes) && p.scopes.length > 0) url.searchParams.set('scope', p.scopes.join(' '))
    if (p.state !== undefined) url.searchParams.set('state', p.state as string)
    return url
  }

  return Object.freeze({
    origin,
    clientId,
    authorizeUrl: (params: SignInParams<D>) => signIn('/oauth2/authorize', params),
    loginUrl: (params: SignInParams<D>) => signIn('/login', params),
    signUpUrl: (params: SignInParams<D>) => signIn('/signup', params),
    logoutUrl,
  })
}

/** The definition's entry for the chosen domain; an issue when the definition lists other domains only. */
function domainOf(
  definition: UserPoolDefinition,
  domain: ResolvedDomain,
  issues: OptionsIssue[],
): DomainDefinition | undefined {
  const domains = Object.values(definition.domains ?? {})
  if (domains.length === 0) return undefined
  const match = domains.find((d) =>
    domain.prefix !== undefined
      ? d.cognitoDomain?.domainPrefix === domain.prefix
      : d.customDomain?.domainName === domain.hostname,
  )
  if (match === undefined) {
    issues.push({
      path: 'domain',
      rule: 'DomainNotInDefinition',
      message: `domain ${domain.origin} is not one of the definition's domains (${domains
        .map((d) => d.cognitoDomain?.domainPrefix ?? d.customDomain?.domainName)
        .join(', ')})`,
    })
  }
  return match
}

function checkRedirectUri(value: unknown, path: string, rules: ClientRules | undefined, issues: OptionsIssue[]): void {
  const problem = redirectUriProblem(value)
  if (problem !== undefined) {
    issues.push({ path, rule: 'RedirectUriFormat', message: `${path} ${problem}` })
    return
  }
  if (rules !== undefined && !rules.callbackUrls.includes(value as string)) {
    issues.push({
      path,
      rule: 'RedirectUriNotRegistered',
      message: `${path} ${JSON.stringify(value)} is not a callback URL of client ${JSON.stringify(rules.clientKey)} (${rules.callbackUrls.join(', ') || 'none registered'})`,
    })
  }
}

/** The own enumerable fields of `value` on an object without a prototype (nothing inherited). */
function ownFields<T extends object>(value: T): T {
  return typeof value === 'object' && value !== null ? Object.assign(Object.create(null) as T, value) : value
}

/** `scope-token` of RFC 6749 §3.3. */
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/

/** Cognito refuses a `state` that is (URL-encoded) JSON. */
const JSON_STATE = /^\s*(\{|\[|%7B|%5B)/i

function checkScopes(value: unknown, rules: ClientRules | undefined, issues: OptionsIssue[]): void {
  if (value === undefined) return
  if (!Array.isArray(value) || !value.every((s) => typeof s === 'string' && SCOPE_TOKEN.test(s))) {
    issues.push({
      path: 'scopes',
      rule: 'ScopeFormat',
      message:
        'scopes must be an array of scope names: printable ASCII without spaces, quotes or backslashes (RFC 6749 §3.3)',
    })
    return
  }
  if (rules === undefined) return
  for (const scope of value as string[]) {
    if (!rules.scopes.includes(scope)) {
      issues.push({
        path: 'scopes',
        rule: 'ScopeNotAllowed',
        message: `scope ${JSON.stringify(scope)} is not allowed for client ${JSON.stringify(rules.clientKey)} (${rules.scopes.join(' ')})`,
      })
    }
  }
}
