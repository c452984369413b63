/**
 * The request the custom email and SMS senders share: `type`, the encrypted `code`,
 * `clientMetadata` and the recipient's attributes.
 *
 * @module
 */
import * as z from 'zod/mini'
import { schemaBlocks } from './trigger-envelope.js'

/**
 * A custom sender request schema (unknown keys kept). `code` and `userAttributes` default to the
 * blocks of the code-carrying sources; an account-takeover notification passes its own.
 */
export function customSenderRequestSchema<
  C extends z.core.$ZodType = ReturnType<typeof schemaBlocks>['code'],
  U extends z.core.$ZodType = ReturnType<typeof schemaBlocks>['attributes'],
>(code?: C, userAttributes?: U) {
  const b = schemaBlocks()
  return z.looseObject({
    type: b.string,
    code: (code ?? b.code) as C,
    clientMetadata: b.optionalStringMap,
    userAttributes: (userAttributes ?? b.attributes) as U,
  })
}
