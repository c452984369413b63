import type { Duration } from '../duration.js'
import type { StringValue } from '../intrinsic.js'
import type { CustomAttribute } from './custom-attribute.js'

/**
 * Settings of a user pool: the CDK's `UserPoolProps`, with an ARN string or a CloudFormation
 * intrinsic wherever the CDK takes a construct.
 */
export interface UserPoolProps {
  /**
   * Name of the user pool.
   * @default - CloudFormation generates a name
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-userpool.html#cfn-cognito-userpool-userpoolname
   */
  readonly userPoolName?: string
  /**
   * Whether users may sign themselves up.
   * @default false
   */
  readonly selfSignUpEnabled?: boolean
  /**
   * IAM role Cognito uses to send SMS (ARN or intrinsic).
   * @default - a role is created when the pool needs one
   */
  readonly smsRole?: StringValue
  /** Password policy. @default - none emitted */
  readonly passwordPolicy?: {
    readonly tempPasswordValidity?: Duration
    readonly minLength?: number
  }
  /**
   * Custom attributes by name (without `custom:`).
   * @default - none
   */
  readonly customAttributes?: { readonly [name: string]: CustomAttribute }
}
