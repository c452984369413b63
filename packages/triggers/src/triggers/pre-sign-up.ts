import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import type { TriggerIssue } from '../errors.js'
import { type PreSignUpEvent, type PreSignUpResponse, preSignUpSchemas } from '../events/pre-sign-up.js'
import { checkSchema, type TriggerSpec } from '../internal/define-trigger.js'
import { defineWrapper } from '../internal/define-wrapper.js'
import { mergedResponse } from '../internal/merged-response.js'
import { issue } from '../internal/to-trigger-issues.js'
import type { LambdaHandler } from '../lambda-context.js'
import type { AnyUserPoolDefinition, TriggerHandler, TriggerOutput } from '../trigger-handler.js'
import { TRIGGER_SOURCES } from '../trigger-sources.js'

/** The Lambda handler `preSignUp(...)` returns. */
export type PreSignUpLambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  PreSignUpEvent<A>,
  TriggerOutput<PreSignUpEvent<A>, PreSignUpResponse>
>

/** `preSignUp`: wraps a pre sign-up handler; `.for<typeof def>()` types the pool's custom attributes. */
export interface PreSignUpWrapper<A extends CustomAttributeTypes = CustomAttributeTypes> {
  (handler: TriggerHandler<PreSignUpEvent<A>, PreSignUpResponse>): PreSignUpLambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes. */
  for<D extends AnyUserPoolDefinition>(): PreSignUpWrapper<CustomAttributesOf<D>>
}

const DEFAULTS = { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false }

/** Checks a merged pre sign-up response against Cognito's rules for this event. */
export function preSignUpResponseIssues(response: unknown, event: PreSignUpEvent): TriggerIssue[] {
  const issues = checkSchema(preSignUpSchemas().response, response, ['response'])
  if (issues.length > 0) return issues
  const r = response as PreSignUpResponse
  const attributes = event.request.userAttributes
  if (event.triggerSource !== 'PreSignUp_AdminCreateUser') {
    if (r.autoVerifyEmail && !attributes.email) {
      issues.push(
        issue(
          'missing_attribute',
          ['response', 'autoVerifyEmail'],
          'cannot auto-verify the email: the user has no email attribute, so Cognito would fail the sign-up',
        ),
      )
    }
    if (r.autoVerifyPhone && !attributes.phone_number) {
      issues.push(
        issue(
          'missing_attribute',
          ['response', 'autoVerifyPhone'],
          'cannot auto-verify the phone: the user has no phone_number attribute, so Cognito would fail the sign-up',
        ),
      )
    }
  }
  return issues
}

/** Built when the first handler is wrapped: no top-level work, so unused wrappers tree-shake away. */
function spec(): TriggerSpec {
  return {
    trigger: 'PreSignUp',
    wrapper: 'preSignUp',
    sources: TRIGGER_SOURCES.PreSignUp,
    eventSchema: () => preSignUpSchemas().event,
    respond: mergedResponse({ defaults: DEFAULTS, issues: preSignUpResponseIssues }),
  }
}

/**
 * Wraps a pre sign-up handler. The event is validated and typed; the handler returns a
 * {@link PreSignUpResponse} (or parts such as `autoConfirm()`, merged in order), nothing, or
 * `deny(message)` to block the sign-up. The response is checked (`autoVerifyEmail` needs an email)
 * before it goes back to Cognito.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 *
 * @example
 * ```ts
 * export const handler = preSignUp((event) =>
 *   event.request.userAttributes.email?.endsWith('@example.com')
 *     ? [autoConfirm(), autoVerifyEmail()]
 *     : deny('Sign-up is open to example.com addresses only'),
 * )
 * ```
 *
 * @example Typed with the pool definition
 * ```ts
 * export const handler = preSignUp.for<typeof definition>()((event) =>
 *   event.request.userAttributes['custom:tenant'] ? autoConfirm() : deny('A tenant is required'),
 * )
 * ```
 */
export const preSignUp: PreSignUpWrapper = /* @__PURE__ */ defineWrapper(spec)

/**
 * Confirms the user without a code (`autoConfirmUser: true`).
 *
 * @example
 * ```ts
 * preSignUp(() => autoConfirm())
 * ```
 */
export function autoConfirm(): PreSignUpResponse {
  return { autoConfirmUser: true }
}

/**
 * Marks the user's email verified (`autoVerifyEmail: true`); the user must have an email.
 *
 * @example
 * ```ts
 * preSignUp(() => [autoConfirm(), autoVerifyEmail()])
 * ```
 */
export function autoVerifyEmail(): PreSignUpResponse {
  return { autoVerifyEmail: true }
}

/**
 * Marks the user's phone number verified (`autoVerifyPhone: true`); the user must have one.
 *
 * @example
 * ```ts
 * preSignUp(() => [autoConfirm(), autoVerifyPhone()])
 * ```
 */
export function autoVerifyPhone(): PreSignUpResponse {
  return { autoVerifyPhone: true }
}
