/** A resource server and its scopes. */
export interface ResourceServerDefinition {
  readonly identifier: string
  readonly userPoolResourceServerName?: string
  readonly scopes: readonly { readonly scopeName: string; readonly scopeDescription: string }[]
}
