/** Helpers for the CDK's identity-provider tests (`user-pool-idps/*.test.ts`). */
import { expect } from 'vitest'
import { cdkLogicalId } from '../../../../src/internal/logical-id.js'
import { expectParityExcept } from '../../resource-sides.js'
import { expectParity } from '../../support/parity.js'
import { type Api, cdkAccepts, type IdpKind, mirror, ourRefusal } from './mirror.js'

/** The CDK tests' ids: pool `userpool`, provider `userpoolidp`. */
export const POOL = 'userpool'
export const IDP = 'userpoolidp'

const SAML_BOOLEAN_DETAILS = ['IDPSignout', 'EncryptedResponses', 'IDPInit']

/**
 * Parity of one provider (built at stack level, as the CDK tests do). `customKeys` are the
 * attribute-mapping `custom` keys the builder prefixes with `custom:` (R4); SAML booleans are
 * strings in the builder's `ProviderDetails` (R5).
 */
export function expectIdpParity(
  kind: IdpKind,
  props: (a: Api) => Record<string, unknown>,
  options: {
    id?: string
    customKeys?: readonly string[]
    poolProps?: (a: Api) => Record<string, unknown>
    client?: boolean
  } = {},
): void {
  const id = options.id ?? IDP
  const c = mirror(
    (p) => {
      p.idp(kind, id, props(p.a))
      if (options.client) p.client('Client')
    },
    { poolId: POOL, ...(options.poolProps ? { props: options.poolProps } : {}) },
  )
  if (kind !== 'saml' && !options.customKeys?.length) {
    expectParity(c)
    return
  }
  expectParityExcept(c, (r) => {
    const res = r[cdkLogicalId([id, 'Resource'])]
    const details = res.Properties.ProviderDetails
    if (kind === 'saml')
      for (const k of SAML_BOOLEAN_DETAILS) if (typeof details[k] === 'boolean') details[k] = String(details[k])
    const mapping = res.Properties.AttributeMapping
    if (mapping && options.customKeys?.length) {
      res.Properties.AttributeMapping = Object.fromEntries(
        Object.entries(mapping).map(([k, v]) => [options.customKeys?.includes(k) ? `custom:${k}` : k, v]),
      )
    }
    return r
  })
}

/**
 * The CDK test maps `custom` keys the pool does not declare: the CDK accepts, the builder refuses
 * (R23: `UndeclaredCustomAttribute`, once per key).
 */
export function expectUndeclaredRefusal(kind: IdpKind, props: (a: Api) => Record<string, unknown>, keys: number): void {
  const build = (p: any) => p.idp(kind, IDP, props(p.a))
  cdkAccepts(build, { poolId: POOL })
  expect(ourRefusal(build, { poolId: POOL }).map((i) => i.rule)).toEqual(Array(keys).fill('UndeclaredCustomAttribute'))
}
