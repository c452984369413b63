import type { ClientReferenceDefinition } from './client-reference-definition.js'

/** Categories of managed-login branding assets. */
export type BrandingAssetCategory =
  | 'FAVICON_ICO'
  | 'FAVICON_SVG'
  | 'EMAIL_GRAPHIC'
  | 'SMS_GRAPHIC'
  | 'AUTH_APP_GRAPHIC'
  | 'PASSWORD_GRAPHIC'
  | 'PASSKEY_GRAPHIC'
  | 'PAGE_HEADER_LOGO'
  | 'PAGE_HEADER_BACKGROUND'
  | 'PAGE_FOOTER_LOGO'
  | 'PAGE_FOOTER_BACKGROUND'
  | 'PAGE_BACKGROUND'
  | 'FORM_BACKGROUND'
  | 'FORM_LOGO'
  | 'IDP_BUTTON_ICON'

/** Color modes a branding asset applies to. */
export type BrandingColorMode = 'LIGHT' | 'DARK' | 'DYNAMIC'

/** File types of branding assets. */
export type BrandingAssetExtension = 'ICO' | 'JPEG' | 'PNG' | 'SVG' | 'WEBP'

/** One image of a managed-login branding style. */
export interface BrandingAssetDefinition {
  readonly category: BrandingAssetCategory
  readonly colorMode: BrandingColorMode
  readonly extension: BrandingAssetExtension
  /** The file, base64-encoded (at most 1,000,000 characters). */
  readonly bytes?: string
  readonly resourceId?: string
}

/** A JSON value (managed-login `Settings` are free-form JSON). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/** An `AWS::Cognito::ManagedLoginBranding` style for one client. */
export interface ManagedLoginBrandingDefinition extends ClientReferenceDefinition {
  readonly useCognitoProvidedValues?: boolean
  readonly settings?: { readonly [key: string]: JsonValue }
  readonly assets?: readonly BrandingAssetDefinition[]
  readonly returnMergedResources?: boolean
}
