import { extrasSchema } from '../definition/definition-schema.js'
import type { ManagedLoginBrandingDefinition } from '../definition/managed-login-branding-definition.js'
import type { DefinitionIssue } from '../errors.js'
import { defined } from '../internal/defined.js'
import { requireKnownKeys, requireObject } from '../internal/option-guards.js'
import { parsePart } from '../internal/parse-part.js'
import { throwIfIssues } from '../internal/throw-if-issues.js'
import { clientReferenceToDefinition } from './client-reference.js'
import type { ManagedLoginBrandingOptions } from './managed-login-branding-options.js'

const MAX_ASSETS = 40
const MAX_BYTES = 1_000_000

/** The rules of one branding style (from the CloudFormation/API reference; the CDK has no construct). */
export function validateManagedLoginBranding(
  path: string,
  branding: ManagedLoginBrandingDefinition,
): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  if (branding.client === undefined && branding.clientId === undefined) {
    issues.push({
      path: `${path}.client`,
      rule: 'BrandingClientRequired',
      message:
        'a managed-login branding style needs a client (client or clientId): CreateManagedLoginBranding requires one',
    })
  }
  if (
    branding.useCognitoProvidedValues === true &&
    (branding.settings !== undefined || branding.assets !== undefined)
  ) {
    issues.push({
      path: `${path}.useCognitoProvidedValues`,
      rule: 'UseCognitoProvidedValuesConflict',
      message: 'When useCognitoProvidedValues is true, settings and assets must be omitted',
    })
  }
  const assets = branding.assets ?? []
  if (assets.length > MAX_ASSETS) {
    issues.push({
      path: `${path}.assets`,
      rule: 'TooManyAssets',
      message: `assets array can have a maximum of ${MAX_ASSETS} items, got: ${assets.length}`,
    })
  }
  assets.forEach((asset, i) => {
    if (asset.bytes !== undefined && asset.bytes.length > MAX_BYTES) {
      issues.push({
        path: `${path}.assets.${i}.bytes`,
        rule: 'AssetBytesTooLarge',
        message: `Asset bytes must not exceed ${MAX_BYTES} characters, got: ${asset.bytes.length}`,
      })
    }
    if (asset.bytes !== undefined && !/^[A-Za-z0-9+/]*={0,2}$/.test(asset.bytes)) {
      issues.push({
        path: `${path}.assets.${i}.bytes`,
        rule: 'AssetBytesNotBase64',
        message: 'Asset bytes must be base64',
      })
    }
    if (asset.resourceId !== undefined && (asset.resourceId.length < 1 || asset.resourceId.length > 40)) {
      issues.push({
        path: `${path}.assets.${i}.resourceId`,
        rule: 'AssetResourceIdLength',
        message: `Asset resourceId length must be between 1 and 40 characters, got: ${asset.resourceId.length}`,
      })
    }
  })
  return issues
}

/**
 * Turns `withManagedLoginBranding` options into the definition and checks its rules.
 *
 * @throws {DefinitionValidationError} listing every issue, with paths under `extras.managedLoginBrandings.<id>`
 */
export function managedLoginBrandingFromOptions(
  id: string,
  options: ManagedLoginBrandingOptions,
): ManagedLoginBrandingDefinition {
  const path = `extras.managedLoginBrandings.${id}`
  requireObject(options, path)
  requireKnownKeys(
    options,
    ['client', 'clientId', 'useCognitoProvidedValues', 'settings', 'assets', 'returnMergedResources'],
    path,
  )
  if (options.client !== undefined && options.clientId !== undefined) {
    throwIfIssues([
      {
        path: `${path}.clientId`,
        rule: 'BrandingClientConflict',
        message: 'give either client or clientId, not both',
      },
    ])
  }
  const branding: ManagedLoginBrandingDefinition = defined({
    ...(options.clientId !== undefined && options.client === undefined
      ? { clientId: options.clientId }
      : clientReferenceToDefinition(options.client, path)),
    useCognitoProvidedValues: options.useCognitoProvidedValues,
    settings: options.settings,
    assets: options.assets?.map((a) =>
      defined({
        category: a.category,
        colorMode: a.colorMode,
        extension: a.extension,
        bytes: a.bytes instanceof Uint8Array ? Buffer.from(a.bytes).toString('base64') : a.bytes,
        resourceId: a.resourceId,
      }),
    ),
    returnMergedResources: options.returnMergedResources,
  })
  parsePart(extrasSchema, { managedLoginBrandings: { [id]: branding } }, 'extras')
  throwIfIssues(validateManagedLoginBranding(path, branding))
  return branding
}
