import { extrasSchema } from '../definition/definition-schema.js'
import type { RiskConfigurationDefinition } from '../definition/risk-configuration-definition.js'
import type { DefinitionIssue } from '../errors.js'
import { defined } from '../internal/defined.js'
import { requireObject } from '../internal/option-guards.js'
import { parsePart } from '../internal/parse-part.js'
import { throwIfIssues } from '../internal/throw-if-issues.js'
import { clientReferenceToDefinition } from './client-reference.js'
import type { RiskConfigurationOptions } from './risk-configuration-options.js'

const MAX_RANGES = 200
const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/
const IPV6_CIDR = /^[0-9A-Fa-f:.]+\/(\d{1,3})$/

function validCidr(range: string): boolean {
  const v4 = IPV4_CIDR.exec(range)
  if (v4 !== null) return v4.slice(1, 5).every((o) => Number(o) <= 255) && Number(v4[5]) <= 32
  const v6 = IPV6_CIDR.exec(range)
  return v6 !== null && range.includes(':') && Number(v6[1]) <= 128
}

/** The rules of one risk configuration (from the CloudFormation/API reference; the CDK has no construct). */
export function validateRiskConfiguration(path: string, risk: RiskConfigurationDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  if (
    risk.accountTakeover === undefined &&
    risk.compromisedCredentials === undefined &&
    risk.riskExceptions === undefined
  ) {
    issues.push({
      path,
      rule: 'RiskConfigurationEmpty',
      message: 'a risk configuration needs accountTakeover, compromisedCredentials or riskExceptions',
    })
  }
  const ato = risk.accountTakeover
  if (ato !== undefined) {
    const actions = [ato.actions.highAction, ato.actions.mediumAction, ato.actions.lowAction]
    if (actions.every((a) => a === undefined)) {
      issues.push({
        path: `${path}.accountTakeover.actions`,
        rule: 'AccountTakeoverActionsEmpty',
        message: 'accountTakeover.actions needs at least one of highAction, mediumAction, lowAction',
      })
    }
    if (actions.some((a) => a?.notify === true) && ato.notifyConfiguration === undefined) {
      issues.push({
        path: `${path}.accountTakeover.notifyConfiguration`,
        rule: 'NotifyConfigurationRequired',
        message:
          'an action with notify: true needs accountTakeover.notifyConfiguration (the SES identity to send from)',
      })
    }
  }
  for (const key of ['blockedIpRanges', 'skippedIpRanges'] as const) {
    const ranges = risk.riskExceptions?.[key] ?? []
    if (ranges.length > MAX_RANGES) {
      issues.push({
        path: `${path}.riskExceptions.${key}`,
        rule: 'TooManyIpRanges',
        message: `at most ${MAX_RANGES} ranges are allowed; received ${ranges.length}`,
      })
    }
    ranges.forEach((range, i) => {
      if (!validCidr(range)) {
        issues.push({
          path: `${path}.riskExceptions.${key}.${i}`,
          rule: 'IpRangeInvalid',
          message: `IP ranges are CIDR blocks such as 192.0.2.0/24; received ${JSON.stringify(range)}`,
        })
      }
    })
  }
  return issues
}

/**
 * Turns `withRiskConfiguration` options into the definition and checks its rules.
 *
 * @throws {DefinitionValidationError} listing every issue, with paths under `extras.riskConfigurations.<id>`
 */
export function riskConfigurationFromOptions(
  id: string,
  options: RiskConfigurationOptions,
): RiskConfigurationDefinition {
  const path = `extras.riskConfigurations.${id}`
  requireObject(options, path)
  const risk: RiskConfigurationDefinition = defined({
    ...clientReferenceToDefinition(options.client, path),
    accountTakeover: options.accountTakeover,
    compromisedCredentials: options.compromisedCredentials,
    riskExceptions: options.riskExceptions,
  })
  parsePart(extrasSchema, { riskConfigurations: { [id]: risk } }, 'extras')
  throwIfIssues(validateRiskConfiguration(path, risk))
  return risk
}
