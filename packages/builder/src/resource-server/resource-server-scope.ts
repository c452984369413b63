/** Options of a {@link ResourceServerScope}. */
export interface ResourceServerScopeProps<N extends string = string> {
  /**
   * Name of the scope; clients request `<identifier>/<scopeName>`.
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html
   */
  readonly scopeName: N
  /** What the scope grants. */
  readonly scopeDescription: string
}

/**
 * A scope of a resource server, as the CDK's `ResourceServerScope`. Its name is kept as a literal
 * type so `withResourceServer` can add `<identifier>/<scopeName>` to the pool's scopes.
 *
 * @typeParam N - the scope name
 *
 * @example
 * ```ts
 * const read = new ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read-only access' })
 * ```
 */
export class ResourceServerScope<const N extends string = string> {
  readonly scopeName: N
  readonly scopeDescription: string

  constructor(props: ResourceServerScopeProps<N>) {
    this.scopeName = props.scopeName
    this.scopeDescription = props.scopeDescription
    Object.freeze(this)
  }
}
