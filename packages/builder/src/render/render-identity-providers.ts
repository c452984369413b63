import type { IdentityProviderDefinition } from '../definition/identity-provider-definition.js'
import { identityProviderLogicalId, PROVIDER_TYPES, providerNameOf } from '../identity-provider/provider-name.js'
import type { StringValue } from '../intrinsic.js'
import type { CloudFormationResource } from './cloudformation-template.js'
import type { RenderContext } from './render-context.js'
import type { PartRenderer } from './rendered-part.js'

/** `ProviderDetails` in the CDK's key order, then the extra keys. */
function providerDetails(idp: IdentityProviderDefinition): Record<string, StringValue | undefined> {
  const details: Record<string, StringValue | undefined> = (() => {
    switch (idp.kind) {
      case 'amazon':
        return {
          client_id: idp.clientId,
          client_secret: idp.clientSecret,
          authorize_scopes: (idp.scopes ?? ['profile']).join(' '),
        }
      case 'facebook':
        return {
          client_id: idp.clientId,
          client_secret: idp.clientSecret,
          authorize_scopes: (idp.scopes ?? ['public_profile']).join(','),
          api_version: idp.apiVersion,
        }
      case 'google':
        return {
          client_id: idp.clientId,
          client_secret: idp.clientSecret,
          authorize_scopes: (idp.scopes ?? ['profile']).join(' '),
        }
      case 'apple':
        return {
          client_id: idp.clientId,
          team_id: idp.teamId,
          key_id: idp.keyId,
          private_key: idp.privateKey,
          authorize_scopes: (idp.scopes ?? ['name']).join(' '),
        }
      case 'oidc':
        return {
          client_id: idp.clientId,
          client_secret: idp.clientSecret,
          authorize_scopes: (idp.scopes ?? ['openid']).join(' '),
          attributes_request_method: idp.attributeRequestMethod ?? 'GET',
          oidc_issuer: idp.issuerUrl,
          authorize_url: idp.endpoints?.authorization,
          token_url: idp.endpoints?.token,
          attributes_url: idp.endpoints?.userInfo,
          jwks_uri: idp.endpoints?.jwksUri,
        }
      case 'saml':
        // ProviderDetails is a map of strings; the CDK emits booleans here (a deliberate deviation).
        return {
          IDPSignout: String(idp.idpSignout ?? false),
          MetadataURL: idp.metadata.metadataType === 'url' ? idp.metadata.metadataContent : undefined,
          MetadataFile: idp.metadata.metadataType === 'file' ? idp.metadata.metadataContent : undefined,
          EncryptedResponses: idp.encryptedResponses === undefined ? undefined : String(idp.encryptedResponses),
          RequestSigningAlgorithm: idp.requestSigningAlgorithm,
          IDPInit: idp.idpInitiated === undefined ? undefined : String(idp.idpInitiated),
        }
    }
  })()
  const out: Record<string, StringValue> = {}
  for (const [k, v] of Object.entries({ ...details, ...idp.providerDetails })) if (v !== undefined) out[k] = v
  return out
}

/** A declared provider as the other renderers need it. */
export interface RenderedProvider {
  readonly id: string
  readonly name: string
  readonly logicalId: string
}

/** Every declared identity provider, in declaration order, with its name and logical ID. */
export function renderedProviders(
  def: { readonly identityProviders: { readonly [id: string]: IdentityProviderDefinition } },
  ctx: RenderContext,
): RenderedProvider[] {
  return Object.entries(def.identityProviders).map(([id, idp]) => ({
    id,
    name: providerNameOf(id, idp, ctx),
    logicalId: identityProviderLogicalId(id, ctx),
  }))
}

/** One `AWS::Cognito::UserPoolIdentityProvider` per provider. */
export const renderIdentityProviders: PartRenderer = (def, ctx) => {
  const resources: Record<string, CloudFormationResource> = {}
  for (const [id, idp] of Object.entries(def.identityProviders)) {
    const mapping = idp.attributeMapping
    resources[identityProviderLogicalId(id, ctx)] = {
      Type: 'AWS::Cognito::UserPoolIdentityProvider',
      Properties: {
        AttributeMapping: mapping === undefined || Object.keys(mapping).length === 0 ? undefined : { ...mapping },
        IdpIdentifiers:
          (idp.kind === 'oidc' || idp.kind === 'saml') && idp.identifiers !== undefined
            ? [...idp.identifiers]
            : undefined,
        ProviderDetails: providerDetails(idp),
        ProviderName: providerNameOf(id, idp, ctx),
        ProviderType: PROVIDER_TYPES[idp.kind],
        UserPoolId: { Ref: ctx.logicalId() },
      },
    }
  }
  return { resources }
}
