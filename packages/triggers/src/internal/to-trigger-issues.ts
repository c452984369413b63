import type { core } from 'zod/mini'
import type { TriggerIssue } from '../errors.js'
import { typeName } from './type-name.js'

type Segment = string | number

/** Dotted path: `request.userAttributes.email`, `session[0].challengeName`. */
export function formatPath(segments: readonly Segment[]): string {
  let out = ''
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`
  return out
}

/** Builds one issue; `segments` are relative to the event root. */
export function issue(code: string, segments: readonly Segment[], message: string): TriggerIssue {
  return { code, path: formatPath(segments), segments, message }
}

/** zod's `expected` in words users know. */
function expectedName(expected: string): string {
  return expected === 'record' ? 'object' : expected
}

function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`
}

function describe(i: core.$ZodIssue): { code: string; message: string } {
  switch (i.code) {
    case 'invalid_type':
      return {
        code: i.code,
        message:
          'input' in i
            ? `expected ${expectedName(i.expected)}, received ${typeName(i.input)}`
            : `expected ${expectedName(i.expected)}`,
      }
    case 'invalid_value':
      return {
        code: i.code,
        message:
          i.values.length === 1
            ? `expected ${JSON.stringify(i.values[0])}`
            : `expected one of ${i.values.map((v) => JSON.stringify(v)).join(', ')}`,
      }
    case 'unrecognized_keys':
      return {
        code: i.code,
        message: `unknown ${i.keys.length === 1 ? 'key' : 'keys'} ${i.keys.map((k) => JSON.stringify(k)).join(', ')}: Cognito does not read ${i.keys.length === 1 ? 'it' : 'them'}`,
      }
    case 'too_big': {
      const unit = i.origin === 'string' ? 'character' : i.origin === 'array' ? 'item' : ''
      return {
        code: i.code,
        message: unit ? `must have at most ${plural(i.maximum, unit)}` : `must be at most ${i.maximum}`,
      }
    }
    case 'too_small': {
      const unit = i.origin === 'string' ? 'character' : i.origin === 'array' ? 'item' : ''
      return {
        code: i.code,
        message: unit ? `must have at least ${plural(i.minimum, unit)}` : `must be at least ${i.minimum}`,
      }
    }
    case 'invalid_format':
      return { code: i.code, message: `must match the ${i.format} format` }
    case 'invalid_key':
      return { code: i.code, message: `has an invalid key (${i.issues.map((s) => describe(s).message).join('; ')})` }
    case 'custom': {
      const rule = typeof i.params?.rule === 'string' ? i.params.rule : 'custom'
      return { code: rule, message: i.message }
    }
    default:
      return {
        code: i.code,
        message: i.message && i.message !== 'Invalid input' ? i.message : `is invalid (${i.code})`,
      }
  }
}

/** The union member whose issues got deepest: the closest shape, so its issues explain the failure best. */
function closest(errors: readonly (readonly core.$ZodIssue[])[]): readonly core.$ZodIssue[] | undefined {
  let best: readonly core.$ZodIssue[] | undefined
  let depth = -1
  for (const list of errors) {
    const d = Math.max(...list.map((i) => i.path.length))
    if (d > depth) {
      depth = d
      best = list
    }
  }
  return best
}

/**
 * Converts zod issues into value-free trigger issues (paths prefixed with `base`). Union failures
 * report the member that matched deepest, so a wrong nested field is named instead of "invalid input".
 */
export function toTriggerIssues(issues: readonly core.$ZodIssue[], base: readonly Segment[] = []): TriggerIssue[] {
  const out: TriggerIssue[] = []
  for (const i of issues) {
    const segments = [...base, ...(i.path as Segment[])]
    if (i.code === 'invalid_union' && i.errors.length > 0) {
      const best = closest(i.errors)
      // A nullable or optional wrapper fails with every member at the same depth: describe the types.
      if (best?.some((b) => b.path.length > 0)) {
        out.push(...toTriggerIssues(best as readonly core.$ZodIssue[], segments))
        continue
      }
      const expected = i.errors
        .flat()
        .map((e) =>
          e.code === 'invalid_type'
            ? expectedName(e.expected)
            : e.code === 'invalid_value'
              ? JSON.stringify(e.values[0])
              : '',
        )
        .filter((e) => e !== '')
      const received = 'input' in i ? `, received ${typeName(i.input)}` : ''
      out.push(
        issue(
          'invalid_type',
          segments,
          expected.length > 0
            ? `expected ${[...new Set(expected)].join(' or ')}${received}`
            : 'matches none of the allowed shapes',
        ),
      )
      continue
    }
    const d = describe(i)
    out.push(issue(d.code, segments, d.message))
  }
  return out
}
