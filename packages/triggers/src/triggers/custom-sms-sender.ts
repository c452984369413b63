import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import { type CustomSmsSenderEvent, customSmsSenderSchemas } from '../events/custom-sms-sender.js'
import { type CustomSenderHandler, type CustomSenderOptions, customSenderWrapper } from '../internal/custom-sender.js'
import type { LambdaHandler } from '../lambda-context.js'
import type { AnyUserPoolDefinition } from '../trigger-handler.js'
import { TRIGGER_SOURCES } from '../trigger-sources.js'

/** The Lambda handler `customSmsSender(...)` returns (it resolves to the event unchanged). */
export type CustomSmsSenderLambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  CustomSmsSenderEvent<A>
>

/** `customSmsSender`: wraps a custom SMS sender handler. */
export interface CustomSmsSenderWrapper<A extends CustomAttributeTypes = CustomAttributeTypes> {
  (handler: CustomSenderHandler<CustomSmsSenderEvent<A>>, options: CustomSenderOptions): CustomSmsSenderLambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes. */
  for<D extends AnyUserPoolDefinition>(): CustomSmsSenderWrapper<CustomAttributesOf<D>>
}

/** Built per wrapped handler: no top-level work, so unused wrappers tree-shake away. */
function spec() {
  return {
    trigger: 'CustomSMSSender',
    wrapper: 'customSmsSender',
    sources: TRIGGER_SOURCES.CustomSMSSender,
    eventSchema: () => customSmsSenderSchemas().event,
  }
}

/**
 * Wraps a custom SMS sender handler: Cognito hands every SMS it would send (verification and MFA
 * codes, temporary passwords) to the function, which delivers it itself. The code arrives
 * encrypted with the pool's KMS key; `decrypt` (yours: the AWS Encryption SDK, or a stand-in in
 * tests) turns it into the plaintext the handler gets as `message.code`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 *
 * @example
 * ```ts
 * export const handler = customSmsSender(
 *   async (event, _context, { code }) => {
 *     await sms.send(event.request.userAttributes.phone_number, `Your code is ${code}`)
 *   },
 *   { decrypt: (ciphertext) => decryptWithKms(ciphertext) },
 * )
 * ```
 */
export const customSmsSender: CustomSmsSenderWrapper = /* @__PURE__ */ customSenderWrapper(spec)
