import type { ResourceServerScopeProps } from './resource-server-scope.js'

/**
 * Options of a resource server, as the CDK's `UserPoolResourceServerOptions`.
 *
 * @typeParam I - the identifier
 * @typeParam N - the scope names
 */
export interface UserPoolResourceServerOptions<I extends string = string, N extends string = string> {
  /**
   * Unique identifier of the server, e.g. `users` or `https://api.example.com`.
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-userpoolresourceserver.html#cfn-cognito-userpoolresourceserver-identifier
   */
  readonly identifier: I
  /**
   * Friendly name of the server.
   * @default - the identifier
   */
  readonly userPoolResourceServerName?: string
  /**
   * Scopes of the server (`ResourceServerScope` instances or plain `{ scopeName, scopeDescription }`).
   * @default - none
   */
  readonly scopes?: readonly ResourceServerScopeProps<N>[]
}
