import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import { type CustomEmailSenderEvent, customEmailSenderEventSchema } from '../events/custom-email-sender.js'
import { type CustomSenderHandler, type CustomSenderOptions, customSenderWrapper } from '../internal/custom-sender.js'
import type { LambdaHandler } from '../lambda-context.js'
import type { AnyUserPoolDefinition } from '../trigger-handler.js'
import { TRIGGER_SOURCES } from '../trigger-sources.js'

/** The Lambda handler `customEmailSender(...)` returns (it resolves to the event unchanged). */
export type CustomEmailSenderLambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  CustomEmailSenderEvent<A>
>

/** `customEmailSender`: wraps a custom email sender handler. */
export interface CustomEmailSenderWrapper<A extends CustomAttributeTypes = CustomAttributeTypes> {
  (handler: CustomSenderHandler<CustomEmailSenderEvent<A>>, options: CustomSenderOptions): CustomEmailSenderLambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes. */
  for<D extends AnyUserPoolDefinition>(): CustomEmailSenderWrapper<CustomAttributesOf<D>>
}

/** Built per wrapped handler: no top-level work, so unused wrappers tree-shake away. */
function spec() {
  return {
    trigger: 'CustomEmailSender',
    wrapper: 'customEmailSender',
    sources: TRIGGER_SOURCES.CustomEmailSender,
    eventSchema: customEmailSenderEventSchema,
  }
}

/**
 * Wraps a custom email sender handler: Cognito hands every email it would send (codes, temporary
 * passwords, MFA codes, account-takeover notifications) to the function, which delivers it itself.
 * The code arrives encrypted with the pool's KMS key; `decrypt` (yours: the AWS Encryption SDK, or
 * a stand-in in tests) turns it into the plaintext the handler gets as `message.code`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
 *
 * @example
 * ```ts
 * export const handler = customEmailSender(
 *   async (event, _context, { code }) => {
 *     if (event.triggerSource === 'CustomEmailSender_AccountTakeOverNotification') {
 *       return mailer.send(event.request.userAttributes.USER_NAME, `Sign-in from ${event.request.userAttributes.IP_ADDRESS}`)
 *     }
 *     await mailer.send(event.request.userAttributes.email, `Your code is ${code}`)
 *   },
 *   { decrypt: (ciphertext) => decryptWithKms(ciphertext) },
 * )
 * ```
 */
export const customEmailSender: CustomEmailSenderWrapper = /* @__PURE__ */ customSenderWrapper(spec)
