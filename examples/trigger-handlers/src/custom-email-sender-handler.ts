/**
 * Custom email sender: the app delivers Cognito's emails itself (here through a `sendEmail`
 * function: SES, a transactional-mail API, ...). The wrapper decrypts the code with the pool's KMS
 * key before the handler runs.
 *
 * @module
 */
import { customEmailSender, type DecryptCode } from '@cognito-kit/triggers'
import type { AppPoolDefinition } from './app-pool.js'
import { APP_NAME } from './custom-message-handler.js'

/** An email to deliver. */
export interface OutgoingEmail {
  readonly to: string
  readonly subject: string
  readonly text: string
}

/** What the custom email sender handler needs. */
export interface CustomEmailSenderDependencies {
  /** Decrypts the code: the AWS Encryption SDK with the pool's KMS key in production. */
  readonly decrypt: DecryptCode
  /** Delivers one email. */
  sendEmail(email: OutgoingEmail): void | Promise<void>
  /** The email address of a user, for account-takeover notifications (they carry only the username). */
  findEmail(userPoolId: string, username: string): Promise<string | undefined>
}

/**
 * Builds the custom email sender Lambda handler.
 *
 * @example
 * ```ts
 * export const handler = customEmailSenderHandler({ decrypt: decryptWithKms, sendEmail: sendWithSes, findEmail: lookUpEmail })
 * ```
 */
export function customEmailSenderHandler(dependencies: CustomEmailSenderDependencies) {
  return customEmailSender.for<AppPoolDefinition>()(
    async (event, _context, { code }) => {
      if (event.triggerSource === 'CustomEmailSender_AccountTakeOverNotification') {
        const a = event.request.userAttributes
        const to = await dependencies.findEmail(event.userPoolId, a.USER_NAME)
        if (to === undefined) return
        const where = [a.CITY, a.COUNTRY].filter(Boolean).join(', ') || 'an unknown place'
        await dependencies.sendEmail({
          to,
          subject: `${APP_NAME}: unusual sign-in`,
          text: `On ${a.LOGIN_TIME} someone signed in to your account from ${where} (${a.IP_ADDRESS}). Not you? ${a.ONE_CLICK_LINK_INVALID}`,
        })
        return
      }
      const to = event.request.userAttributes.email
      if (to === undefined || code === null) return
      const text =
        event.triggerSource === 'CustomEmailSender_AdminCreateUser'
          ? `You are invited to ${APP_NAME}. Your temporary password is ${code}`
          : event.triggerSource === 'CustomEmailSender_ForgotPassword'
            ? `Your ${APP_NAME} password reset code is ${code}`
            : `Your ${APP_NAME} code is ${code}`
      await dependencies.sendEmail({ to, subject: APP_NAME, text })
    },
    { decrypt: dependencies.decrypt },
  )
}
