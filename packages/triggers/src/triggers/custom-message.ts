import type { CustomAttributesOf, CustomAttributeTypes } from '@cognito-kit/builder/definition'
import type { TriggerIssue } from '../errors.js'
import {
  CUSTOM_MESSAGE_LIMITS,
  type CustomMessageEvent,
  type CustomMessageResponse,
  customMessageEventSchema,
  customMessageSchemas,
} from '../events/custom-message.js'
import { checkSchema, type TriggerSpec } from '../internal/define-trigger.js'
import { defineWrapper } from '../internal/define-wrapper.js'
import { mergedResponse } from '../internal/merged-response.js'
import { issue } from '../internal/to-trigger-issues.js'
import type { LambdaHandler } from '../lambda-context.js'
import type { AnyUserPoolDefinition, TriggerHandler, TriggerOutput } from '../trigger-handler.js'
import { TRIGGER_SOURCES } from '../trigger-sources.js'

/** Options of `customMessage(handler, options)`. */
export interface CustomMessageOptions {
  /**
   * How the pool sends email (`EmailConfiguration.EmailSendingAccount`). Cognito rejects a response
   * with `emailMessage` or `emailSubject` (`InvalidLambdaResponseException`) unless it is
   * `DEVELOPER` (email through your SES identity), so those fields are refused unless declared.
   * @default 'COGNITO_DEFAULT'
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-email.html
   */
  readonly emailSendingAccount?: 'COGNITO_DEFAULT' | 'DEVELOPER'
  /**
   * Require the code placeholder (`request.codeParameter`) in every message. Turn off only for
   * messages that deliberately carry no code (passwordless invitations).
   * @default true
   */
  readonly requireCodeParameter?: boolean
}

/** The Lambda handler `customMessage(...)` returns. */
export type CustomMessageLambda<A extends CustomAttributeTypes = CustomAttributeTypes> = LambdaHandler<
  CustomMessageEvent<A>,
  TriggerOutput<CustomMessageEvent<A>, CustomMessageResponse>
>

/** `customMessage`: wraps a custom message handler; `.for<typeof def>()` types the pool's custom attributes. */
export interface CustomMessageWrapper<A extends CustomAttributeTypes = CustomAttributeTypes> {
  (
    handler: TriggerHandler<CustomMessageEvent<A>, CustomMessageResponse>,
    options?: CustomMessageOptions,
  ): CustomMessageLambda<A>
  /** The same wrapper, typed with a pool definition's custom attributes. */
  for<D extends AnyUserPoolDefinition>(): CustomMessageWrapper<CustomAttributesOf<D>>
}

const DEFAULTS = { smsMessage: null, emailMessage: null, emailSubject: null }

/** A `{##…##}` verification-link placeholder. */
const LINK_PLACEHOLDER = /\{##[^{}]*##\}/

/** Sources whose email may carry a verification link instead of the code. */
const LINK_SOURCES: readonly string[] = ['CustomMessage_SignUp', 'CustomMessage_ResendCode']

function characters(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

/** The issue of an email field in a response of a pool that does not send email through SES. */
function emailNotAllowed(field: 'emailMessage' | 'emailSubject'): TriggerIssue {
  return issue(
    'email_not_allowed',
    ['response', field],
    `Cognito only accepts ${field} when the pool sends email through SES (EmailSendingAccount DEVELOPER); declare it with { emailSendingAccount: "DEVELOPER" }`,
  )
}

/** Checks a merged custom message response against Cognito's rules for this event. */
export function customMessageResponseIssues(
  response: unknown,
  event: CustomMessageEvent,
  options: CustomMessageOptions = {},
): TriggerIssue[] {
  const issues = checkSchema(customMessageSchemas().response, response, ['response'])
  if (issues.length > 0) return issues
  const r = response as CustomMessageResponse
  const { codeParameter } = event.request
  const usernameParameter =
    event.triggerSource === 'CustomMessage_AdminCreateUser' ? event.request.usernameParameter : undefined
  const developer = options.emailSendingAccount === 'DEVELOPER'
  const requireCode = options.requireCodeParameter !== false

  for (const field of ['smsMessage', 'emailMessage'] as const) {
    const text = r[field]
    if (text === null || text === undefined) continue
    const at = ['response', field]
    if (field === 'emailMessage' && !developer) {
      issues.push(emailNotAllowed(field))
      continue
    }
    if (text.trim() === '') {
      issues.push(issue('too_small', at, "must not be empty: return null to keep the pool's own template"))
      continue
    }
    const link = field === 'emailMessage' && LINK_SOURCES.includes(event.triggerSource) && LINK_PLACEHOLDER.test(text)
    if (requireCode && !text.includes(codeParameter) && !link) {
      issues.push(
        issue(
          'missing_placeholder',
          at,
          `must contain the code placeholder ${codeParameter} (request.codeParameter)${field === 'emailMessage' && LINK_SOURCES.includes(event.triggerSource) ? ' or a {##link##} placeholder' : ''}`,
        ),
      )
    }
    if (usernameParameter && !text.includes(usernameParameter)) {
      issues.push(
        issue(
          'missing_placeholder',
          at,
          `must contain the username placeholder ${usernameParameter} (request.usernameParameter): an invited user needs both the username and the temporary password`,
        ),
      )
    }
    if (field === 'smsMessage') {
      // The username is known; the code placeholder is as long as a 6-digit code.
      const rendered = usernameParameter ? text.split(usernameParameter).join(event.userName) : text
      const length = characters(rendered)
      if (length > CUSTOM_MESSAGE_LIMITS.smsMessage) {
        issues.push(
          issue(
            'too_big',
            at,
            `must have at most ${CUSTOM_MESSAGE_LIMITS.smsMessage} characters once the username is filled in (has ${length})`,
          ),
        )
      }
    }
  }
  if (r.emailSubject !== null && r.emailSubject !== undefined) {
    const at = ['response', 'emailSubject']
    if (!developer) {
      issues.push(emailNotAllowed('emailSubject'))
    } else if (r.emailSubject.trim() === '') {
      issues.push(issue('too_small', at, "must have at least 1 character: return null to keep the pool's own subject"))
    }
  }
  return issues
}

/** Built when the first handler is wrapped: no top-level work, so unused wrappers tree-shake away. */
function spec(): TriggerSpec<CustomMessageOptions | undefined> {
  return {
    trigger: 'CustomMessage',
    wrapper: 'customMessage',
    sources: TRIGGER_SOURCES.CustomMessage,
    eventSchema: customMessageEventSchema,
    respond: mergedResponse({ defaults: DEFAULTS, issues: customMessageResponseIssues }),
  }
}

/**
 * Wraps a custom message handler. The handler returns the SMS text (and, for SES pools, the email
 * body and subject); fields it leaves out keep the pool's templates. Every message must carry the
 * code placeholder (`{####}`), AdminCreateUser messages the username placeholder too, and the
 * lengths must fit (SMS 140, email 20,000, subject 140), or the response is rejected before Cognito
 * sees it.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 *
 * @example
 * ```ts
 * export const handler = customMessage(
 *   ({ triggerSource, request: { codeParameter } }) =>
 *     triggerSource === 'CustomMessage_SignUp'
 *       ? { emailSubject: 'Welcome!', emailMessage: `<p>Your code is <b>${codeParameter}</b></p>` }
 *       : undefined,
 *   { emailSendingAccount: 'DEVELOPER' },
 * )
 * ```
 */
export const customMessage: CustomMessageWrapper = /* @__PURE__ */ defineWrapper(spec)
