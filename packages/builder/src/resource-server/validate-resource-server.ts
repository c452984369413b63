import type { ResourceServerDefinition } from '../definition/resource-server-definition.js'
import type { DefinitionIssue } from '../errors.js'

const IDENTIFIER = /^[\x21\x23-\x5B\x5D-\x7E]{1,256}$/
const NAME = /^[\w\s+=,.@-]{1,256}$/
const SCOPE_NAME = /^[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]{1,256}$/
const MAX_SCOPES = 100

/**
 * The service limits of one resource server (the CDK checks none): identifier, name, scope names
 * and descriptions, at most 100 scopes, no duplicate scope.
 */
export function validateResourceServer(path: string, server: ResourceServerDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  if (!IDENTIFIER.test(server.identifier)) {
    issues.push({
      path: `${path}.identifier`,
      rule: 'ResourceServerIdentifierInvalid',
      message: `identifier must be 1 to 256 printable ASCII characters without spaces, '"' or '\\'; received ${JSON.stringify(server.identifier)}`,
    })
  }
  const name = server.userPoolResourceServerName
  if (name !== undefined && !NAME.test(name)) {
    issues.push({
      path: `${path}.userPoolResourceServerName`,
      rule: 'ResourceServerNameInvalid',
      message: `userPoolResourceServerName must be 1 to 256 characters of letters, digits, spaces and +=,.@-; received ${JSON.stringify(name)}`,
    })
  }
  if (server.scopes.length > MAX_SCOPES) {
    issues.push({
      path: `${path}.scopes`,
      rule: 'TooManyScopes',
      message: `a resource server has at most ${MAX_SCOPES} scopes; received ${server.scopes.length}`,
    })
  }
  const seen = new Set<string>()
  server.scopes.forEach((scope, i) => {
    if (!SCOPE_NAME.test(scope.scopeName)) {
      issues.push({
        path: `${path}.scopes.${i}.scopeName`,
        rule: 'ScopeNameInvalid',
        message: `scopeName must be 1 to 256 printable ASCII characters without spaces, '"', '/' or '\\'; received ${JSON.stringify(scope.scopeName)}`,
      })
    }
    if (scope.scopeDescription.length < 1 || scope.scopeDescription.length > 256) {
      issues.push({
        path: `${path}.scopes.${i}.scopeDescription`,
        rule: 'ScopeDescriptionLength',
        message: `scopeDescription must be 1 to 256 characters; received ${scope.scopeDescription.length}`,
      })
    }
    if (seen.has(scope.scopeName)) {
      issues.push({
        path: `${path}.scopes.${i}.scopeName`,
        rule: 'DuplicateScope',
        message: `scope ${JSON.stringify(scope.scopeName)} is declared twice`,
      })
    }
    seen.add(scope.scopeName)
  })
  return issues
}
