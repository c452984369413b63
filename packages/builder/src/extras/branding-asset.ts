import type {
  BrandingAssetCategory,
  BrandingAssetExtension,
  BrandingColorMode,
} from '../definition/managed-login-branding-definition.js'

/**
 * Where a managed-login image goes.
 *
 * @example
 * ```ts
 * const logo = { category: AssetCategory.FORM_LOGO, colorMode: ColorMode.LIGHT, extension: AssetExtension.PNG, bytes: png }
 * ```
 */
export const AssetCategory = {
  FAVICON_ICO: 'FAVICON_ICO',
  FAVICON_SVG: 'FAVICON_SVG',
  EMAIL_GRAPHIC: 'EMAIL_GRAPHIC',
  SMS_GRAPHIC: 'SMS_GRAPHIC',
  AUTH_APP_GRAPHIC: 'AUTH_APP_GRAPHIC',
  PASSWORD_GRAPHIC: 'PASSWORD_GRAPHIC',
  PASSKEY_GRAPHIC: 'PASSKEY_GRAPHIC',
  PAGE_HEADER_LOGO: 'PAGE_HEADER_LOGO',
  PAGE_HEADER_BACKGROUND: 'PAGE_HEADER_BACKGROUND',
  PAGE_FOOTER_LOGO: 'PAGE_FOOTER_LOGO',
  PAGE_FOOTER_BACKGROUND: 'PAGE_FOOTER_BACKGROUND',
  PAGE_BACKGROUND: 'PAGE_BACKGROUND',
  FORM_BACKGROUND: 'FORM_BACKGROUND',
  FORM_LOGO: 'FORM_LOGO',
  IDP_BUTTON_ICON: 'IDP_BUTTON_ICON',
} as const satisfies { readonly [K in BrandingAssetCategory]: K }

/**
 * The color mode an image applies to.
 *
 * @example
 * ```ts
 * ColorMode.DARK
 * ```
 */
export const ColorMode = {
  LIGHT: 'LIGHT',
  DARK: 'DARK',
  DYNAMIC: 'DYNAMIC',
} as const satisfies { readonly [K in BrandingColorMode]: K }

/**
 * The file type of an image.
 *
 * @example
 * ```ts
 * AssetExtension.SVG
 * ```
 */
export const AssetExtension = {
  ICO: 'ICO',
  JPEG: 'JPEG',
  PNG: 'PNG',
  SVG: 'SVG',
  WEBP: 'WEBP',
} as const satisfies { readonly [K in BrandingAssetExtension]: K }

/** One image of a managed-login branding style. */
export interface BrandingAsset {
  /** Where the image goes. */
  readonly category: BrandingAssetCategory
  /** The color mode it applies to. */
  readonly colorMode: BrandingColorMode
  /** Its file type. */
  readonly extension: BrandingAssetExtension
  /**
   * The file: raw bytes, or a base64 string (at most 1,000,000 characters once encoded).
   * @default - none (the asset refers to `resourceId`)
   */
  readonly bytes?: Uint8Array | string
  /**
   * An id for the asset, 1 to 40 characters.
   * @default - none
   */
  readonly resourceId?: string
}
