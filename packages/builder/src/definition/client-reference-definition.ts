import type { StringValue } from '../intrinsic.js'

/**
 * Which app client a pool-level resource applies to: a client declared on this pool (`client`, by id,
 * rendered as a `Ref`), or a literal/intrinsic client id (`clientId`; `'ALL'` where Cognito allows it).
 */
export interface ClientReferenceDefinition {
  /** Id of a client declared on this pool (`withClient('Web', ...)` → `'Web'`). */
  readonly client?: string
  /** A client id string, `'ALL'`, or an intrinsic. */
  readonly clientId?: StringValue
}
