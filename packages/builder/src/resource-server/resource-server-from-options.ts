import { resourceServerSchema } from '../definition/definition-schema.js'
import type { ResourceServerDefinition } from '../definition/resource-server-definition.js'
import { defined } from '../internal/defined.js'
import { requireKnownKeys, requireObject } from '../internal/option-guards.js'
import { parsePart } from '../internal/parse-part.js'
import { throwIfIssues } from '../internal/throw-if-issues.js'
import type { UserPoolResourceServerOptions } from './user-pool-resource-server-options.js'
import { validateResourceServer } from './validate-resource-server.js'

/**
 * Turns `withResourceServer` options into the server's definition and checks its rules.
 *
 * @throws {DefinitionValidationError} listing every issue, with paths under `resourceServers.<id>`
 */
export function resourceServerFromOptions(
  id: string,
  options: UserPoolResourceServerOptions,
): ResourceServerDefinition {
  const path = `resourceServers.${id}`
  requireObject(options, path)
  requireKnownKeys(options, ['identifier', 'userPoolResourceServerName', 'scopes'], path)
  const server: ResourceServerDefinition = defined({
    identifier: options.identifier,
    userPoolResourceServerName: options.userPoolResourceServerName,
    scopes: (options.scopes ?? []).map((s) => ({ scopeName: s.scopeName, scopeDescription: s.scopeDescription })),
  })
  parsePart(resourceServerSchema, server, path)
  throwIfIssues(validateResourceServer(path, server))
  return server
}
