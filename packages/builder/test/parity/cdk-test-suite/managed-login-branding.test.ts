/**
 * The CDK's `managed-login-branding.test.ts` (an L2 newer than aws-cdk-lib 2.276.0), replayed
 * through `withManagedLoginBranding`. The oracle is 2.276.0's `CfnManagedLoginBranding`, placed
 * where the L2 puts it (`<id>/Resource`), with the values the L2 passes it.
 */
import { Construct } from 'constructs'
import { describe, expect, it } from 'vitest'
import * as ours from '../../../src/index.js'
import { expectParity, type ParityCase } from '../support/parity.js'

type L2Props = {
  clientId?: 'client' | string
  assets?: Record<string, unknown>[]
  settings?: Record<string, unknown>
  useCognitoProvidedValues?: boolean
  returnMergedResources?: boolean
}

/** `new ManagedLoginBranding(stack, 'ManagedLoginBranding', { userPoolId: pool.userPoolId, ...props })`. */
function branding(
  props: L2Props,
  ourOptions: Omit<ours.ManagedLoginBrandingOptions<'Client'>, 'client'> & { client?: 'Client' },
): ParityCase {
  return {
    constructPaths: { ManagedLoginBranding: ['ManagedLoginBranding'] },
    cdk: (stack, l) => {
      const pool = new l.cognito.UserPool(stack, 'UserPool')
      const client = pool.addClient('Client')
      const { clientId, assets, ...rest } = props
      new l.cognito.CfnManagedLoginBranding(new Construct(stack, 'ManagedLoginBranding'), 'Resource', {
        userPoolId: pool.userPoolId,
        ...(clientId === undefined ? {} : { clientId: clientId === 'client' ? client.userPoolClientId : clientId }),
        ...(assets ? { assets: assets as never } : {}),
        ...rest,
      })
    },
    ours: () =>
      ours.userPool('UserPool').withClient('Client').withManagedLoginBranding('ManagedLoginBranding', ourOptions),
  }
}

const ASSETS = (m: typeof ours | any) => [
  {
    category: m.AssetCategory.PAGE_HEADER_LOGO,
    colorMode: m.ColorMode.LIGHT,
    extension: m.AssetExtension.PNG,
    bytes: 'YmFzZTY0LWVuY29kZWQtaW1hZ2UtZGF0YQ==',
  },
  {
    category: m.AssetCategory.FAVICON_SVG,
    colorMode: m.ColorMode.DYNAMIC,
    extension: m.AssetExtension.SVG,
    bytes: 'c3ZnLWltYWdlLWRhdGEtaW4tYmFzZTY0',
  },
]

const SETTINGS = {
  components: {
    pageBackground: { lightMode: { color: 'ffffffff' }, darkMode: { color: '0f1b2aff' } },
    primaryButton: { lightMode: { defaults: { backgroundColor: '0972d3ff', textColor: 'ffffffff' } } },
  },
  categories: { global: { colorSchemeMode: 'LIGHT', spacingDensity: 'REGULAR' } },
}

const rules = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    if (e instanceof ours.DefinitionValidationError) return e.issues.map((i) => i.rule)
    throw e
  }
  throw new Error('accepted')
}

describe('CDK managed-login-branding.test.ts', () => {
  it('without a client: refused, Cognito requires one (DEVIATIONS: managed login branding)', () => {
    expect(rules(() => ours.userPool('UserPool').withManagedLoginBranding('ManagedLoginBranding', {}))).toEqual([
      'BrandingClientRequired',
    ])
  })

  it('with a client of the pool (client.userPoolClientId)', () =>
    expectParity(
      branding(
        { clientId: 'client', useCognitoProvidedValues: true },
        { client: 'Client', useCognitoProvidedValues: true },
      ),
    ))

  it('with a client given by its id (clientId: pool.clientId(...)), as the CDK prop', () => {
    const c = branding({ clientId: 'client', useCognitoProvidedValues: true }, { useCognitoProvidedValues: true })
    expectParity({
      ...c,
      ours: () => {
        const pool = ours.userPool('UserPool').withClient('Client')
        return pool.withManagedLoginBranding('ManagedLoginBranding', {
          clientId: pool.clientId('Client', { logicalIds: 'cdk', stackId: 'S' }),
          useCognitoProvidedValues: true,
        })
      },
    })
  })

  it('with a string client id', () =>
    expectParity(
      branding(
        { clientId: 'abc123def456ghi', useCognitoProvidedValues: true },
        { clientId: 'abc123def456ghi', useCognitoProvidedValues: true },
      ),
    ))

  it('with assets (AssetCategory, ColorMode, AssetExtension)', () =>
    expectParity(branding({ clientId: 'client', assets: ASSETS(ours) }, { client: 'Client', assets: ASSETS(ours) })))

  it('with settings', () =>
    expectParity(branding({ clientId: 'client', settings: SETTINGS }, { client: 'Client', settings: SETTINGS })))

  it('useCognitoProvidedValues', () =>
    expectParity(
      branding(
        { clientId: 'client', useCognitoProvidedValues: true },
        { client: 'Client', useCognitoProvidedValues: true },
      ),
    ))

  it.each([
    [
      'settings',
      { settings: { components: { primaryButton: { lightMode: { defaults: { backgroundColor: '0972d3ff' } } } } } },
    ],
    ['assets', { assets: ASSETS(ours).slice(0, 1) }],
  ])('useCognitoProvidedValues with %s is refused with the CDK message', (_n, extra) => {
    let message = ''
    try {
      ours
        .userPool('UserPool')
        .withClient('Client')
        .withManagedLoginBranding('ManagedLoginBranding', {
          client: 'Client',
          useCognitoProvidedValues: true,
          ...extra,
        })
    } catch (e) {
      message = (e as ours.DefinitionValidationError).issues.map((i) => `${i.rule}: ${i.message}`).join()
    }
    expect(message).toMatch(
      /UseCognitoProvidedValuesConflict: When useCognitoProvidedValues is true, settings and assets must be omitted/,
    )
  })

  it('returnMergedResources', () =>
    expectParity(
      branding(
        { clientId: 'client', useCognitoProvidedValues: true, returnMergedResources: true },
        { client: 'Client', useCognitoProvidedValues: true, returnMergedResources: true },
      ),
    ))

  it('client and clientId together are refused', () => {
    expect(
      rules(() =>
        ours
          .userPool('UserPool')
          .withClient('Client')
          .withManagedLoginBranding('ManagedLoginBranding', { client: 'Client', clientId: 'abc' }),
      ),
    ).toEqual(['BrandingClientConflict'])
  })

  it('a branding id is the resource attribute ManagedLoginBrandingId', () => {
    const t = ours
      .userPool('UserPool')
      .withClient('Client')
      .withManagedLoginBranding('ManagedLoginBranding', { client: 'Client', useCognitoProvidedValues: true })
      .toCloudFormation()
    expect(Object.values(t.Resources).filter((r) => r.Type === 'AWS::Cognito::ManagedLoginBranding')).toHaveLength(1)
  })
})
