/** Pool definitions for tests: the parts a test cares about, the rest empty. */
import type { CustomAttributeTypes, UserPoolDefinition } from '@cognito-kit/builder/definition'

/** A definition with the given parts, typed with the attribute, client and scope unions given. */
export function definitionOf<A extends CustomAttributeTypes, C extends string, S extends string>(
  parts: Partial<Record<keyof UserPoolDefinition, unknown>>,
): UserPoolDefinition<A, C, S> {
  return {
    kind: 'UserPool',
    version: 1,
    id: 'main',
    settings: {},
    customAttributes: {},
    triggers: {},
    tags: {},
    clients: {},
    domains: {},
    resourceServers: {},
    groups: {},
    identityProviders: {},
    extras: {},
    ...parts,
  } as unknown as UserPoolDefinition<A, C, S>
}
