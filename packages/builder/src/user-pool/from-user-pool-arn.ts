import { type DefinitionIssue, DefinitionValidationError } from '../errors.js'
import { fnJoin, PSEUDO } from '../internal/fn-join.js'
import { issue } from '../internal/literal-checks.js'
import { isIntrinsic, type StringValue } from '../intrinsic.js'
import { type UserPoolReference, userPoolReference } from './user-pool-reference.js'

const fail = (rule: string, message: string): never => {
  const issues: DefinitionIssue[] = [issue('userPoolArn', rule, message)]
  throw new DefinitionValidationError(issues, { code: 'ERR_ARN_INVALID' })
}

/** `{ Fn::Select: [i, { Fn::Split: [sep, value] }] }`. */
const select = (index: number, separator: string, value: unknown): StringValue =>
  ({ 'Fn::Select': [index, { 'Fn::Split': [separator, value] }] }) as StringValue

/**
 * Imports an existing pool by ARN, parsed as the CDK's `Stack.splitArn` (slash resource name):
 * the id is the resource name, the account and region come from the ARN. An intrinsic ARN is
 * split at deploy time with `Fn::Select`/`Fn::Split`.
 *
 * @throws {DefinitionValidationError} (`ERR_ARN_INVALID`) when the ARN is malformed or has no resource name
 * @example
 * ```ts
 * const pool = fromUserPoolArn('arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_mtRyYQ14D')
 * pool.userPoolId // 'eu-west-1_mtRyYQ14D'
 * ```
 */
export function fromUserPoolArn(userPoolArn: StringValue): UserPoolReference {
  if (isIntrinsic(userPoolArn)) {
    const userPoolId = select(1, '/', select(5, ':', userPoolArn))
    const region = select(3, ':', userPoolArn)
    return userPoolReference({
      userPoolId,
      userPoolArn,
      userPoolProviderName: fnJoin(['cognito-idp.', region, '.', PSEUDO.urlSuffix, '/', userPoolId]),
    })
  }
  if (typeof userPoolArn !== 'string' || !userPoolArn.startsWith('arn:')) {
    return fail(
      'ArnsMustStartWithArn',
      `ARNs must start with "arn:" and have at least 6 components: ${String(userPoolArn)}`,
    )
  }
  const [, partition, service, region = '', account = '', resourcePart, ...rest] = userPoolArn.split(':')
  if (!partition)
    fail('ArnPartitionRequired', `The \`partition\` component (2nd component) of an ARN is required: ${userPoolArn}`)
  if (!service)
    fail('ArnServiceRequired', `The \`service\` component (3rd component) of an ARN is required: ${userPoolArn}`)
  if (!resourcePart)
    fail('ArnResourceRequired', `The \`resource\` component (6th component) of an ARN is required: ${userPoolArn}`)
  const slash = (resourcePart as string).indexOf('/')
  let resourceName = slash >= 0 ? (resourcePart as string).slice(slash + 1) : undefined
  if (rest.length > 0) resourceName = resourceName === undefined ? rest.join(':') : `${resourceName}:${rest.join(':')}`
  if (!resourceName) return fail('InvalidUserPool', 'invalid user pool ARN')
  return userPoolReference({
    userPoolId: resourceName,
    userPoolArn,
    userPoolProviderName: fnJoin([`cognito-idp.${region}.`, PSEUDO.urlSuffix, `/${resourceName}`]),
    env: { account, region },
  })
}
