/** What the custom email and SMS sender wrappers share: decrypting the code before the handler runs. */
import { CodeDecryptionError, isTriggerError, type TriggerDeniedError } from '../errors.js'
import type { LambdaContext } from '../lambda-context.js'
import { unescapeHtml } from '../unescape-html.js'
import { defineTrigger, type TriggerSpec } from './define-trigger.js'
import { withFor } from './define-wrapper.js'
import { emptyResponse } from './merged-response.js'

/**
 * Decrypts a custom sender `code`: a base64 AWS Encryption SDK message encrypted under the pool's
 * KMS key (`LambdaConfig.KMSKeyID`), with `userpool-id` in its encryption context.
 */
export type DecryptCode = (
  ciphertext: string,
  event: { readonly userPoolId: string; readonly triggerSource: string },
) => string | Promise<string>

/** Options of `customEmailSender` / `customSmsSender`. */
export interface CustomSenderOptions {
  /**
   * Decrypts `request.code`, e.g. with `@aws-crypto/client-node` (`buildClient(...).decrypt(
   * keyring, Buffer.from(code, 'base64'))`) or, in tests, a stand-in. Pass `null` explicitly to
   * skip decryption (the handler then gets `code: null` and reads the ciphertext from the event).
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sender-triggers.html
   */
  readonly decrypt: DecryptCode | null
  /**
   * Undo Cognito's HTML escaping of temporary passwords (`&lt;` → `<`) in `_AdminCreateUser` codes.
   * @default true
   */
  readonly unescapeTemporaryPassword?: boolean
}

/** The third argument of a custom sender handler. */
export interface CustomSenderMessage {
  /**
   * The plaintext code: a verification or MFA code, or the temporary password for
   * `_AdminCreateUser`. `null` for account-takeover notifications and when `decrypt` is `null`.
   */
  readonly code: string | null
}

/** A custom sender handler: it delivers the message itself; Cognito reads no response. */
export type CustomSenderHandler<E> = (
  event: E,
  context: LambdaContext,
  message: CustomSenderMessage,
) => // biome-ignore lint/suspicious/noConfusingVoidType: a sender handler returns nothing
void | TriggerDeniedError | Promise<void | TriggerDeniedError>

/**
 * A custom sender wrapper (`W`, its public type): `base` runs per wrapped handler; the handler gets
 * the decrypted code; Cognito reads no response, so the event goes back unchanged.
 */
export function customSenderWrapper<W>(base: () => Omit<TriggerSpec, 'respond'>): W {
  return withFor<W>((handler: CustomSenderHandler<never>, options: CustomSenderOptions) => {
    const spec: TriggerSpec = {
      ...base(),
      respond: (result, event) => {
        emptyResponse(result, event)
        return undefined
      },
    }
    return defineTrigger(spec, handler as never, undefined, decryptingCall(spec.wrapper, handler, options))
  })
}

/** Calls a custom sender handler with the decrypted code, after checking the wrapper's options. */
function decryptingCall(
  wrapper: string,
  handler: CustomSenderHandler<never>,
  options: CustomSenderOptions,
): (event: unknown, context: LambdaContext) => Promise<unknown> {
  if (options === undefined || options === null || !('decrypt' in options)) {
    throw new TypeError(`${wrapper}(handler, { decrypt }): decrypt is required (pass null to skip decryption)`)
  }
  const { decrypt } = options
  if (decrypt !== null && typeof decrypt !== 'function')
    throw new TypeError(`${wrapper}: decrypt must be a function or null`)
  const unescapePassword = options.unescapeTemporaryPassword !== false
  return async (event, context) => {
    const e = event as { userPoolId: string; triggerSource: string; request: { code?: string | null } }
    let code: string | null = null
    const ciphertext = e.request.code
    // An account-takeover notification has no code to decrypt (fixtures that carry one anyway are not decrypted).
    if (decrypt && typeof ciphertext === 'string' && !e.triggerSource.endsWith('_AccountTakeOverNotification')) {
      try {
        code = await decrypt(ciphertext, { userPoolId: e.userPoolId, triggerSource: e.triggerSource })
      } catch (error) {
        throw isTriggerError(error) ? error : new CodeDecryptionError(e.triggerSource, error)
      }
      if (typeof code !== 'string')
        throw new CodeDecryptionError(e.triggerSource, new TypeError('decrypt did not return a string'))
      if (unescapePassword && e.triggerSource.endsWith('_AdminCreateUser')) code = unescapeHtml(code)
    }
    return (handler as CustomSenderHandler<unknown>)(event, context, Object.freeze({ code }))
  }
}
