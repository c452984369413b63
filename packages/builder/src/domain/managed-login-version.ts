/**
 * Which hosted pages a domain serves, as the CDK's `ManagedLoginVersion`.
 *
 * @example
 * ```ts
 * userPool('P').withDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app' }, managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN })
 * ```
 */
export const ManagedLoginVersion = {
  /** The classic hosted UI. */
  CLASSIC_HOSTED_UI: 1,
  /** Managed login (needs a branding style per client: `withManagedLoginBranding`). */
  NEWER_MANAGED_LOGIN: 2,
} as const

/** `1` (classic hosted UI) or `2` (managed login). */
export type ManagedLoginVersion = (typeof ManagedLoginVersion)[keyof typeof ManagedLoginVersion]
