/**
 * Single-value perturbations of a drawn combination: one literal leaf (a string, number or boolean
 * of the props or of a step) replaced by an edge value — empty, blank, long, non-ASCII, a
 * placeholder, an address, a URL, zero, negative, fractional, huge, or the other boolean.
 */
import type { Combo, Value } from './combination-spec.js'
import type { SeededRandom } from './seeded-random.js'

const STRINGS = [
  '',
  ' ',
  'a'.repeat(300),
  'ü',
  '{####}',
  'x@y',
  '-',
  'a b',
  'a,b "c"',
  'https://e.example.com/x',
  'arn:aws:iam::123456789012:role/r',
  '0',
]
const NUMBERS = [0, 1, -1, 0.5, 3, 2049, 1e9]

/**
 * Keys whose values describe the combination rather than a setting (tags of specials, ids, kinds),
 * and tagged values whose literal only names a stand-in (`$: 'secret'` names a Secrets Manager
 * secret, `version` a trigger's Lambda version).
 */
const STRUCTURAL = new Set([
  '$',
  'cls',
  'member',
  'method',
  'unit',
  'kind',
  'idpKind',
  'id',
  'operation',
  'server',
  'version',
])

type Path = readonly (string | number)[]

function leaves(v: unknown, path: Path, out: Path[]): void {
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) leaves(x, [...path, i], out)
  } else if (typeof v === 'object' && v !== null) {
    if ((v as { $?: unknown }).$ === 'secret') return
    for (const [k, x] of Object.entries(v)) if (!STRUCTURAL.has(k)) leaves(x, [...path, k], out)
  } else if (v !== undefined && path.length > 0) out.push(path)
}

/** The combination with one leaf replaced, and a readable name of the change; `undefined` without leaves. */
export function perturb(combo: Combo, r: SeededRandom): { combo: Combo; change: string } | undefined {
  const copy = structuredClone({ props: combo.props, steps: combo.steps }) as { props: Value; steps: Value }
  const paths: Path[] = []
  leaves(copy, [], paths)
  if (paths.length === 0) return undefined
  const path = r.pick(paths)
  let parent: any = copy
  for (const k of path.slice(0, -1)) parent = parent[k]
  const key = path[path.length - 1] as string | number
  const old: unknown = parent[key]
  parent[key] = typeof old === 'string' ? r.pick(STRINGS) : typeof old === 'number' ? r.pick(NUMBERS) : !old
  const change = `${path.join('.')} = ${JSON.stringify(parent[key]).slice(0, 40)}`
  return { combo: { ...combo, props: copy.props as Combo['props'], steps: copy.steps as Combo['steps'] }, change }
}
