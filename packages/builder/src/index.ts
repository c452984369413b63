/**
 * `@cognito-kit/builder`: a fluent, immutable builder for Amazon Cognito user pools.
 *
 * @module
 */
export { Duration, type DurationDefinition, type TimeUnit } from './duration.js'
export { CognitoKitError, type BuilderErrorCode, type DefinitionIssue, DefinitionValidationError, isCognitoKitError } from './errors.js'
export { type Intrinsic, isIntrinsic, type NumberValue, type StringValue } from './intrinsic.js'
export type { CloudFormationOutput, CloudFormationResource, CloudFormationTemplate } from './render/cloudformation-template.js'
export type { LogicalIdScheme, RenderOptions } from './render/render-context.js'
export { toCloudFormation } from './render/to-cloudformation.js'
export { fromDefinition, type UserPoolBuilder, userPool } from './user-pool-builder.js'
export type { UserPoolProps } from './user-pool/user-pool-props.js'
export { type ValidationResult, validateDefinition } from './validate-definition.js'
export type { UserPoolDefinition } from './definition/user-pool-definition.js'
