import { identityProviderSchema } from '../definition/definition-schema.js'
import type { IdentityProviderDefinition, IdentityProviderKind } from '../definition/identity-provider-definition.js'
import { DefinitionValidationError } from '../errors.js'
import { defined } from '../internal/defined.js'
import { requireKnownKeys, requireObject } from '../internal/option-guards.js'
import { parsePart } from '../internal/parse-part.js'
import { throwIfIssues } from '../internal/throw-if-issues.js'
import { attributeMappingToDefinition } from './attribute-mapping.js'
import { FIXED_PROVIDER_NAMES } from './provider-name.js'
import type { IdentityProviderPropsByKind } from './user-pool-identity-provider-props.js'
import { validateIdentityProvider } from './validate-identity-provider.js'

const KINDS: readonly IdentityProviderKind[] = ['amazon', 'facebook', 'google', 'apple', 'oidc', 'saml']

/** An OIDC/SAML name, or `undefined` for a derived one: `''` is no name, as in the CDK (truthiness). */
const nameOrDerived = (name: string | undefined): string | undefined => (name === '' ? undefined : name)

function exactlyOne(path: string, a: unknown, b: unknown, rule: string, message: string): void {
  if ((a === undefined || a === '') === (b === undefined || b === '')) {
    throw new DefinitionValidationError([{ path, rule, message }])
  }
}

/**
 * Turns `withIdentityProvider` props into the provider's definition and checks its rules.
 *
 * @throws {DefinitionValidationError} listing every issue, with paths under `identityProviders.<id>`
 */
/** The keys of each kind's props, besides `attributeMapping` and `providerDetails`. */
const PROPS_BY_KIND: { readonly [K in IdentityProviderKind]: readonly string[] } = {
  amazon: ['clientId', 'clientSecret', 'scopes'],
  facebook: ['clientId', 'clientSecret', 'scopes', 'apiVersion'],
  google: ['clientId', 'clientSecret', 'clientSecretValue', 'scopes'],
  apple: ['clientId', 'teamId', 'keyId', 'privateKey', 'privateKeyValue', 'scopes'],
  oidc: [
    'clientId',
    'clientSecret',
    'issuerUrl',
    'name',
    'scopes',
    'identifiers',
    'attributeRequestMethod',
    'endpoints',
  ],
  saml: [
    'metadata',
    'name',
    'identifiers',
    'idpSignout',
    'encryptedResponses',
    'requestSigningAlgorithm',
    'idpInitiated',
  ],
}

export function identityProviderFromProps<K extends IdentityProviderKind>(
  kind: K,
  id: string,
  props: IdentityProviderPropsByKind<any>[K],
): IdentityProviderDefinition {
  const path = `identityProviders.${id}`
  if (!KINDS.includes(kind)) {
    throw new DefinitionValidationError([
      {
        path: `${path}.kind`,
        rule: 'IdentityProviderKind',
        message: `kind must be one of ${KINDS.join(', ')}; received ${JSON.stringify(kind)}`,
      },
    ])
  }
  requireObject(props, path)
  requireKnownKeys(props, ['attributeMapping', 'providerDetails', ...PROPS_BY_KIND[kind]], path)
  const base = {
    attributeMapping: attributeMappingToDefinition(props.attributeMapping),
    providerDetails: props.providerDetails,
  }
  const scopes = 'scopes' in props && props.scopes !== undefined ? [...props.scopes] : undefined
  let idp: IdentityProviderDefinition
  switch (kind) {
    case 'amazon': {
      const p = props as IdentityProviderPropsByKind['amazon']
      idp = defined({
        kind: 'amazon' as const,
        providerName: FIXED_PROVIDER_NAMES.amazon,
        ...base,
        clientId: p.clientId,
        clientSecret: p.clientSecret,
        scopes,
      })
      break
    }
    case 'facebook': {
      const p = props as IdentityProviderPropsByKind['facebook']
      idp = defined({
        kind: 'facebook' as const,
        providerName: FIXED_PROVIDER_NAMES.facebook,
        ...base,
        clientId: p.clientId,
        clientSecret: p.clientSecret,
        scopes,
        apiVersion: p.apiVersion,
      })
      break
    }
    case 'google': {
      const p = props as IdentityProviderPropsByKind['google']
      exactlyOne(
        `${path}.clientSecret`,
        p.clientSecret,
        p.clientSecretValue,
        'ExactlyOneClientSecretClient',
        'Exactly one of "clientSecret" or "clientSecretValue" must be configured.',
      )
      const clientSecret = (p.clientSecretValue ?? p.clientSecret) as string
      idp = defined({
        kind: 'google' as const,
        providerName: FIXED_PROVIDER_NAMES.google,
        ...base,
        clientId: p.clientId,
        clientSecret,
        scopes,
      })
      break
    }
    case 'apple': {
      const p = props as IdentityProviderPropsByKind['apple']
      exactlyOne(
        `${path}.privateKey`,
        p.privateKey,
        p.privateKeyValue,
        'MustBeExactlyPrivatekeyPrivatekeyvalue',
        'Exactly one of "privateKey" or "privateKeyValue" must be configured.',
      )
      const privateKey = (p.privateKeyValue ?? p.privateKey) as string
      idp = defined({
        kind: 'apple' as const,
        providerName: FIXED_PROVIDER_NAMES.apple,
        ...base,
        clientId: p.clientId,
        teamId: p.teamId,
        keyId: p.keyId,
        privateKey,
        scopes,
      })
      break
    }
    case 'oidc': {
      const p = props as IdentityProviderPropsByKind['oidc']
      idp = defined({
        kind: 'oidc' as const,
        providerName: nameOrDerived(p.name),
        ...base,
        clientId: p.clientId,
        clientSecret: p.clientSecret,
        issuerUrl: p.issuerUrl,
        scopes,
        identifiers: p.identifiers === undefined ? undefined : [...p.identifiers],
        attributeRequestMethod: p.attributeRequestMethod,
        endpoints: p.endpoints === undefined ? undefined : { ...p.endpoints },
      })
      break
    }
    default: {
      const p = props as IdentityProviderPropsByKind['saml']
      idp = defined({
        kind: 'saml' as const,
        providerName: nameOrDerived(p.name),
        ...base,
        metadata: { metadataType: p.metadata?.metadataType, metadataContent: p.metadata?.metadataContent },
        identifiers: p.identifiers === undefined ? undefined : [...p.identifiers],
        idpSignout: p.idpSignout,
        encryptedResponses: p.encryptedResponses,
        requestSigningAlgorithm: p.requestSigningAlgorithm,
        idpInitiated: p.idpInitiated,
      })
    }
  }
  parsePart(identityProviderSchema, idp, path)
  throwIfIssues(validateIdentityProvider(path, idp))
  return idp
}
