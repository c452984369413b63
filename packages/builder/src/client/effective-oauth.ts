import type { OAuthFlowsDefinition, UserPoolClientDefinition } from '../definition/user-pool-client-definition.js'

/** The scopes a client gets when `oAuth.scopes` is absent (the CDK's default). */
export const DEFAULT_OAUTH_SCOPES: readonly string[] = Object.freeze([
  'profile',
  'phone',
  'email',
  'openid',
  'aws.cognito.signin.user.admin',
])

/** The client's OAuth flows, with the CDK's default (code and implicit) when none are given. */
export function effectiveOAuthFlows(client: UserPoolClientDefinition): OAuthFlowsDefinition {
  return client.oAuth?.flows ?? { implicitCodeGrant: true, authorizationCodeGrant: true }
}

/**
 * The client's scopes as the CDK emits them: defaults when absent, duplicates removed, and `openid`
 * appended when `phone`, `email` or `profile` is present without it.
 */
export function effectiveOAuthScopes(client: UserPoolClientDefinition): string[] {
  const names = new Set(client.oAuth?.scopes ?? DEFAULT_OAUTH_SCOPES)
  if (['phone', 'email', 'profile'].some((s) => names.has(s))) names.add('openid')
  return [...names]
}

/** The client's callback URLs as the CDK derives them (`https://example.com` for browser flows by default). */
export function effectiveCallbackUrls(client: UserPoolClientDefinition): readonly string[] | undefined {
  const flows = effectiveOAuthFlows(client)
  const browser = flows.authorizationCodeGrant === true || flows.implicitCodeGrant === true
  return client.oAuth?.callbackUrls ?? (browser ? ['https://example.com'] : undefined)
}
