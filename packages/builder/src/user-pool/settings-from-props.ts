import type { CustomAttributeDefinition } from '../definition/custom-attribute-definition.js'
import type { UserPoolSettings } from '../definition/user-pool-settings.js'
import type { UserPoolProps } from './user-pool-props.js'

/** Turns `UserPoolProps` (with class instances) into definition data. */
export function settingsFromProps(props: UserPoolProps): {
  settings: UserPoolSettings
  customAttributes: { [name: string]: CustomAttributeDefinition }
} {
  const { customAttributes, passwordPolicy, ...rest } = props
  const settings: UserPoolSettings = {
    ...rest,
    ...(passwordPolicy !== undefined
      ? {
          passwordPolicy: {
            ...(passwordPolicy.minLength !== undefined ? { minLength: passwordPolicy.minLength } : {}),
            ...(passwordPolicy.tempPasswordValidity !== undefined
              ? { tempPasswordValidity: passwordPolicy.tempPasswordValidity.toJSON() }
              : {}),
          },
        }
      : {}),
  }
  const attrs: { [name: string]: CustomAttributeDefinition } = {}
  for (const [name, attr] of Object.entries(customAttributes ?? {})) attrs[name] = attr.toDefinition()
  return { settings, customAttributes: attrs }
}
