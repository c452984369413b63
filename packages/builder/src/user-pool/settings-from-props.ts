/**
 * Turns `UserPoolProps` (with class instances) into definition data, checking every setting on
 * its own; the same checks guard each `with*` call.
 *
 * @module
 */

import type { CustomAttributeDefinition } from '../definition/custom-attribute-definition.js'
import { customAttributeSchema, triggersSchema, userPoolSettingsSchema } from '../definition/definition-schema.js'
import type { TriggerDefinition, TriggersDefinition } from '../definition/triggers-definition.js'
import type { UserPoolSettings } from '../definition/user-pool-settings.js'
import { type DefinitionIssue, DefinitionValidationError } from '../errors.js'
import { issue, joinPath, show } from '../internal/literal-checks.js'
import { stripUndefined } from '../internal/strip-undefined.js'
import { zodIssues } from '../internal/zod-issues.js'
import type { StringValue } from '../intrinsic.js'
import type { CustomAttribute } from './custom-attribute.js'
import { customAttributesIssues } from './custom-attribute-rules.js'
import type { LambdaVersion } from './lambda-version.js'
import { type PasswordPolicy, passwordPolicyDefinition } from './password-policy.js'
import { TRIGGERS_PATH, triggersIssues } from './trigger-rules.js'
import type { UserPoolEmail } from './user-pool-email.js'
import { VERSIONED_OPERATIONS } from './user-pool-operation.js'
import type { UserPoolProps } from './user-pool-props.js'
import { settingIssues } from './user-pool-settings-rules.js'

/** The definition parts `userPool(id, props)` fills. */
export interface PoolParts {
  readonly settings: UserPoolSettings
  readonly customAttributes: { readonly [name: string]: CustomAttributeDefinition }
  readonly triggers: TriggersDefinition
}

const throwIfAny = (issues: readonly DefinitionIssue[]): void => {
  if (issues.length > 0) throw new DefinitionValidationError(issues)
}

/** Settings given as props/`with*` arguments (class instances allowed) → definition data. */
export function settingsData(
  props: { readonly [K in keyof UserPoolProps]?: UserPoolProps[K] | undefined },
): Partial<UserPoolSettings> {
  const out: Record<string, unknown> = {}
  // Keys keep the order they were written in, so issues come out in that order too.
  for (const [key, value] of Object.entries(props)) {
    if (key === 'customAttributes' || key === 'lambdaTriggers' || key === 'customSenderKmsKey') continue
    if (key === 'passwordPolicy' && typeof value === 'object' && value !== null)
      out[key] = passwordPolicyDefinition(value as PasswordPolicy)
    else if (key === 'email' && typeof (value as { toDefinition?: unknown })?.toDefinition === 'function') {
      out[key] = (value as UserPoolEmail).toDefinition()
    } else out[key] = value
  }
  return stripUndefined(out) as Partial<UserPoolSettings>
}

/** Every issue of a settings patch: its shape, then each setting's rules. */
export function settingsPatchIssues(patch: Partial<UserPoolSettings>): DefinitionIssue[] {
  const shape = zodIssues(userPoolSettingsSchema, patch)
  return shape.length > 0 ? shape : settingIssues(patch)
}

/** Checks a settings patch and returns it; throws with every issue. */
export function checkedSettings(patch: Partial<UserPoolSettings>): Partial<UserPoolSettings> {
  throwIfAny(settingsPatchIssues(patch))
  return patch
}

