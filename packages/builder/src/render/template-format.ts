import { stringify } from 'yaml'
import type { CloudFormationTemplate } from './cloudformation-template.js'

/** Serialization formats of a template. */
export type TemplateFormat = 'json' | 'yaml'

/**
 * A template as text: JSON (two-space indent) or YAML (long-form intrinsics such as `Fn::GetAtt:`,
 * which CloudFormation reads as it reads JSON). Deterministic: the same template, the same bytes.
 *
 * @example
 * ```ts
 * formatTemplate(userPool('P').toCloudFormation(), 'yaml')
 * ```
 */
export function formatTemplate(template: CloudFormationTemplate, format: TemplateFormat = 'json'): string {
  if (format === 'json') return `${JSON.stringify(template, null, 2)}\n`
  // YAML 1.1 quoting keeps strings such as 2010-09-09, ON or yes strings for any YAML reader.
  return stringify(template, { version: '1.1', aliasDuplicateObjects: false, lineWidth: 0, indent: 2 })
}
