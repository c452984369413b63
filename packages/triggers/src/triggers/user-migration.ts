import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import type { TriggerIssue } from '../errors.js'
import {
  type UserMigrationEvent,
  type UserMigrationResponse,
  userMigrationEventSchema,
  userMigrationSchemas,
} from '../events/user-migration.js'
import { checkSchema, type TriggerSpec } from '../internal/define-trigger.js'
import { defineWrapper } from '../internal/define-wrapper.js'
import { mergedResponse } from '../internal/merged-response.js'
import { issue } from '../internal/to-trigger-issues.js'
import type { LambdaHandler } from '../lambda-context.js'
import type { AnyUserPoolDefinition, TriggerHandler, TriggerOutput } from '../trigger-handler.js'
import { TRIGGER_SOURCES } from '../trigger-sources.js'

/** The Lambda handler `userMigration(...)` returns. */
export type UserMigrationLambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  UserMigrationEvent,
  TriggerOutput<UserMigrationEvent, UserMigrationResponse<A>>
>

/** `userMigration`: wraps a migrate user handler; `.for<typeof def>()` types the custom attributes it may set. */
export interface UserMigrationWrapper<A extends CustomAttributeTypes = CustomAttributeTypes> {
  (handler: TriggerHandler<UserMigrationEvent, UserMigrationResponse<A>>): UserMigrationLambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes. */
  for<D extends AnyUserPoolDefinition>(): UserMigrationWrapper<CustomAttributesOf<D>>
}

/** Checks a migrate user response against Cognito's rules for this event. */
export function userMigrationResponseIssues(response: unknown, event: UserMigrationEvent): TriggerIssue[] {
  const issues = checkSchema(userMigrationSchemas().response, response, ['response'])
  if (issues.length > 0) return issues
  const r = response as UserMigrationResponse
  const a = r.userAttributes
  if (event.triggerSource === 'UserMigration_ForgotPassword') {
    const email = Boolean(a.email) && a.email_verified === 'true'
    const phone = Boolean(a.phone_number) && a.phone_number_verified === 'true'
    if (!email && !phone) {
      issues.push(
        issue(
          'unverified_contact',
          ['response', 'userAttributes'],
          'a user migrated by ForgotPassword needs a verified email (email + email_verified: "true") or phone number, or Cognito cannot send the reset code',
        ),
      )
    }
  }
  if (r.enableSMSMFA && !a.phone_number) {
    issues.push(issue('missing_attribute', ['response', 'enableSMSMFA'], 'SMS MFA needs a phone_number attribute'))
  }
  const mediums = r.desiredDeliveryMediums ?? []
  if (new Set(mediums).size !== mediums.length) {
    issues.push(issue('duplicate_value', ['response', 'desiredDeliveryMediums'], 'lists a delivery medium twice'))
  }
  if (r.messageAction !== 'SUPPRESS') {
    // The welcome message goes to each medium listed: it needs the address.
    mediums.forEach((medium, index) => {
      const attribute = medium === 'EMAIL' ? 'email' : 'phone_number'
      if (!a[attribute]) {
        issues.push(
          issue(
            'missing_attribute',
            ['response', 'desiredDeliveryMediums', index],
            `the welcome message cannot go by ${medium}: the user has no ${attribute} attribute (add it, or suppress the message with messageAction: "SUPPRESS")`,
          ),
        )
      }
    })
  }
  return issues
}

/** Built when the first handler is wrapped: no top-level work, so unused wrappers tree-shake away. */
function spec(): TriggerSpec {
  return {
    trigger: 'UserMigration',
    wrapper: 'userMigration',
    sources: TRIGGER_SOURCES.UserMigration,
    eventSchema: userMigrationEventSchema,
    respond: mergedResponse({
      required: issue(
        'missing_attributes',
        ['response', 'userAttributes'],
        'required: return the migrated user (userAttributes), or deny(message) when the user is unknown',
      ),
      issues: userMigrationResponseIssues,
    }),
  }
}

/**
 * Wraps a migrate user handler. For a user found in the old directory, return the user's
 * attributes (and status, message action...); for an unknown user or a wrong password, return or
 * throw `deny(message)`. Attribute names, value lengths, the verified contact a ForgotPassword
 * migration needs, and the enum values are checked before the response reaches Cognito.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 *
 * @example
 * ```ts
 * export const handler = userMigration(async (event) => {
 *   const user = event.triggerSource === 'UserMigration_Authentication'
 *     ? await legacy.signIn(event.userName, event.request.password)
 *     : await legacy.find(event.userName)
 *   if (!user) return deny('Incorrect username or password')
 *   return {
 *     userAttributes: { email: user.email, email_verified: 'true' },
 *     finalUserStatus: 'CONFIRMED',
 *     messageAction: 'SUPPRESS',
 *   }
 * })
 * ```
 */
export const userMigration: UserMigrationWrapper = /* @__PURE__ */ defineWrapper(spec)
