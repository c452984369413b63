/**
 * `@cognito-kit/triggers/lambda-host`: a local Lambda Invoke API server for the handlers, so
 * cognito-local (or any Lambda client) drives them end to end. Test and local-development only.
 *
 * @module
 */
export { cognitoLocalEvents } from './cognito-local-events.js'
export {
  type HostedFunction,
  type Invocation,
  type LambdaHost,
  type LambdaHostOptions,
  startLambdaHost,
  startLambdaHost as start,
} from './start-lambda-host.js'
