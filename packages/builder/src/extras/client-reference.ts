import type { ImportedUserPoolClient } from '../client/imported-client.js'
import type { ClientReferenceDefinition } from '../definition/client-reference-definition.js'
import { DefinitionValidationError } from '../errors.js'

/**
 * A client a pool-level resource applies to: the id of a client declared on the pool (typed from
 * the builder's clients), an imported client (`fromUserPoolClientId`), or `'ALL'` where allowed.
 */
export type ClientReference<C extends string> = C | ImportedUserPoolClient

/** The definition form of a client reference. */
export function clientReferenceToDefinition(
  ref: ClientReference<string> | 'ALL' | undefined,
  path: string,
): ClientReferenceDefinition {
  if (ref === undefined) return {}
  if (ref === 'ALL') return { clientId: 'ALL' }
  if (typeof ref === 'string') return { client: ref }
  if (typeof ref === 'object' && ref !== null && 'userPoolClientId' in ref) return { clientId: ref.userPoolClientId }
  throw new DefinitionValidationError([
    {
      path: `${path}.client`,
      rule: 'ClientReferenceInvalid',
      message: 'client must be the id of a client of this pool, a client from fromUserPoolClientId(), or ALL',
    },
  ])
}
