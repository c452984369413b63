import type { IdentityProviderDefinition } from '../definition/identity-provider-definition.js'
import type { DefinitionIssue } from '../errors.js'
import { StandardAttributeNames } from '../user-pool/standard-attribute-names.js'

const PROVIDER_NAME = /^[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+$/u
const IDENTIFIER = /^[\w\s+=.@-]{1,40}$/
const MAX_IDENTIFIERS = 50
const STANDARD_NAMES: ReadonlySet<string> = new Set(Object.values(StandardAttributeNames))

/**
 * The CDK's identity-provider rules (same rule codes; the name pattern is applied to SAML too) and
 * the service limits it misses: identifiers, an HTTPS issuer, mapped attributes that exist.
 */
export function validateIdentityProvider(path: string, idp: IdentityProviderDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  if ((idp.kind === 'oidc' || idp.kind === 'saml') && idp.providerName !== undefined) {
    const name = idp.providerName
    if (name.length < 3 || name.length > 32) {
      issues.push({
        path: `${path}.name`,
        rule: 'ExpectedProviderNameCharactersReceived',
        message: `Expected provider name to be between 3 and 32 characters, received ${name} (${name.length} characters)`,
      })
    } else if (!PROVIDER_NAME.test(name)) {
      issues.push({
        path: `${path}.name`,
        rule: 'ExpectedProviderNameMatch',
        message: `Expected provider name must match [^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+, received ${name}`,
      })
    }
  }
  if (idp.kind === 'oidc' || idp.kind === 'saml') {
    const ids = idp.identifiers ?? []
    if (ids.length > MAX_IDENTIFIERS) {
      issues.push({
        path: `${path}.identifiers`,
        rule: 'TooManyIdpIdentifiers',
        message: `at most ${MAX_IDENTIFIERS} identifiers are allowed; received ${ids.length}`,
      })
    }
    ids.forEach((id, i) => {
      if (!IDENTIFIER.test(id)) {
        issues.push({
          path: `${path}.identifiers.${i}`,
          rule: 'IdpIdentifierInvalid',
          message: `identifiers must be 1 to 40 characters of letters, digits, spaces and +=.@-; received ${JSON.stringify(id)}`,
        })
      }
    })
  }
  if (idp.kind === 'oidc') {
    let https = false
    try {
      https = new URL(idp.issuerUrl).protocol === 'https:'
    } catch {
      https = false
    }
    if (!https) {
      issues.push({
        path: `${path}.issuerUrl`,
        rule: 'OidcIssuerInvalid',
        message: `issuerUrl must be an absolute https URL; received ${JSON.stringify(idp.issuerUrl)}`,
      })
    }
  }
  if (idp.kind === 'saml' && idp.metadata.metadataContent === '') {
    issues.push({ path: `${path}.metadata`, rule: 'SamlMetadataEmpty', message: 'SAML metadata must not be empty' })
  }
  for (const key of Object.keys(idp.attributeMapping ?? {})) {
    if (!STANDARD_NAMES.has(key) && !/^custom:.+/.test(key)) {
      issues.push({
        path: `${path}.attributeMapping.${key}`,
        rule: 'AttributeMappingUnknownAttribute',
        message: `${JSON.stringify(key)} is neither a standard attribute nor a custom:<name> attribute`,
      })
    }
  }
  return issues
}
