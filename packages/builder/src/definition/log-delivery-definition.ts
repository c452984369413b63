import type { StringValue } from '../intrinsic.js'

/** One log stream of a pool: exactly one destination. */
export interface LogConfigurationDefinition {
  /** `userNotification` (message delivery errors) or `userAuthEvents` (threat-protection user activity). */
  readonly eventSource: 'userNotification' | 'userAuthEvents'
  readonly logLevel: 'ERROR' | 'INFO'
  /** ARN of a CloudWatch Logs log group. */
  readonly logGroupArn?: StringValue
  /** ARN of an S3 bucket. */
  readonly bucketArn?: StringValue
  /** ARN of a Data Firehose stream. */
  readonly streamArn?: StringValue
}

/** The pool's `AWS::Cognito::LogDeliveryConfiguration`. */
export interface LogDeliveryDefinition {
  readonly logConfigurations: readonly LogConfigurationDefinition[]
}
