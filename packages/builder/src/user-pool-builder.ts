/**
 * The user-pool builder: a public interface, a hidden immutable implementation, and the
 * `userPool()` / `fromDefinition()` factories.
 *
 * @module
 */
import type { CustomAttributeTypes } from './definition/custom-attribute-definition.js'
import type { LambdaVersionValue } from './definition/triggers-definition.js'
import { DEFINITION_VERSION, type UserPoolDefinition } from './definition/user-pool-definition.js'
import type { StringValue } from './intrinsic.js'
import { deepFreeze } from './internal/deep-freeze.js'
import type { CloudFormationTemplate } from './render/cloudformation-template.js'
import type { RenderOptions } from './render/render-context.js'
import { toCloudFormation } from './render/to-cloudformation.js'
import { parseDefinitionDocument } from './parse-definition.js'
import { type CustomAttributeTypesOf } from './user-pool/custom-attribute.js'
import type { UserPoolProps } from './user-pool/user-pool-props.js'
import { settingsFromProps } from './user-pool/settings-from-props.js'
import { assertValidDefinition, type ValidationResult, validateDefinition } from './validate-definition.js'

/**
 * An immutable user-pool builder. Every `with*` call returns a new frozen builder and leaves this
 * one unchanged; `to*` methods serialize.
 *
 * @typeParam A - custom attributes declared so far (name → data type)
 * @typeParam C - ids of the app clients added so far
 * @typeParam S - OAuth scopes of the resource servers added so far (`'identifier/scope'`)
 */
export interface UserPoolBuilder<A extends CustomAttributeTypes = {}, C extends string = never, S extends string = never> {
  /** The pool's construct id. */
  readonly id: string

  /**
   * Adds a Lambda trigger for an operation.
   *
   * @param operation - the operation (`UserPoolOperation.PRE_SIGN_UP`, ...)
   * @param lambdaArn - the function's ARN or an intrinsic (`{ 'Fn::GetAtt': ['Fn', 'Arn'] }`)
   * @param lambdaVersion - only for `PRE_TOKEN_GENERATION_CONFIG`: `V1_0`, `V2_0` or `V3_0`
   *
   * @example
   * ```ts
   * userPool('P').withTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, 'arn:aws:lambda:us-east-1:123456789012:function:pretoken', LambdaVersion.V2_0)
   * ```
   */
  withTrigger(operation: string, lambdaArn: StringValue, lambdaVersion?: LambdaVersionValue): UserPoolBuilder<A, C, S>

  /**
   * Adds tags to the pool (`UserPoolTags`).
   *
   * @example
   * ```ts
   * userPool('P').withTags({ team: 'identity' })
   * ```
   */
  withTags(tags: { readonly [key: string]: string }): UserPoolBuilder<A, C, S>

  /**
   * Calls `fn` with this builder and returns its result: reusable configuration steps.
   *
   * @example
   * ```ts
   * const withCompanyDefaults = (b) => b.withTags({ owner: 'platform' })
   * userPool('P').$call(withCompanyDefaults)
   * ```
   */
  $call<R>(fn: (builder: this) => R): R

  /**
   * The plain, versioned, JSON-serializable definition.
   *
   * @throws {DefinitionValidationError} when cross-field rules fail (every issue is listed)
   * @example
   * ```ts
   * const json = JSON.stringify(userPool('P').toDefinition())
   * ```
   */
  toDefinition(): UserPoolDefinition<A, C, S>

  /**
   * The CloudFormation template: `{ AWSTemplateFormatVersion, Resources, Outputs }`.
   *
   * @throws {DefinitionValidationError} when cross-field rules fail (every issue is listed)
   * @example
   * ```ts
   * const template = userPool('P', { selfSignUpEnabled: true }).toCloudFormation({ logicalIds: 'cdk' })
   * ```
   */
  toCloudFormation(options?: RenderOptions): CloudFormationTemplate

  /**
   * Runs every rule without throwing.
   *
   * @example
   * ```ts
   * const result = userPool('P').validate()
   * if (!result.success) console.log(result.issues)
   * ```
   */
  validate(): ValidationResult<UserPoolDefinition<A, C, S>>
}

class UserPoolBuilderImpl implements UserPoolBuilder<any, any, any> {
  readonly #def: UserPoolDefinition

  constructor(def: UserPoolDefinition) {
    this.#def = deepFreeze(def)
    Object.freeze(this)
  }

  get id(): string {
    return this.#def.id
  }

  #next(patch: Partial<UserPoolDefinition>): UserPoolBuilderImpl {
    return new UserPoolBuilderImpl({ ...this.#def, ...patch })
  }

  withTrigger(operation: string, lambdaArn: StringValue, lambdaVersion?: LambdaVersionValue): UserPoolBuilderImpl {
    const trigger = lambdaVersion === undefined ? { lambdaArn } : { lambdaArn, lambdaVersion }
    return this.#next({
      triggers: { ...this.#def.triggers, operations: { ...this.#def.triggers.operations, [operation]: trigger } },
    })
  }

  withTags(tags: { readonly [key: string]: string }): UserPoolBuilderImpl {
    return this.#next({ tags: { ...this.#def.tags, ...tags } })
  }

  $call<R>(fn: (builder: this) => R): R {
    return fn(this)
  }

  toDefinition(): UserPoolDefinition {
    assertValidDefinition(this.#def)
    return this.#def
  }

  toCloudFormation(options?: RenderOptions): CloudFormationTemplate {
    return toCloudFormation(this.#def, options)
  }

  validate(): ValidationResult<UserPoolDefinition> {
    return validateDefinition(this.#def)
  }
}

/**
 * Starts a user pool. `props` take the CDK's `UserPoolProps` names and meanings.
 *
 * @param id - construct id of the pool (logical IDs derive from it)
 * @throws {DefinitionValidationError} when a setting is invalid on its own
 *
 * @example
 * ```ts
 * const pool = userPool('myuserpool', { userPoolName: 'myawesomeapp-userpool', signInCaseSensitive: false })
 * pool.toCloudFormation()
 * ```
 */
export function userPool<const P extends UserPoolProps = {}>(id: string, props?: P): UserPoolBuilder<CustomAttributeTypesOf<P>> {
  const { settings, customAttributes } = settingsFromProps(props ?? {})
  return new UserPoolBuilderImpl({
    kind: 'UserPool',
    version: DEFINITION_VERSION,
    id,
    settings,
    customAttributes,
    triggers: { operations: {} },
    tags: {},
    clients: {},
    domains: {},
    resourceServers: {},
    groups: {},
    identityProviders: {},
    extras: {},
  }) as unknown as UserPoolBuilder<CustomAttributeTypesOf<P>>
}

/**
 * Rebuilds a builder from a definition (e.g. parsed from JSON). The document is validated.
 *
 * @throws {DefinitionValidationError} when the document is not a valid definition
 * @example
 * ```ts
 * const again = fromDefinition(JSON.parse(json))
 * ```
 */
export function fromDefinition<
  A extends CustomAttributeTypes = CustomAttributeTypes,
  C extends string = string,
  S extends string = string,
>(definition: UserPoolDefinition<A, C, S> | unknown): UserPoolBuilder<A, C, S> {
  return new UserPoolBuilderImpl(parseDefinitionDocument(definition)) as unknown as UserPoolBuilder<A, C, S>
}
