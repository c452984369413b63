/**
 * CloudFormation intrinsic functions accepted wherever the CDK would take a construct or a token
 * (a Lambda function, an IAM role, a KMS key...). Literal validation is skipped for intrinsics,
 * as the CDK skips unresolved tokens.
 *
 * @module
 */

/** `{ "Ref": "LogicalId" }`. */
export interface RefIntrinsic {
  readonly Ref: string
}
/** `{ "Fn::GetAtt": ["LogicalId", "Arn"] }` (or the `"LogicalId.Arn"` string form). */
export interface GetAttIntrinsic {
  readonly 'Fn::GetAtt': readonly [string, string] | string
}
/** `{ "Fn::Sub": "arn:${AWS::Partition}:..." }` or `[template, variables]`. */
export interface SubIntrinsic {
  readonly 'Fn::Sub': string | readonly [string, Readonly<Record<string, StringValue>>]
}
/** `{ "Fn::ImportValue": "ExportName" }`. */
export interface ImportValueIntrinsic {
  readonly 'Fn::ImportValue': StringValue
}
/** `{ "Fn::Join": ["", [...]] }`. */
export interface JoinIntrinsic {
  readonly 'Fn::Join': readonly [string, readonly StringValue[]]
}
/** `{ "Fn::Select": [0, list] }`. */
export interface SelectIntrinsic {
  readonly 'Fn::Select': readonly [number | string, unknown]
}
/** `{ "Fn::If": ["Condition", a, b] }`. */
export interface IfIntrinsic {
  readonly 'Fn::If': readonly [string, unknown, unknown]
}

/** Any supported CloudFormation intrinsic function. */
export type Intrinsic =
  | RefIntrinsic
  | GetAttIntrinsic
  | SubIntrinsic
  | ImportValueIntrinsic
  | JoinIntrinsic
  | SelectIntrinsic
  | IfIntrinsic

/** A literal string, or an intrinsic that resolves to one at deploy time. */
export type StringValue = string | Intrinsic

/** A literal number, or an intrinsic that resolves to one at deploy time. */
export type NumberValue = number | Intrinsic

const INTRINSIC_KEYS: ReadonlySet<string> = new Set([
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::ImportValue',
  'Fn::Join',
  'Fn::Select',
  'Fn::If',
])

/**
 * True when `value` is a single-key object naming a supported intrinsic function.
 *
 * @example
 * ```ts
 * isIntrinsic({ Ref: 'MyFunction' }) // true
 * isIntrinsic('arn:aws:lambda:...')  // false
 * ```
 */
export function isIntrinsic(value: unknown): value is Intrinsic {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length === 1 && INTRINSIC_KEYS.has(keys[0] as string)
}
