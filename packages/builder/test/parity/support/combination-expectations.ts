/**
 * What the builder must emit for a combination, derived from what the CDK emitted: the same
 * resources and URLs, with each deliberate deviation of DEVIATIONS.md applied where the
 * combination triggers it (and only there). Every adjustment names the DEVIATIONS.md row it
 * stands for, so a test can report which ones a combination exercised.
 */
import { cdkLogicalId } from '../../../src/internal/logical-id.js'
import type { CdkTemplate } from '../../support/cdk-oracle.js'
import type { UrlCheck } from './combination-build.js'
import { SOCIAL_NAMES } from './combination-build.js'
import { type Combo, isSpecial, type Special, type Step, type Value } from './combination-spec.js'

/** The DEVIATIONS.md rows {@link expectationOf} applies (see its list). */
export const DEVIATION_NAMES = ['Q3', 'SES region', 'Q17', 'Q22', 'R1', 'R2', 'R3', 'R4', 'R5', 'R8', 'R11'] as const

/** A region the CDK side uses where the builder leaves the region to CloudFormation. */
export const PLACEHOLDER_REGION = 'zz-placeholder-9'

type Resources = Record<string, any>

/** The CDK build of a combination and how to turn its output into the builder's. */
export interface Expectation {
  /** What the CDK builds (the combination, or a variant where the CDK needs a value the builder does not). */
  readonly cdkCombo: Combo
  /** Names of the DEVIATIONS.md rows this combination exercises. */
  readonly deviations: readonly string[]
  readonly resources: (cdk: CdkTemplate['Resources']) => Resources
  readonly urls: (cdk: readonly unknown[]) => unknown[]
}

// The CDK's "simple phrase" class (with its `+-/` range) and ours (RFC 5322 atext and spaces).
const CDK_SIMPLE_PHRASE = /^[\w !#$%&'*+-/=?^_`{|}~]+$/
const OUR_PHRASE = /^[\w !#$%&'*+\-/=?^`{|}~]+$/
const QUOTED_STRING = /^"(?:[^\\"]|\\.)*"$/
const PRINTABLE_ASCII = /^[\u0020-\u007E]+$/

const specialOf = (v: Value | undefined): Special | undefined => (isSpecial(v) ? v : undefined)
const objectOf = (v: Value | undefined): { readonly [key: string]: Value } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !isSpecial(v)
    ? (v as { readonly [key: string]: Value })
    : {}

/** The options of `UserPoolEmail.withSES(options)`, when the pool sends through SES. */
function sesOptions(combo: Combo): { readonly [key: string]: Value } | undefined {
  const email = specialOf(combo.props.email)
  if (email?.$ !== 'call' || email.method !== 'withSES') return undefined
  return objectOf(email.args[0])
}

/** A scope value's name: `OAuthScope.X` or `OAuthScope.custom(name)`; `undefined` for resource-server scopes. */
function customScopeName(v: Value): string | undefined {
  const s = specialOf(v)
  return s?.$ === 'call' && s.cls === 'OAuthScope' && s.method === 'custom' ? (s.args[0] as string) : undefined
}

/** The name of a `UserPoolClientIdentityProvider` value. */
function providerNameOf(v: Value): string | undefined {
  const s = specialOf(v)
  if (s?.$ === 'call') return s.args[0] as string
  if (s?.$ === 'member') {
    const fixed: Record<string, string> = {
      APPLE: 'SignInWithApple',
      FACEBOOK: 'Facebook',
      GOOGLE: 'Google',
      AMAZON: 'LoginWithAmazon',
      COGNITO: 'COGNITO',
    }
    return fixed[s.member]
  }
  return undefined
}

/** Inserts `DependsOn` right after `Properties` (the CDK's key order). */
function withDependsOn(resource: any, dependsOn: string[]): any {
  const { Type, Properties, ...rest } = resource
  return { Type, Properties, DependsOn: dependsOn, ...rest }
}

/** The lambda ARNs the combination gives as imported functions, by trigger operation name. */
function importedTriggers(combo: Combo): { operation: string; arn: string }[] {
  const out: { operation: string; arn: string }[] = []
  for (const [operation, fn] of Object.entries(objectOf(combo.props.lambdaTriggers))) {
    const s = specialOf(fn)
    if (s?.$ === 'fnArn') out.push({ operation, arn: s.arn })
  }
  for (const step of combo.steps) {
    if (step.kind !== 'trigger') continue
    const s = specialOf(step.fn)
    const operation = step.operation.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())
    if (s?.$ === 'fnArn') out.push({ operation, arn: s.arn })
  }
  return out
}

