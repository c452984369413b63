/** Seed § Importing User Pools: by id, and by ARN. */
import { fromUserPoolArn, fromUserPoolId } from '@cognito-kit/builder'

export const imports = {
  'awesome-user-pool': fromUserPoolId('us-east-1_oiuR12Abd'),
  'other-awesome-user-pool': fromUserPoolArn('arn:aws:cognito-idp:eu-west-1:123456789012:userpool/us-east-1_mtRyYQ14D'),
}
