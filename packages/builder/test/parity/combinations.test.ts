/**
 * Combinatorial parity: a seeded generator draws hundreds of combinations of every user-pool,
 * client, domain, identity-provider, resource-server and group setting; each is built with the
 * AWS CDK and with the builder (`logicalIds: 'cdk'`, stack `S`, sometimes an `env` or a nested
 * scope), and the resources must be identical byte for byte — or differ exactly as DEVIATIONS.md
 * says, where the combination triggers a listed deviation. Domain base URLs and sign-in URLs are
 * compared too. Every template passes the resource-spec check, renders deterministically and
 * survives a JSON round trip of its definition. Invalid combinations (a valid one with one rule
 * broken) must be refused by both sides with the same rule code and message, or — for the rules
 * DEVIATIONS.md lists — accepted by the CDK and refused by the builder. A last block checks that
 * the draws cover every prop and enum member of the installed CDK's typings.
 *
 * `COMBO_SEED`, `COMBO_COUNT` and `COMBO_INVALID` change the seed and the numbers of draws (for
 * exploring; the defaults are what CI runs).
 */
import * as cdk from 'aws-cdk-lib'
import * as cognito from 'aws-cdk-lib/aws-cognito'
import { describe, expect, it } from 'vitest'
import { type DefinitionIssue, DefinitionValidationError, fromDefinition } from '../../src/index.js'
import { cdkInterfaceProps } from '../support/cdk-interface-props.js'
import { checkTemplate } from '../support/cfn-spec.js'
import { buildOurs, buildWithCdk, cdkRefusal, ourUrls, renderOptions } from './support/combination-build.js'
import { DEVIATION_NAMES, expectationOf } from './support/combination-expectations.js'
import { type Draw, drawValid } from './support/combination-generator.js'
import { CDK_RULES, type Mutation, OUR_RULES } from './support/combination-mutations.js'
import { type Combo, isSpecial, type Value } from './support/combination-spec.js'
import { SeededRandom } from './support/seeded-random.js'

const SEED = Number(process.env.COMBO_SEED ?? 0x2762)
const VALID = Number(process.env.COMBO_COUNT ?? 400)
const mutations: readonly Mutation[] = [...CDK_RULES, ...OUR_RULES]
/** Each invalid-settings rule three times, on different bases. */
const INVALID = Number(process.env.COMBO_INVALID ?? mutations.length * 3)

const rng = new SeededRandom(SEED)
const valid: Draw[] = Array.from({ length: VALID }, () => drawValid(rng.fork()))

describe(`valid combinations (seed ${SEED}): the builder emits the CDK's resources`, () => {
  const seen = new Map<string, number>()
  it.each(valid.map((draw, i) => [i, draw] as const))('#%i', (_i, { combo, urls }) => {
    const expectation = expectationOf(combo, urls)
    for (const d of expectation.deviations) seen.set(d, (seen.get(d) ?? 0) + 1)
    const cdk = buildWithCdk(expectation.cdkCombo, urls)
    const expected = expectation.resources(cdk.resources)
    const pool = buildOurs(combo)
    const options = renderOptions(combo)
    const template = pool.toCloudFormation(options)
    const context = JSON.stringify(combo)
    expect(Object.keys(template.Resources).sort(), context).toEqual(Object.keys(expected).sort())
    for (const [id, resource] of Object.entries(expected)) {
      expect(template.Resources[id], `${id} in ${context}`).toEqual(resource)
      expect(JSON.stringify(template.Resources[id]), id).toBe(JSON.stringify(resource))
    }
    expect(ourUrls(pool, combo, urls), context).toEqual(expectation.urls(cdk.urls))
    expect(checkTemplate(template)).toEqual([])
    const bytes = JSON.stringify(template)
    expect(JSON.stringify(pool.toCloudFormation(options))).toBe(bytes)
    const again = fromDefinition(JSON.parse(JSON.stringify(pool.toDefinition())))
    expect(JSON.stringify(again.toCloudFormation(options))).toBe(bytes)
  })
})

/** Every issue the builder reports for a combination (at userPool(), a with* call or toCloudFormation()). */
function ourIssues(combo: Combo): readonly DefinitionIssue[] {
  let pool: ReturnType<typeof buildOurs>
  try {
    pool = buildOurs(combo)
  } catch (e) {
    if (e instanceof DefinitionValidationError) return e.issues
    throw e
  }
  // Cross-setting rules run at the terminals; validate() reports the same issues without throwing.
  const result = pool.validate()
  let thrown: unknown
  try {
    pool.toCloudFormation(renderOptions(combo))
  } catch (e) {
    thrown = e
  }
  if (!(thrown instanceof DefinitionValidationError)) throw new Error(`the builder accepted ${JSON.stringify(combo)}`)
  expect(result.success).toBe(false)
  if (!result.success) expect(result.issues).toEqual(thrown.issues)
  return thrown.issues
}

