import type { DurationDefinition } from '../duration.js'
import type { StringValue } from '../intrinsic.js'

/**
 * Every user-pool setting of the CDK's `UserPoolProps` (custom attributes and triggers aside, which
 * have their own sections), as plain data: durations as `{ amount, unit }`, enums as their string
 * values, roles and keys as ARNs or intrinsics.
 */
export interface UserPoolSettings {
  readonly userPoolName?: string
  readonly selfSignUpEnabled?: boolean
  readonly smsRole?: StringValue
  readonly passwordPolicy?: {
    readonly tempPasswordValidity?: DurationDefinition
    readonly minLength?: number
  }
}
