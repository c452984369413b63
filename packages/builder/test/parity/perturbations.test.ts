/**
 * Edge values against the CDK: a valid drawn combination with one literal setting replaced by an
 * edge value (empty, blank, very long, non-ASCII, a placeholder, an address, zero, negative,
 * fractional, huge, the other boolean), built on both sides. Whatever the outcome, it must be one
 * the project stands behind:
 * - both accept: the same resources (listed deviations applied), and a template that passes the spec check;
 * - both refuse: the builder reports the CDK's rule code — or, where the CDK fails in another layer
 *   (importing an ARN, its L1 type check, the stack region), a rule DEVIATIONS.md lists;
 * - only the builder refuses: every rule it reports is named in DEVIATIONS.md;
 * - only the CDK refuses: never.
 *
 * `PERTURB_SEED` and `PERTURB_COUNT` change the seed and the number of cases (for exploring).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DefinitionValidationError } from '../../src/index.js'
import { checkTemplate } from '../support/cfn-spec.js'
import { buildOurs, buildWithCdk, renderOptions } from './support/combination-build.js'
import { expectationOf } from './support/combination-expectations.js'
import { drawValid } from './support/combination-generator.js'
import type { Combo } from './support/combination-spec.js'
import { perturb } from './support/perturb.js'
import { SeededRandom } from './support/seeded-random.js'

const SEED = Number(process.env.PERTURB_SEED ?? 0x7e57)
const COUNT = Number(process.env.PERTURB_COUNT ?? 500)

/** Every code named in DEVIATIONS.md (backticked identifiers). */
const DOCUMENTED: ReadonlySet<string> = new Set(
  [
    ...readFileSync(new URL('../../../../DEVIATIONS.md', import.meta.url), 'utf8').matchAll(/`([A-Z][A-Za-z0-9]+)`/g),
  ].map((m) => m[1] as string),
)

/** CDK failures outside its cognito rules: importing a malformed ARN, its L1 type check, an unknown stack region. */
const CDK_OTHER_LAYER = new Set(['ArnsMustStartWithArn', 'MissingRequiredProperty', 'IsRequiredYourStackRegion'])

type Outcome<T> = { ok: true; value: T } | { ok: false; codes: readonly string[]; detail: string }

function cdkOutcome(combo: Combo): Outcome<ReturnType<typeof buildWithCdk>> {
  try {
    return { ok: true, value: buildWithCdk(expectationOf(combo).cdkCombo) }
  } catch (e) {
    return { ok: false, codes: [(e as Error).name], detail: (e as Error).message }
  }
}

function ourOutcome(combo: Combo): Outcome<ReturnType<ReturnType<typeof buildOurs>['toCloudFormation']>> {
  try {
    return { ok: true, value: buildOurs(combo).toCloudFormation(renderOptions(combo)) }
  } catch (e) {
    if (!(e instanceof DefinitionValidationError)) throw e
    return { ok: false, codes: e.issues.map((i) => i.rule), detail: e.message }
  }
}

const rng = new SeededRandom(SEED)
const cases = Array.from({ length: COUNT }, () => {
  const r = rng.fork()
  return perturb(drawValid(r).combo, r)
}).filter((c) => c !== undefined)

describe(`edge values (seed ${SEED}): the builder agrees with the CDK or differs as DEVIATIONS.md says`, () => {
  it.each(cases.map((c, i) => [i, c.change, c] as const))('#%i %s', (_i, _change, { combo }) => {
    const context = JSON.stringify(combo)
    const cdk = cdkOutcome(combo)
    const ours = ourOutcome(combo)
    if (cdk.ok && ours.ok) {
      const expected = expectationOf(combo).resources(cdk.value.resources)
      expect(Object.keys(ours.value.Resources).sort(), context).toEqual(Object.keys(expected).sort())
      for (const [id, resource] of Object.entries(expected)) {
        expect(JSON.stringify(ours.value.Resources[id]), `${id} in ${context}`).toBe(JSON.stringify(resource))
      }
      expect(checkTemplate(ours.value)).toEqual([])
    } else if (!cdk.ok && ours.ok) {
      expect.fail(`the CDK refuses (${cdk.codes[0]}: ${cdk.detail}) what the builder accepts: ${context}`)
    } else if (cdk.ok && !ours.ok) {
      expect(
        ours.codes.filter((c) => !DOCUMENTED.has(c)),
        `rules refusing what the CDK accepts must be listed in DEVIATIONS.md: ${ours.detail}`,
      ).toEqual([])
    } else if (!cdk.ok && !ours.ok) {
      const same = ours.codes.includes(cdk.codes[0] as string)
      const otherLayer = CDK_OTHER_LAYER.has(cdk.codes[0] as string) && ours.codes.some((c) => DOCUMENTED.has(c))
      expect(same || otherLayer, `CDK ${cdk.codes[0]} (${cdk.detail}) vs builder ${ours.codes.join(', ')}`).toBe(true)
    }
  })
})
