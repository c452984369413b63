import { domainSchema } from '../definition/definition-schema.js'
import type { DomainDefinition } from '../definition/domain-definition.js'
import { defined } from '../internal/defined.js'
import { requireKnownKeys, requireObject } from '../internal/option-guards.js'
import { parsePart } from '../internal/parse-part.js'
import { throwIfIssues } from '../internal/throw-if-issues.js'
import type { UserPoolDomainOptions } from './user-pool-domain-options.js'
import { validateDomain } from './validate-domain.js'

/**
 * Turns `withDomain` options into the domain's definition and checks its rules.
 *
 * @throws {DefinitionValidationError} listing every issue, with paths under `domains.<id>`
 */
export function domainFromOptions(id: string, options: UserPoolDomainOptions): DomainDefinition {
  const path = `domains.${id}`
  requireObject(options, path)
  requireKnownKeys(options, ['cognitoDomain', 'customDomain', 'managedLoginVersion', 'routing'], path)
  const { cognitoDomain, customDomain } = options
  if (typeof customDomain === 'object' && customDomain !== null)
    requireKnownKeys(customDomain, ['domainName', 'certificate', 'securityPolicy'], `${path}.customDomain`)
  const domain: DomainDefinition = defined({
    cognitoDomain: cognitoDomain === undefined ? undefined : defined({ ...cognitoDomain }),
    customDomain:
      customDomain === undefined
        ? undefined
        : defined({
            domainName: customDomain.domainName,
            certificateArn: customDomain.certificate,
            securityPolicy: customDomain.securityPolicy,
          }),
    managedLoginVersion: options.managedLoginVersion,
    routing: options.routing,
  })
  parsePart(domainSchema, domain, path)
  throwIfIssues(validateDomain(path, domain))
  return domain
}
