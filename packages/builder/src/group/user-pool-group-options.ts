import type { StringValue } from '../intrinsic.js'

/** Options of a user-pool group, as the CDK's `UserPoolGroupOptions`. */
export interface UserPoolGroupOptions {
  /**
   * Name of the group: 1 to 128 letters, digits and symbols (no spaces).
   * @default - CloudFormation generates one (the group's id for `toSdkRequests()`)
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-userpoolgroup.html#cfn-cognito-userpoolgroup-groupname
   */
  readonly groupName?: string
  /**
   * Description, at most 2048 characters.
   * @default - none
   */
  readonly description?: string
  /**
   * Which group's role wins for a user in several groups: the lowest number, 0 to 2^31-1.
   * @default - none
   */
  readonly precedence?: number
  /**
   * ARN of the IAM role members of the group get (the CDK takes an `IRole`).
   * @default - none
   */
  readonly role?: StringValue
}
