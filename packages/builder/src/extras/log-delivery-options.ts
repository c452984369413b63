import type { LogConfigurationDefinition } from '../definition/log-delivery-definition.js'

/**
 * Where the pool sends its logs (`AWS::Cognito::LogDeliveryConfiguration`, no CDK construct):
 * `userNotification` at `ERROR` to CloudWatch Logs, `userAuthEvents` (Plus plan) at `INFO` to
 * CloudWatch Logs, S3 or Firehose.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-quotas-and-usage.html
 */
export interface LogDeliveryOptions {
  /** One entry per event source, each with exactly one of `logGroupArn`, `bucketArn`, `streamArn`. */
  readonly logConfigurations: readonly LogConfigurationDefinition[]
}
