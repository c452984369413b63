/**
 * Custom message: the example app's own wording for every message Cognito sends, in email (HTML,
 * as the pool sends through SES) and SMS. Values from the user's attributes are HTML-escaped.
 *
 * @module
 */
import { customMessage } from '@cognito-kit/triggers'
import type { AppPoolDefinition } from './app-pool.js'
import { escapeHtml } from './internal/escape-html.js'

/** The product name the messages use. */
export const APP_NAME = 'Example App'

/**
 * The custom message Lambda handler of the example app pool.
 *
 * @example
 * ```ts
 * // handler entry of the example-app-custom-message function
 * export { customMessageHandler as handler } from '@cognito-kit-examples/trigger-handlers'
 * ```
 */
export const customMessageHandler = customMessage.for<AppPoolDefinition>()(
  (event) => {
    const { codeParameter } = event.request
    const tenant = event.request.userAttributes['custom:tenant']
    const workspace = tenant ? ` (workspace ${escapeHtml(tenant)})` : ''
    switch (event.triggerSource) {
      case 'CustomMessage_SignUp':
      case 'CustomMessage_ResendCode':
        return {
          emailSubject: `Welcome to ${APP_NAME}: confirm your email`,
          emailMessage: `<p>Welcome to ${APP_NAME}${workspace}!</p><p>Your confirmation code is <b>${codeParameter}</b>.</p>`,
          smsMessage: `${APP_NAME}: your confirmation code is ${codeParameter}`,
        }
      case 'CustomMessage_ForgotPassword':
        return {
          emailSubject: `${APP_NAME}: reset your password`,
          emailMessage: `<p>Someone asked to reset your ${APP_NAME} password. If it was you, use the code <b>${codeParameter}</b>.</p>`,
          smsMessage: `${APP_NAME}: your password reset code is ${codeParameter}`,
        }
      case 'CustomMessage_AdminCreateUser':
        return {
          emailSubject: `You are invited to ${APP_NAME}`,
          emailMessage: `<p>You have been invited to ${APP_NAME}${workspace}.</p><p>Sign in as <b>${event.request.usernameParameter}</b> with the temporary password <b>${codeParameter}</b>.</p>`,
          smsMessage: `${APP_NAME}: sign in as ${event.request.usernameParameter} with ${codeParameter}`,
        }
      case 'CustomMessage_UpdateUserAttribute':
      case 'CustomMessage_VerifyUserAttribute':
        return {
          emailSubject: `${APP_NAME}: confirm your new address`,
          emailMessage: `<p>Confirm this address for ${APP_NAME} with the code <b>${codeParameter}</b>.</p>`,
          smsMessage: `${APP_NAME}: confirm this number with ${codeParameter}`,
        }
      case 'CustomMessage_Authentication':
        return {
          emailSubject: `${APP_NAME}: your sign-in code`,
          emailMessage: `<p>Your ${APP_NAME} sign-in code is <b>${codeParameter}</b>.</p>`,
          smsMessage: `${APP_NAME}: your sign-in code is ${codeParameter}`,
        }
    }
  },
  { emailSendingAccount: 'DEVELOPER' },
)
