import type { UserPoolSettings } from '../../definition/user-pool-settings.js'

/** `UsernameAttributes`, `AliasAttributes` and `AutoVerifiedAttributes` from the sign-in settings. */
export function signInConfiguration(s: UserPoolSettings): {
  UsernameAttributes?: string[]
  AliasAttributes?: string[]
  AutoVerifiedAttributes?: string[]
} {
  const signIn = s.signInAliases ?? { username: true }
  const out: { UsernameAttributes?: string[]; AliasAttributes?: string[]; AutoVerifiedAttributes?: string[] } = {}
  if (signIn.username) {
    const alias = [
      ...(signIn.email ? ['email'] : []),
      ...(signIn.phone ? ['phone_number'] : []),
      ...(signIn.preferredUsername ? ['preferred_username'] : []),
    ]
    if (alias.length > 0) out.AliasAttributes = alias
  } else {
    // Emitted even when empty, as the CDK does.
    out.UsernameAttributes = [...(signIn.email ? ['email'] : []), ...(signIn.phone ? ['phone_number'] : [])]
  }
  if (s.autoVerify) {
    out.AutoVerifiedAttributes = [
      ...(s.autoVerify.email ? ['email'] : []),
      ...(s.autoVerify.phone ? ['phone_number'] : []),
    ]
  } else if (signIn.email || signIn.phone) {
    out.AutoVerifiedAttributes = [...(signIn.email ? ['email'] : []), ...(signIn.phone ? ['phone_number'] : [])]
  }
  return out
}
