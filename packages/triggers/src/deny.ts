import { TriggerDeniedError } from './errors.js'

/**
 * Denies the operation (sign-up, sign-in, migration, ...) with a message for the user. Return it or
 * throw it from any wrapped handler: the wrapper throws it to Lambda, and Cognito answers the API
 * call with `UserLambdaValidationException: <Trigger> failed with error <message>.` (managed login
 * shows that text). Keep PII and internals out of the message.
 *
 * @param message - what the user sees; non-empty, at most 1000 characters
 * @throws {TypeError} when the message is empty or too long
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 *
 * @example
 * ```ts
 * export const handler = preSignUp((event) =>
 *   event.request.userAttributes.email?.endsWith('@example.com') ? autoConfirm() : deny('Sign-up is invite only'),
 * )
 * ```
 */
export function deny(message: string): TriggerDeniedError {
  if (typeof message !== 'string' || message.trim() === '')
    throw new TypeError('deny(message): message must be a non-empty string')
  if (message.length > 1000) throw new TypeError('deny(message): message must be at most 1000 characters')
  return new TriggerDeniedError(message)
}
