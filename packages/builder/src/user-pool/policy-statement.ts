import { DefinitionValidationError } from '../errors.js'
import { issue, show } from '../internal/literal-checks.js'
import type { StringValue } from '../intrinsic.js'

/** An IAM policy statement as plain data, ready for a policy document. */
export interface PolicyStatement {
  /** One action, or several in the order given. */
  readonly Action: string | readonly string[]
  readonly Effect: 'Allow'
  /** The user pool's ARN. */
  readonly Resource: StringValue
}

const ACTION = /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$/

/**
 * The statement the CDK's `grant()` adds to a principal's policy: `actions` allowed on `resource`.
 *
 * @throws {DefinitionValidationError} when no action is given or one is not `service:Action`
 * @example
 * ```ts
 * grantStatement('arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc', ['cognito-idp:AdminCreateUser'])
 * ```
 */
export function grantStatement(resource: StringValue, actions: readonly string[]): PolicyStatement {
  const issues =
    actions.length === 0 ? [issue('actions', 'GrantActionsEmpty', 'grant() needs at least one action')] : []
  actions.forEach((action, i) => {
    if (typeof action !== 'string' || !ACTION.test(action)) {
      issues.push(
        issue(
          `actions.${i}`,
          'GrantActionInvalid',
          `an action is a service namespace, a colon and an action name, like 'cognito-idp:AdminCreateUser' (received ${show(action)})`,
        ),
      )
    }
  })
  if (issues.length > 0) throw new DefinitionValidationError(issues)
  return Object.freeze({
    Action: actions.length === 1 ? (actions[0] as string) : Object.freeze([...actions]),
    Effect: 'Allow',
    Resource: resource,
  })
}
