/** One scope of a resource server. */
export interface ResourceServerScopeDefinition {
  readonly scopeName: string
  readonly scopeDescription: string
}

/** A resource server and its scopes. */
export interface ResourceServerDefinition {
  readonly identifier: string
  /** Absent: the identifier. */
  readonly userPoolResourceServerName?: string
  readonly scopes: readonly ResourceServerScopeDefinition[]
}
