import type { StringValue } from '../intrinsic.js'

/** A user-pool group. */
export interface GroupDefinition {
  /** Absent: CloudFormation generates a name. */
  readonly groupName?: string
  readonly description?: string
  readonly precedence?: number
  /** ARN of the IAM role of the group's members (the CDK's `role`). */
  readonly role?: StringValue
}
