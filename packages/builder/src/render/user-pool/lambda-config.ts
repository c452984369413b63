import type { TriggersDefinition } from '../../definition/triggers-definition.js'
import { cfnObject } from '../../internal/cfn-object.js'
import {
  LAMBDA_CONFIG_KEYS,
  type UserPoolOperation,
  VERSIONED_OPERATIONS,
} from '../../user-pool/user-pool-operation.js'

/** `LambdaConfig`: a function ARN per classic trigger, `{ LambdaArn, LambdaVersion }` for the others, and `KMSKeyID`. */
export function lambdaConfig(triggers: TriggersDefinition): Record<string, unknown> | undefined {
  const config: Record<string, unknown> = { KMSKeyID: triggers.customSenderKmsKey }
  for (const [operation, trigger] of Object.entries(triggers.operations)) {
    const key = LAMBDA_CONFIG_KEYS[operation as UserPoolOperation]
    config[key] = VERSIONED_OPERATIONS.has(operation)
      ? { LambdaArn: trigger.lambdaArn, LambdaVersion: trigger.lambdaVersion ?? 'V1_0' }
      : trigger.lambdaArn
  }
  const out = cfnObject(config, true)
  return Object.keys(out).length === 0 ? undefined : out
}
