import type { LogDeliveryDefinition } from './log-delivery-definition.js'
import type { ManagedLoginBrandingDefinition } from './managed-login-branding-definition.js'
import type { RiskConfigurationDefinition } from './risk-configuration-definition.js'
import type { UICustomizationDefinition } from './ui-customization-definition.js'

/** Resources beyond the CDK's constructs. Every section is optional. */
export interface ExtrasDefinition {
  /** Managed-login branding styles by id. */
  readonly managedLoginBrandings?: { readonly [id: string]: ManagedLoginBrandingDefinition }
  /** Threat-protection risk configurations by id. */
  readonly riskConfigurations?: { readonly [id: string]: RiskConfigurationDefinition }
  /** Classic hosted-UI CSS customizations by id. */
  readonly uiCustomizations?: { readonly [id: string]: UICustomizationDefinition }
  /** The pool's log delivery (one per pool). */
  readonly logDelivery?: LogDeliveryDefinition
}
