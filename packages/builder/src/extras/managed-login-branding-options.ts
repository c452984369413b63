import type { JsonValue } from '../definition/managed-login-branding-definition.js'
import type { StringValue } from '../intrinsic.js'
import type { BrandingAsset } from './branding-asset.js'
import type { ClientReference } from './client-reference.js'

/**
 * A managed-login branding style (`AWS::Cognito::ManagedLoginBranding`, no CDK construct). Domains
 * with managed login (version 2) show "Login pages unavailable" for a client without one.
 *
 * @typeParam C - ids of the pool's clients
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/managed-login-brandingeditor.html
 */
export interface ManagedLoginBrandingOptions<C extends string = string> {
  /**
   * The client the style applies to: the id of one of the pool's clients, or an imported client.
   * Give this or `clientId`; Cognito needs one (`CreateManagedLoginBranding` requires a client).
   * @default - none; then `clientId` is required
   */
  readonly client?: ClientReference<C>
  /**
   * The client's id as the CDK's `ManagedLoginBranding` takes it: a literal app client id or an
   * intrinsic (`pool.clientId('Web')`). Give this or `client`.
   * @default - none; then `client` is required
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateManagedLoginBranding.html
   */
  readonly clientId?: StringValue
  /**
   * Use Cognito's default style; `settings` and `assets` must then be absent.
   * @default false
   */
  readonly useCognitoProvidedValues?: boolean
  /**
   * The style as the branding editor's JSON.
   * @default - none
   */
  readonly settings?: { readonly [key: string]: JsonValue }
  /**
   * Images, at most 40.
   * @default - none
   */
  readonly assets?: readonly BrandingAsset[]
  /**
   * Return Cognito's defaults merged with your settings in the resource's attributes.
   * @default false
   */
  readonly returnMergedResources?: boolean
}