/**
 * Rules whose CDK message is not the start of ours: the CDK prints its patterns with the
 * backslashes lost (`[^_p{Z}]…`); the builder prints them intact.
 */
const REPHRASED = new Set(['DefaultRedirectUriInvalidPattern', 'ExpectedProviderNameMatch'])

const invalid = Array.from({ length: INVALID }, (_, i) => {
  const mutation = mutations[i % mutations.length] as Mutation
  const r = rng.fork()
  const { combo, path } = mutation.apply(drawValid(r).combo, r)
  return { mutation, combo, path }
})

describe(`invalid combinations (seed ${SEED}): refused by both sides with the same rule, or by the builder on purpose`, () => {
  it.each(invalid.map((c, i) => [i, c.mutation.name, c] as const))('#%i %s', (_i, _name, { mutation, combo, path }) => {
    const context = JSON.stringify(combo)
    const cdk = cdkRefusal(expectationOf(combo).cdkCombo)
    if (mutation.cdk === null) expect(cdk, `the CDK accepts ${context}`).toBeUndefined()
    else expect(cdk?.code, context).toBe(mutation.cdk)
    const issues = ourIssues(combo)
    expect(
      issues.map((i) => ({ path: i.path, rule: i.rule })),
      context,
    ).toContainEqual({ path, rule: mutation.rule })
    // Where both refuse, the builder's message starts with the CDK's (whose own details it may add to).
    if (cdk !== undefined && mutation.cdk === mutation.rule && !REPHRASED.has(mutation.rule)) {
      const messages = issues.filter((i) => i.path === path && i.rule === mutation.rule).map((i) => i.message)
      expect(
        messages.some((m) => m.startsWith(cdk.message.replace(/\.$/, ''))),
        `${cdk.message} | ${messages}`,
      ).toBe(true)
    }
  })
})

/** Keys used, by where they were used (`UserPoolProps`, `OAuthSettings`, ...), and enum members by class. */
function usage(combos: readonly Combo[]) {
  const keys = new Map<string, Set<string>>()
  const members = new Map<string, Set<string>>()
  const add = (map: Map<string, Set<string>>, where: string, names: Iterable<string>) => {
    const set = map.get(where) ?? new Set<string>()
    for (const n of names) set.add(n)
    map.set(where, set)
  }
  const objectKeys = (v: Value | undefined) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && !isSpecial(v) ? Object.keys(v) : []
  const walk = (v: Value | undefined): void => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (isSpecial(v)) {
      if (v.$ === 'member') add(members, v.cls, [v.member])
      if (v.$ === 'call') {
        add(members, v.cls, [`${v.method}()`])
        v.args.forEach(walk)
        if (v.method === 'withSES') add(keys, 'UserPoolSESOptions', objectKeys(v.args[0]))
      }
      if (v.$ === 'new') walk(v.props)
    } else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk)
  }
  const IDP_PROPS = {
    amazon: 'UserPoolIdentityProviderAmazonProps',
    facebook: 'UserPoolIdentityProviderFacebookProps',
    google: 'UserPoolIdentityProviderGoogleProps',
    apple: 'UserPoolIdentityProviderAppleProps',
    oidc: 'UserPoolIdentityProviderOidcProps',
    saml: 'UserPoolIdentityProviderSamlProps',
  } as const
  for (const combo of combos) {
    add(keys, 'UserPoolProps', Object.keys(combo.props))
    walk(combo.props)
    for (const step of combo.steps) {
      switch (step.kind) {
        case 'trigger':
          add(members, 'UserPoolOperation', [step.operation])
          if (step.version !== undefined) add(members, 'LambdaVersion', [step.version])
          walk(step.fn)
          break
        case 'client':
          add(keys, 'UserPoolClientOptions', Object.keys(step.options))
          add(keys, 'OAuthSettings', objectKeys(step.options.oAuth))
          add(keys, 'AnalyticsConfiguration', objectKeys(step.options.analytics))
          walk(step.options)
          break
        case 'domain':
          add(keys, 'UserPoolDomainOptions', Object.keys(step.options))
          walk(step.options)
          break
        case 'group':
          add(keys, 'UserPoolGroupOptions', Object.keys(step.options))
          walk(step.options)
          break
        case 'resourceServer':
          add(keys, 'UserPoolResourceServerOptions', Object.keys(step.options))
          break
        case 'idp':
          add(
            keys,
            IDP_PROPS[step.idpKind],
            Object.keys(step.props).filter((k) => k !== 'attributeMapping'),
          )
          add(
            keys,
            'UserPoolIdentityProviderProps',
            Object.keys(step.props).filter((k) => k === 'attributeMapping'),
          )
          walk(step.props)
      }
    }
  }
  return { keys, members }
}

