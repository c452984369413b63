/**
 * The request the three custom-auth triggers (define, create, verify) share: the user's
 * attributes, the trigger's own fields, then `clientMetadata` and `userNotFound`.
 *
 * @module
 */
import * as z from 'zod/mini'
import { schemaBlocks } from './trigger-envelope.js'

/** A custom-auth request schema with the trigger's own `fields` (unknown keys kept). */
export function customAuthRequestSchema<S extends z.core.$ZodLooseShape>(fields: S) {
  const b = schemaBlocks()
  return z.looseObject({
    userAttributes: b.attributes,
    ...fields,
    clientMetadata: b.optionalStringMap,
    userNotFound: b.optionalBoolean,
  })
}
