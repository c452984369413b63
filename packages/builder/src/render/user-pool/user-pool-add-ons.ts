import type { UserPoolSettings } from '../../definition/user-pool-settings.js'
import { undefinedIfNoKeys } from '../../internal/cfn-object.js'

/** `UserPoolAddOns`: custom-auth threat protection forces the standard mode to OFF when none is chosen. */
export function userPoolAddOns(s: UserPoolSettings): Record<string, unknown> | undefined {
  const flows =
    s.customThreatProtectionMode === undefined ? undefined : { CustomAuthMode: s.customThreatProtectionMode }
  let mode: string | undefined = s.advancedSecurityMode ?? s.standardThreatProtectionMode
  if (flows !== undefined && mode === undefined) mode = 'OFF'
  return undefinedIfNoKeys({ AdvancedSecurityAdditionalFlows: flows, AdvancedSecurityMode: mode })
}
