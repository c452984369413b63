import { extrasSchema } from '../definition/definition-schema.js'
import type { LogDeliveryDefinition } from '../definition/log-delivery-definition.js'
import type { DefinitionIssue } from '../errors.js'
import { defined } from '../internal/defined.js'
import { requireObject } from '../internal/option-guards.js'
import { parsePart } from '../internal/parse-part.js'
import { throwIfIssues } from '../internal/throw-if-issues.js'
import type { LogDeliveryOptions } from './log-delivery-options.js'

/**
 * The rules of the pool's log delivery: one entry per event source, exactly one destination each,
 * `userNotification` at `ERROR` to CloudWatch Logs, `userAuthEvents` at `INFO`.
 */
export function validateLogDelivery(path: string, delivery: LogDeliveryDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  if (delivery.logConfigurations.length === 0) {
    issues.push({
      path: `${path}.logConfigurations`,
      rule: 'LogConfigurationsEmpty',
      message: 'logConfigurations needs at least one entry',
    })
  }
  const seen = new Set<string>()
  delivery.logConfigurations.forEach((c, i) => {
    const at = `${path}.logConfigurations.${i}`
    const destinations = [c.logGroupArn, c.bucketArn, c.streamArn].filter((d) => d !== undefined)
    if (destinations.length !== 1) {
      issues.push({
        path: at,
        rule: 'LogDestinationRequired',
        message: `each log configuration needs exactly one of logGroupArn, bucketArn, streamArn; received ${destinations.length}`,
      })
    }
    if (seen.has(c.eventSource)) {
      issues.push({
        path: `${at}.eventSource`,
        rule: 'DuplicateLogEventSource',
        message: `${c.eventSource} is configured twice`,
      })
    }
    seen.add(c.eventSource)
    if (c.eventSource === 'userNotification') {
      if (c.logLevel !== 'ERROR') {
        issues.push({
          path: `${at}.logLevel`,
          rule: 'LogLevelInvalid',
          message: 'userNotification logs are sent at ERROR level',
        })
      }
      if (c.bucketArn !== undefined || c.streamArn !== undefined) {
        issues.push({
          path: at,
          rule: 'LogDestinationInvalid',
          message: 'userNotification logs can only go to CloudWatch Logs (logGroupArn)',
        })
      }
    } else if (c.logLevel !== 'INFO') {
      issues.push({
        path: `${at}.logLevel`,
        rule: 'LogLevelInvalid',
        message: 'userAuthEvents logs are sent at INFO level',
      })
    }
  })
  return issues
}

/**
 * Turns `withLogDelivery` options into the definition and checks its rules.
 *
 * @throws {DefinitionValidationError} listing every issue, with paths under `extras.logDelivery`
 */
export function logDeliveryFromOptions(options: LogDeliveryOptions): LogDeliveryDefinition {
  const path = 'extras.logDelivery'
  requireObject(options, path)
  const delivery: LogDeliveryDefinition = {
    logConfigurations: (options.logConfigurations ?? []).map((c) => defined({ ...c })),
  }
  parsePart(extrasSchema, { logDelivery: delivery }, 'extras')
  throwIfIssues(validateLogDelivery(path, delivery))
  return delivery
}
