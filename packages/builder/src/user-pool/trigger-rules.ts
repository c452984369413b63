import type { TriggerDefinition, TriggersDefinition } from '../definition/triggers-definition.js'
import type { DefinitionIssue } from '../errors.js'
import { issue, joinPath, show } from '../internal/literal-checks.js'
import { kmsKeyArnIssues, lambdaArnIssues } from './arn-patterns.js'
import { isUserPoolOperation, LAMBDA_CONFIG_KEYS } from './user-pool-operation.js'

/** Where triggers are reported: the `UserPoolProps` name. */
export const TRIGGERS_PATH = 'lambdaTriggers'

/** Rules of one trigger on its own. */
export function triggerIssues(operation: string, trigger: TriggerDefinition): DefinitionIssue[] {
  const path = joinPath(TRIGGERS_PATH, operation)
  if (!isUserPoolOperation(operation)) {
    return [
      issue(
        path,
        'UnknownTriggerOperation',
        `${show(operation)} is not a trigger operation; use one of ${Object.keys(LAMBDA_CONFIG_KEYS).join(', ')}`,
      ),
    ]
  }
  const issues: DefinitionIssue[] = []
  const version = trigger.lambdaVersion
  if ((version === 'V2_0' || version === 'V3_0') && operation !== 'preTokenGenerationConfig') {
    issues.push(
      issue(
        joinPath(path, 'lambdaVersion'),
        'OnlyOperationSupportsV20',
        'Only the `PRE_TOKEN_GENERATION_CONFIG` operation supports V2_0 and V3_0 lambda version.',
      ),
    )
  }
  issues.push(...lambdaArnIssues(trigger.lambdaArn, path))
  return issues
}

/** Rules of every trigger and of the custom-sender key, each on its own. */
export function triggersIssues(triggers: TriggersDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  for (const [operation, trigger] of Object.entries(triggers.operations))
    issues.push(...triggerIssues(operation, trigger))
  if (triggers.customSenderKmsKey !== undefined)
    issues.push(...kmsKeyArnIssues(triggers.customSenderKmsKey, 'customSenderKmsKey'))
  return issues
}
