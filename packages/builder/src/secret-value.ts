/**
 * The CDK's `SecretValue` factories, returning what the builder takes for a secret: the
 * CloudFormation dynamic reference (a string, or an `Fn::Join` when the id is an intrinsic).
 *
 * @module
 */
import { DefinitionValidationError } from './errors.js'
import { fnJoin } from './internal/fn-join.js'
import { isIntrinsic, type StringValue } from './intrinsic.js'

/** Which version and JSON field of a Secrets Manager secret to read (the CDK's `SecretsManagerSecretOptions`). */
export interface SecretsManagerSecretOptions {
  /**
   * The key of a JSON secret whose value to use.
   * @default - the whole secret string
   */
  readonly jsonField?: string
  /**
   * The version stage (`AWSCURRENT`, `AWSPREVIOUS`, a custom label); not with `versionId`.
   * @default AWSCURRENT
   */
  readonly versionStage?: string
  /**
   * The version id; not with `versionStage`.
   * @default AWSCURRENT
   */
  readonly versionId?: string
}

function secretsManager(secretId: StringValue, options: SecretsManagerSecretOptions = {}): StringValue {
  const fail = (rule: string, message: string): never => {
    throw new DefinitionValidationError([{ path: 'secretId', rule, message }])
  }
  if (!isIntrinsic(secretId)) {
    if (!secretId) fail('SecretIdCannotBeEmpty', 'secretId cannot be empty')
    if (!secretId.startsWith('arn:') && secretId.includes(':'))
      fail('SecretIdContainsColon', `secret id "${secretId}" is not an ARN but contains ":"`)
  }
  if (options.versionStage && options.versionId) {
    fail(
      'VersionStageAndVersionIdBothProvided',
      `versionStage: '${options.versionStage}' and versionId: '${options.versionId}' were both provided but only one is allowed`,
    )
  }
  const rest = `:SecretString:${options.jsonField || ''}:${options.versionStage || ''}:${options.versionId || ''}}}`
  return fnJoin(['{{resolve:secretsmanager:', secretId, rest])
}

/**
 * Secrets as the CDK's `SecretValue` writes them, for props such as `clientSecretValue` and
 * `privateKeyValue`. The values are CloudFormation dynamic references: the secret itself never
 * appears in the template.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html
 * @example
 * ```ts
 * userPool('P').withIdentityProvider('google', 'Google', {
 *   clientId: 'id.apps.googleusercontent.com',
 *   clientSecretValue: SecretValue.secretsManager('google-client-secret'),
 * })
 * ```
 */
export const SecretValue = Object.freeze({
  /**
   * A Secrets Manager secret by name or ARN: `{{resolve:secretsmanager:<id>:SecretString:<jsonField>:<versionStage>:<versionId>}}`.
   *
   * @example `SecretValue.secretsManager('google', { jsonField: 'clientSecret' })`
   */
  secretsManager,
  /**
   * A SecureString SSM parameter: `{{resolve:ssm-secure:<name>[:<version>]}}`.
   *
   * @example `SecretValue.ssmSecure('/apple/private-key', '2')`
   */
  ssmSecure(parameterName: string, version?: string): string {
    return `{{resolve:ssm-secure:${version ? `${parameterName}:${version}` : parameterName}}}`
  },
  /**
   * The secret itself, written into the template (as the CDK's `unsafePlainText`).
   *
   * @example `SecretValue.unsafePlainText('not-really-secret')`
   */
  unsafePlainText(secret: string): string {
    return secret
  },
})
