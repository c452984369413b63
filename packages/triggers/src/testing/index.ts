/**
 * `@cognito-kit/triggers/testing`: build realistic trigger events and invoke wrapped handlers the
 * way Lambda and Cognito do. Test-only: never import it from a deployed handler.
 *
 * @module
 */
export { createEvent, type DeepPartial, type EventOverrides, type FactoryEvent } from './create-event.js'
export { type CognitoOutcome, type InvokeOptions, invoke, invokeAsCognito } from './invoke.js'
export { createLambdaContext, type TestLambdaContext } from './lambda-context.js'
export { createTestCipher, defaultTestCipher, type TestCipher } from './test-cipher.js'
