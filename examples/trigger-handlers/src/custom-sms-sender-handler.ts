/**
 * Custom SMS sender: the app delivers Cognito's text messages itself. The wrapper decrypts the code
 * with the pool's KMS key before the handler runs.
 *
 * @module
 */
import { customSmsSender, type DecryptCode } from '@cognito-kit/triggers'
import type { AppPoolDefinition } from './app-pool.js'
import { APP_NAME } from './custom-message-handler.js'

/** What the custom SMS sender handler needs. */
export interface CustomSmsSenderDependencies {
  /** Decrypts the code: the AWS Encryption SDK with the pool's KMS key in production. */
  readonly decrypt: DecryptCode
  /** Delivers one text message to an E.164 number. */
  sendSms(phoneNumber: string, text: string): void | Promise<void>
}

/**
 * Builds the custom SMS sender Lambda handler.
 *
 * @example
 * ```ts
 * export const handler = customSmsSenderHandler({ decrypt: decryptWithKms, sendSms: (to, text) => sms.send(to, text) })
 * ```
 */
export function customSmsSenderHandler(dependencies: CustomSmsSenderDependencies) {
  return customSmsSender.for<AppPoolDefinition>()(
    async (event, _context, { code }) => {
      const to = event.request.userAttributes.phone_number
      if (to === undefined || code === null) return
      const text =
        event.triggerSource === 'CustomSMSSender_Authentication'
          ? `${APP_NAME}: your sign-in code is ${code}`
          : event.triggerSource === 'CustomSMSSender_AdminCreateUser'
            ? `${APP_NAME}: your temporary password is ${code}`
            : `${APP_NAME}: your code is ${code}`
      await dependencies.sendSms(to, text)
    },
    { decrypt: dependencies.decrypt },
  )
}