/**
 * The expectation for a combination. Deviations (DEVIATIONS.md):
 * - `Q3` SES sender names with `,` or `.` are quoted;
 * - `SES region` an unknown stack region is `{ Ref: AWS::Region }` (the CDK needs `sesRegion`);
 * - `Q17` object-shaped triggers given through `lambdaTriggers` (or INBOUND_FEDERATION) have their object form;
 * - `Q22` functions given by ARN always get their invoke permission;
 * - `R1` a client's default providers are every provider of the pool;
 * - `R2` a client naming providers of the pool depends on them;
 * - `R3` `OAuthScope.custom` of a declared resource server is rendered as a resource-server scope;
 * - `R4` custom attribute mappings get their `custom:` prefix;
 * - `R5` SAML `ProviderDetails` are strings;
 * - `R8` a resource server with `scopes: []` has no `Scopes`;
 * - `R11` sign-in URLs encode their redirect URI.
 */
export function expectationOf(combo: Combo, urls: readonly UrlCheck[] = []): Expectation {
  const scope = combo.scope ?? []
  const poolLid = cdkLogicalId([...scope, combo.poolId, 'Resource'])
  const paths = combo.constructPaths ?? {}
  const childLid = (id: string) => cdkLogicalId([...(paths[id] ?? [...scope, combo.poolId, id]), 'Resource'])
  const idpLid = (id: string) => cdkLogicalId([...(paths[id] ?? [...scope, id]), 'Resource'])
  const deviations = new Set<string>()
  const adjust: ((r: Resources) => void)[] = []
  let cdkCombo = combo

  // SES: sender-name quoting (Q3) and the stack region the CDK cannot know.
  const ses = sesOptions(combo)
  if (ses !== undefined) {
    const name = ses.fromName
    if (
      typeof name === 'string' &&
      PRINTABLE_ASCII.test(name) &&
      CDK_SIMPLE_PHRASE.test(name) &&
      !OUR_PHRASE.test(name) &&
      !QUOTED_STRING.test(name)
    ) {
      deviations.add('Q3')
      adjust.push((r) => {
        const config = r[poolLid].Properties.EmailConfiguration
        const address = (config.From as string).slice(name.length + 1)
        config.From = `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}" ${address}`
      })
    }
    if (ses.sesRegion === undefined && combo.env?.region === undefined) {
      deviations.add('SES region')
      const email = specialOf(combo.props.email) as Special & { $: 'call' }
      cdkCombo = {
        ...cdkCombo,
        props: { ...combo.props, email: { ...email, args: [{ ...ses, sesRegion: PLACEHOLDER_REGION }] } },
      }
      adjust.push((r) => {
        const arn = r[poolLid].Properties.EmailConfiguration.SourceArn
        const parts: unknown[] = []
        for (const part of arn['Fn::Join'][1] as unknown[]) {
          if (typeof part !== 'string' || !part.includes(PLACEHOLDER_REGION)) {
            parts.push(part)
            continue
          }
          const [before, after] = part.split(PLACEHOLDER_REGION) as [string, string]
          parts.push(...[before, { Ref: 'AWS::Region' }, after].filter((p) => p !== ''))
        }
        arn['Fn::Join'][1] = parts
      })
    }
  }

  // Q22: imported functions get a permission unless the CDK can prove the account.
  for (const { operation, arn } of importedTriggers(combo)) {
    const account = arn.split(':')[4]
    if (combo.env?.account !== undefined && combo.env.account === account) continue
    deviations.add('Q22')
    const id = cdkLogicalId([
      ...scope,
      combo.poolId,
      `${operation.charAt(0).toUpperCase()}${operation.slice(1)}Cognito`,
    ])
    adjust.push((r) => {
      r[id] = {
        Type: 'AWS::Lambda::Permission',
        Properties: {
          Action: 'lambda:InvokeFunction',
          FunctionName: arn,
          Principal: 'cognito-idp.amazonaws.com',
          SourceArn: { 'Fn::GetAtt': [poolLid, 'Arn'] },
        },
      }
    })
  }

  // Q17: the object-shaped operations given through props, or INBOUND_FEDERATION, get their object form.
  const objectShaped = [
    ...Object.keys(objectOf(combo.props.lambdaTriggers)).filter(
      (op) => op === 'preTokenGenerationConfig' || op === 'inboundFederation',
    ),
    ...combo.steps
      .filter((s) => s.kind === 'trigger' && s.operation === 'INBOUND_FEDERATION')
      .map(() => 'inboundFederation'),
  ]
  for (const operation of objectShaped) {
    deviations.add('Q17')
    const key = `${operation.charAt(0).toUpperCase()}${operation.slice(1)}`
    adjust.push((r) => {
      const config = r[poolLid].Properties.LambdaConfig
      config[key] = { LambdaArn: config[key], LambdaVersion: 'V1_0' }
    })
  }

  const idps = combo.steps.filter((s): s is Step & { kind: 'idp' } => s.kind === 'idp')
  const servers = combo.steps.filter((s): s is Step & { kind: 'resourceServer' } => s.kind === 'resourceServer')
  combo.steps.forEach((step, index) => {
    if (step.kind === 'client') {
      const lid = childLid(step.id)
      const explicit = step.options.supportedIdentityProviders
      if (explicit === undefined) {
        // R1: providers declared after the client count too.
        if (combo.steps.slice(index + 1).some((s) => s.kind === 'idp')) {
          deviations.add('R1')
          adjust.push((r) => {
            r[lid].Properties.SupportedIdentityProviders = [...idps.map((p) => ({ Ref: idpLid(p.id) })), 'COGNITO']
          })
        }
      } else {
        // R2: a DependsOn on every provider of the pool the client names.
        const names = new Set((explicit as Value[]).map(providerNameOf))
        const named = idps
          .filter((p) => {
            const name = SOCIAL_NAMES[p.idpKind] ?? p.props.name
            // An OIDC/SAML name '' is no name (a derived one, which no client names here).
            return typeof name === 'string' && name !== '' && names.has(name)
          })
          .map((p) => idpLid(p.id))
        if (named.length > 0) {
          deviations.add('R2')
          adjust.push((r) => {
            r[lid] = withDependsOn(r[lid], [...new Set(named)].sort())
          })
        }
      }
      // R3: custom scopes of declared resource servers are rendered as resource-server scopes.
      const scopes = objectOf(step.options.oAuth).scopes as Value[] | undefined
      const identifiers = new Map(servers.map((s) => [s.options.identifier, childLid(s.id)]))
      const declaredCustom = (scopes ?? [])
        .map(customScopeName)
        .filter((n): n is string => n !== undefined && n.lastIndexOf('/') > 0)
        .filter((n) => identifiers.has(n.slice(0, n.lastIndexOf('/'))))
      if (declaredCustom.length > 0 && step.options.disableOAuth !== true) {
        deviations.add('R3')
        adjust.push((r) => {
          const seen = new Set<string>()
          const out: unknown[] = []
          for (const s of r[lid].Properties.AllowedOAuthScopes as unknown[]) {
            let value = s
            if (typeof s === 'string' && declaredCustom.includes(s)) {
              const slash = s.lastIndexOf('/')
              value = { 'Fn::Join': ['', [{ Ref: identifiers.get(s.slice(0, slash)) }, s.slice(slash)]] }
            }
            const key = JSON.stringify(value)
            if (!seen.has(key)) out.push(value)
            seen.add(key)
          }
          r[lid].Properties.AllowedOAuthScopes = out
        })
      }
    }
    if (step.kind === 'idp') {
      const lid = idpLid(step.id)
      const custom = objectOf(objectOf(step.props.attributeMapping).custom)
      if (Object.keys(custom).some((k) => !k.startsWith('custom:'))) {
        deviations.add('R4')
        adjust.push((r) => {
          const mapping = r[lid].Properties.AttributeMapping as Record<string, string>
          const out: Record<string, string> = {}
          for (const [k, v] of Object.entries(mapping)) {
            out[Object.hasOwn(custom, k) && !k.startsWith('custom:') ? `custom:${k}` : k] = v
          }
          r[lid].Properties.AttributeMapping = out
        })
      }
      if (step.idpKind === 'saml') {
        deviations.add('R5')
        adjust.push((r) => {
          const details = r[lid].Properties.ProviderDetails as Record<string, unknown>
          for (const [k, v] of Object.entries(details)) if (typeof v === 'boolean') details[k] = String(v)
        })
      }
    }
    if (step.kind === 'resourceServer' && step.options.scopes?.length === 0) {
      deviations.add('R8')
      const lid = childLid(step.id)
      adjust.push((r) => {
        delete r[lid].Properties.Scopes
      })
    }
  })

  const urlAdjust = urls.map((url) => {
    if (url.kind !== 'signInUrl') return (v: unknown) => v
    const encoded = encodeURIComponent(url.redirectUri)
    if (encoded !== url.redirectUri) deviations.add('R11')
    return (v: unknown) => {
      const needle = `redirect_uri=${url.redirectUri}`
      const fix = (s: string) => `${s.slice(0, s.lastIndexOf(needle))}redirect_uri=${encoded}`
      if (typeof v === 'string') return fix(v)
      const join = structuredClone(v) as { 'Fn::Join': [string, unknown[]] }
      const parts = join['Fn::Join'][1]
      parts[parts.length - 1] = fix(parts[parts.length - 1] as string)
      return join
    }
  })

  return {
    cdkCombo,
    deviations: [...deviations].sort(),
    resources: (cdk) => {
      const r = structuredClone(cdk) as Resources
      for (const f of adjust) f(r)
      return r
    },
    urls: (cdk) => cdk.map((v, i) => (urlAdjust[i] as (v: unknown) => unknown)(v)),
  }
}
