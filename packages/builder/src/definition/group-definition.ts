import type { StringValue } from '../intrinsic.js'

/** A user-pool group. */
export interface GroupDefinition {
  readonly groupName?: string
  readonly description?: string
  readonly precedence?: number
  readonly role?: StringValue
}
