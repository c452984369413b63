/**
 * The user pool the web sign-in example is written for: an `orders` resource server with a `read`
 * scope, a Cognito domain, and a public `web` client with the authorization code grant. The
 * hosted-UI and OAuth helpers check every URL they build against this definition.
 *
 * @module
 */
import { OAuthScope, ResourceServerScope, userPool } from '@cognito-kit/builder'

/** Where the site lives. */
export interface SiteUrls {
  /** The OAuth callback (`redirect_uri`), e.g. `https://app.example.com/callback`. */
  readonly callbackUrl: string
  /** Where Cognito sends the browser after sign-out, e.g. `https://app.example.com/`. */
  readonly signedOutUrl: string
  /**
   * The prefix of the pool's Cognito domain (`<prefix>.auth.<region>.amazoncognito.com`).
   * @default - no domain in the definition (a custom domain, or a local stand-in playing it)
   */
  readonly domainPrefix?: string
}

const ordersRead = new ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read your orders' })

/**
 * The site's pool, for the given site URLs.
 *
 * @example
 * ```ts
 * const definition = sitePool({ callbackUrl: 'https://app.example.com/callback', signedOutUrl: 'https://app.example.com/' }).toDefinition()
 * ```
 */
export function sitePool(urls: SiteUrls) {
  const pool = userPool('WebSignIn', {
    userPoolName: 'cognito-kit-web-signin',
    selfSignUpEnabled: true,
    signInAliases: { email: true },
    autoVerify: { email: true },
  })
    .withResourceServer('Orders', { identifier: 'orders', scopes: [ordersRead] })
    .withClient('web', {
      userPoolClientName: 'web',
      generateSecret: false,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [
          OAuthScope.OPENID,
          OAuthScope.EMAIL,
          OAuthScope.PROFILE,
          OAuthScope.resourceServer('orders', ordersRead),
        ],
        callbackUrls: [urls.callbackUrl],
        logoutUrls: [urls.signedOutUrl],
      },
    })
  return urls.domainPrefix === undefined
    ? pool
    : pool.withDomain('Domain', { cognitoDomain: { domainPrefix: urls.domainPrefix } })
}

/** The definition type of the site's pool. */
export type SiteDefinition = ReturnType<ReturnType<typeof sitePool>['toDefinition']>

/** The scopes the site asks for. */
export const SITE_SCOPES = ['openid', 'email', 'profile', 'orders/read'] as const
