import type { DefinitionIssue } from '../errors.js'
import { issue, literalString, show } from '../internal/literal-checks.js'

const LAMBDA_ARN =
  /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(:(\$LATEST|[A-Za-z0-9_-]{1,128}))?$/
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/
const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/

function arnIssues(
  value: unknown,
  path: string,
  pattern: RegExp,
  rule: string,
  what: string,
  example: string,
): DefinitionIssue[] {
  if (!literalString(value) || pattern.test(value)) return []
  return [issue(path, rule, `${what} must be an ARN like ${example} or an intrinsic (received ${show(value)})`)]
}

/** A literal Lambda function ARN (optionally qualified) or an intrinsic. */
export function lambdaArnIssues(value: unknown, path: string): DefinitionIssue[] {
  return arnIssues(
    value,
    path,
    LAMBDA_ARN,
    'LambdaArnInvalid',
    'a Lambda function',
    "'arn:aws:lambda:us-east-1:123456789012:function:name'",
  )
}

/** A literal IAM role ARN or an intrinsic. */
export function roleArnIssues(value: unknown, path: string): DefinitionIssue[] {
  return arnIssues(value, path, ROLE_ARN, 'RoleArnInvalid', 'an IAM role', "'arn:aws:iam::123456789012:role/name'")
}

/** A literal KMS key ARN or an intrinsic. */
export function kmsKeyArnIssues(value: unknown, path: string): DefinitionIssue[] {
  return arnIssues(
    value,
    path,
    KMS_KEY_ARN,
    'KmsKeyArnInvalid',
    'a KMS key',
    "'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'",
  )
}