describe(`the draws (seed ${SEED}) cover every setting`, () => {
  const all = [...valid.map((d) => d.combo), ...invalid.map((c) => c.combo)]
  const { keys, members } = usage(all)

  it.each([
    'UserPoolProps',
    'UserPoolSESOptions',
    'UserPoolClientOptions',
    'OAuthSettings',
    'AnalyticsConfiguration',
    'UserPoolDomainOptions',
    'UserPoolGroupOptions',
    'UserPoolResourceServerOptions',
    'UserPoolIdentityProviderAmazonProps',
    'UserPoolIdentityProviderFacebookProps',
    'UserPoolIdentityProviderGoogleProps',
    'UserPoolIdentityProviderAppleProps',
    'UserPoolIdentityProviderOidcProps',
    'UserPoolIdentityProviderSamlProps',
  ])("every prop of the CDK's %s", (name) => {
    expect([...(keys.get(name) ?? [])].sort()).toEqual(cdkInterfaceProps(name).sort())
  })

  it('attribute mappings (the IdP base props less the pool)', () => {
    expect(cdkInterfaceProps('UserPoolIdentityProviderProps').filter((p) => p !== 'userPool')).toEqual([
      ...(keys.get('UserPoolIdentityProviderProps') ?? []),
    ])
  })

  it.each([
    ['Mfa', cognito.Mfa],
    ['AccountRecovery', cognito.AccountRecovery],
    ['VerificationEmailStyle', cognito.VerificationEmailStyle],
    ['LambdaVersion', cognito.LambdaVersion],
    ['AdvancedSecurityMode', cognito.AdvancedSecurityMode],
    ['FeaturePlan', cognito.FeaturePlan],
    ['StandardThreatProtectionMode', cognito.StandardThreatProtectionMode],
    ['CustomThreatProtectionMode', cognito.CustomThreatProtectionMode],
    ['PasskeyUserVerification', cognito.PasskeyUserVerification],
    ['ManagedLoginVersion', cognito.ManagedLoginVersion],
    ['OidcAttributeRequestMethod', cognito.OidcAttributeRequestMethod],
    ['SigningAlgorithm', cognito.SigningAlgorithm],
    ['UserPoolOperation', cognito.UserPoolOperation],
    ['OAuthScope', cognito.OAuthScope],
    ['UserPoolClientIdentityProvider', cognito.UserPoolClientIdentityProvider],
    ['ProviderAttribute', cognito.ProviderAttribute],
  ] as const)('every member of %s', (cls, values) => {
    const expected = Object.keys(values).filter((k) => !/^\d+$/.test(k))
    // INBOUND_FEDERATION is the builder's (the CDK's tests reach it through UserPoolOperation.of()).
    const used = [...(members.get(cls) ?? [])].filter((m) => !m.endsWith('()') && m !== 'INBOUND_FEDERATION')
    expect(used.sort()).toEqual(expected.sort())
  })

  it('every factory: custom scopes, custom providers, other provider attributes, both email kinds, both SAML metadata kinds', () => {
    expect([...(members.get('OAuthScope') ?? [])]).toContain('custom()')
    expect([...(members.get('UserPoolClientIdentityProvider') ?? [])]).toContain('custom()')
    expect([...(members.get('ProviderAttribute') ?? [])]).toContain('other()')
    expect([...(members.get('UserPoolEmail') ?? [])].sort()).toEqual(['withCognito()', 'withSES()'])
    expect([...(members.get('UserPoolIdentityProviderSamlMetadata') ?? [])].sort()).toEqual(['file()', 'url()'])
    expect([...(members.get('RemovalPolicy') ?? [])].sort()).toEqual(Object.keys(cdk.RemovalPolicy).sort())
  })

  it('children of every kind constructed on their own (RenderOptions.constructPaths)', () => {
    const placed = new Set(
      valid.flatMap(({ combo }) =>
        combo.steps.flatMap((s) => ('id' in s && combo.constructPaths?.[s.id] !== undefined ? [s.kind] : [])),
      ),
    )
    expect([...placed].sort()).toEqual(['client', 'domain', 'group', 'idp', 'resourceServer'])
  })

  it('every deliberate deviation of DEVIATIONS.md the expectations know, and every invalid-settings rule', () => {
    const used = new Set(valid.flatMap(({ combo, urls }) => expectationOf(combo, urls).deviations))
    expect([...used].sort()).toEqual([...DEVIATION_NAMES].sort())
    expect(new Set(invalid.map((c) => c.mutation.name)).size).toBe(mutations.length)
  })
})
