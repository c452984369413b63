/**
 * Checks emitted resources against the CloudFormation resource specification as data
 * (`@aws-cdk/aws-service-spec`): no unknown property, every type right, every required property
 * present. Intrinsics are accepted wherever a value is.
 */
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec'

type SpecDb = ReturnType<typeof loadAwsServiceSpecSync>
type PropertyType = { type: string; element?: PropertyType; types?: PropertyType[]; reference?: { $ref: string } }
type PropertySpec = { type: PropertyType; required?: boolean }

let db: SpecDb | undefined
const getDb = (): SpecDb => {
  db ??= loadAwsServiceSpecSync()
  return db
}

const INTRINSICS = new Set([
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::ImportValue',
  'Fn::Join',
  'Fn::Select',
  'Fn::If',
  'Fn::FindInMap',
  'Fn::Base64',
  'Fn::GetAZs',
  'Fn::Split',
])
const isIntrinsic = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).length === 1 &&
  INTRINSICS.has(Object.keys(v)[0] as string)

function checkValue(value: unknown, type: PropertyType, path: string, issues: string[]): void {
  if (isIntrinsic(value)) return
  switch (type.type) {
    case 'string':
    case 'date-time':
      if (typeof value !== 'string') issues.push(`${path}: expected string, got ${JSON.stringify(value)}`)
      return
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value))
        issues.push(`${path}: expected integer, got ${JSON.stringify(value)}`)
      return
    case 'number':
      if (typeof value !== 'number') issues.push(`${path}: expected number, got ${JSON.stringify(value)}`)
      return
    case 'boolean':
      if (typeof value !== 'boolean') issues.push(`${path}: expected boolean, got ${JSON.stringify(value)}`)
      return
    case 'json':
      return
    case 'null':
      if (value !== null) issues.push(`${path}: expected null`)
      return
    case 'tag': {
      if (typeof value !== 'object' || value === null || typeof (value as { Key?: unknown }).Key !== 'string')
        issues.push(`${path}: expected a tag {Key, Value}`)
      return
    }
    case 'array':
      if (!Array.isArray(value)) {
        issues.push(`${path}: expected array, got ${JSON.stringify(value)}`)
        return
      }
      value.forEach((v, i) => {
        checkValue(v, type.element as PropertyType, `${path}[${i}]`, issues)
      })
      return
    case 'map':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issues.push(`${path}: expected map, got ${JSON.stringify(value)}`)
        return
      }
      for (const [k, v] of Object.entries(value)) checkValue(v, type.element as PropertyType, `${path}.${k}`, issues)
      return
    case 'union': {
      for (const t of type.types ?? []) {
        const sub: string[] = []
        checkValue(value, t, path, sub)
        if (sub.length === 0) return
      }
      issues.push(`${path}: ${JSON.stringify(value)} matches none of ${type.types?.map((t) => t.type).join(' | ')}`)
      return
    }
    case 'ref': {
      const def = getDb().get('typeDefinition', type.reference?.$ref as string) as unknown as {
        name: string
        properties: Record<string, PropertySpec>
      }
      checkObject(value, def.properties, `${path}`, issues)
      return
    }
    default:
      issues.push(`${path}: unknown spec type ${type.type}`)
  }
}

function checkObject(value: unknown, props: Record<string, PropertySpec>, path: string, issues: string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(`${path}: expected object, got ${JSON.stringify(value)}`)
    return
  }
  for (const [name, v] of Object.entries(value)) {
    const spec = props[name]
    if (!spec) {
      issues.push(`${path}.${name}: unknown property`)
      continue
    }
    checkValue(v, spec.type, `${path}.${name}`, issues)
  }
  for (const [name, spec] of Object.entries(props)) {
    if (spec.required && !(name in value)) issues.push(`${path}.${name}: required property missing`)
  }
}

/** Issues of one resource against the spec (empty when it conforms). */
export function checkResource(
  logicalId: string,
  resource: { Type: string; Properties?: Record<string, unknown> },
): string[] {
  const found = getDb().lookup('resource', 'cloudFormationType', 'equals', resource.Type)
  if (found.length !== 1) return [`${logicalId}: unknown resource type ${resource.Type}`]
  const spec = found.only() as unknown as { properties: Record<string, PropertySpec> }
  const issues: string[] = []
  checkObject(resource.Properties ?? {}, spec.properties, `${logicalId}(${resource.Type})`, issues)
  return issues
}

/** Issues of every resource in a template. */
export function checkTemplate(template: {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>
}): string[] {
  return Object.entries(template.Resources).flatMap(([id, r]) => checkResource(id, r))
}