/** Custom attribute objects → definitions, with every issue (`existing` names may not be redeclared). */
export function customAttributesData(
  attrs: { readonly [name: string]: CustomAttribute } | undefined,
  existing: { readonly [name: string]: CustomAttributeDefinition } = {},
): { attrs: { [name: string]: CustomAttributeDefinition }; issues: DefinitionIssue[] } {
  const out: { [name: string]: CustomAttributeDefinition } = {}
  const issues: DefinitionIssue[] = []
  if (attrs === undefined) return { attrs: out, issues }
  if (typeof attrs !== 'object' || attrs === null) {
    return {
      attrs: out,
      issues: [
        issue(
          'customAttributes',
          'Schema.invalid_type',
          `customAttributes must be an object (received ${show(attrs)})`,
        ),
      ],
    }
  }
  for (const [name, attr] of Object.entries(attrs)) {
    const path = joinPath('customAttributes', name)
    if (Object.hasOwn(existing, name)) {
      issues.push(
        issue(
          path,
          'CustomAttributeExists',
          `custom attribute ${show(name)} is already declared (custom attributes cannot be redefined)`,
        ),
      )
      continue
    }
    const def = typeof (attr as { toDefinition?: unknown })?.toDefinition === 'function' ? attr.toDefinition() : attr
    const shape = zodIssues(customAttributeSchema, def, ['customAttributes', name])
    issues.push(...shape)
    out[name] = stripUndefined(def) as CustomAttributeDefinition
  }
  if (issues.length === 0) issues.push(...customAttributesIssues({ ...existing, ...out }, 'customAttributes'))
  return { attrs: out, issues }
}

/** The definition form of one trigger: the object-shaped operations always carry a version. */
export function triggerData(
  operation: string,
  lambdaArn: StringValue,
  lambdaVersion: LambdaVersion | undefined,
  permission: boolean | undefined,
): TriggerDefinition {
  const version = VERSIONED_OPERATIONS.has(operation)
    ? (lambdaVersion ?? 'V1_0')
    : lambdaVersion === 'V1_0'
      ? undefined
      : lambdaVersion
  return {
    lambdaArn,
    ...(version !== undefined ? { lambdaVersion: version } : {}),
    ...(permission !== undefined ? { permission } : {}),
  }
}

/** Issues of adding triggers to `existing` ones: shape, the CDK's duplicate rule, each trigger's rules. */
export function triggersPatchIssues(existing: TriggersDefinition, patch: TriggersDefinition): DefinitionIssue[] {
  const shape = zodIssues(triggersSchema, patch)
  if (shape.length > 0) return shape.map((i) => ({ ...i, path: i.path.replace(/^operations\./, `${TRIGGERS_PATH}.`) }))
  const issues: DefinitionIssue[] = []
  for (const operation of Object.keys(patch.operations)) {
    if (Object.hasOwn(existing.operations, operation)) {
      issues.push(
        issue(
          joinPath(TRIGGERS_PATH, operation),
          'TriggerOperation',
          `A trigger for the operation ${operation} already exists.`,
        ),
      )
    }
  }
  return [...issues, ...triggersIssues(patch)]
}

/**
 * Converts and checks `userPool()` props; throws one error listing every issue.
 *
 * @example
 * ```ts
 * settingsFromProps({ selfSignUpEnabled: true }).settings // { selfSignUpEnabled: true }
 * ```
 */
export function settingsFromProps(props: UserPoolProps): PoolParts {
  if (typeof props !== 'object' || props === null) {
    throw new DefinitionValidationError([
      issue('', 'Schema.invalid_type', `props must be an object (received ${show(props)})`),
    ])
  }
  const settings = settingsData(props)
  const custom = customAttributesData(props.customAttributes)
  const operations: Record<string, TriggerDefinition> = {}
  for (const [operation, arn] of Object.entries(props.lambdaTriggers ?? {})) {
    if (arn !== undefined) operations[operation] = triggerData(operation, arn, undefined, undefined)
  }
  const triggers: TriggersDefinition = {
    operations,
    ...(props.customSenderKmsKey !== undefined ? { customSenderKmsKey: props.customSenderKmsKey } : {}),
  }
  const issues = [
    ...settingsPatchIssues(settings),
    ...custom.issues,
    ...triggersPatchIssues({ operations: {} }, triggers),
  ]
  throwIfAny(issues)
  return { settings: settings as UserPoolSettings, customAttributes: custom.attrs, triggers }
}
