import type { StringValue } from '../intrinsic.js'

/**
 * A string from literal and intrinsic parts, as the CDK renders a tokenized string: a plain
 * string when every part is literal, otherwise `Fn::Join` with adjacent literals merged.
 */
export function fnJoin(parts: readonly StringValue[]): StringValue {
  const merged: StringValue[] = []
  for (const part of parts) {
    const last = merged[merged.length - 1]
    if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part
    else if (part !== '') merged.push(part)
  }
  if (merged.length === 0) return ''
  if (merged.length === 1 && typeof merged[0] === 'string') return merged[0]
  return { 'Fn::Join': ['', merged] }
}

/** `{ Ref: 'AWS::Partition' }` and friends. */
export const PSEUDO = {
  partition: { Ref: 'AWS::Partition' },
  region: { Ref: 'AWS::Region' },
  accountId: { Ref: 'AWS::AccountId' },
  urlSuffix: { Ref: 'AWS::URLSuffix' },
} as const
