/**
 * `@cognito-kit/builder/sdk`: provisioning through the AWS SDK v3 instead of CloudFormation.
 * `@aws-sdk/client-cognito-identity-provider` is an optional peer dependency, loaded only by `apply()`.
 *
 * @module
 */
export { type ApplyOptions, type ApplyResult, apply, type CognitoClientLike, type DefinitionSource } from './apply.js'
export { type CreatedResource, ProvisioningError } from './provisioning-error.js'
export type { SdkCommandName, SdkReference, SdkRequest, SdkStepKind } from './sdk-request.js'
export { type SdkRequestOptions, toSdkRequests } from './to-sdk-requests.js'
