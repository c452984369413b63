/**
 * Parity harness: synthesizes the same settings with the AWS CDK and with the builder and requires
 * the same resources, byte for byte (logical IDs, properties, key order). Resources the CDK test
 * creates only to stand in for constructs (a Lambda function, a role, a key) are left out.
 */
import type * as cdk from 'aws-cdk-lib'
import type { IConstruct } from 'constructs'
import { expect } from 'vitest'
import { fromDefinition, type RenderOptions, type UserPoolBuilder } from '../../../src/index.js'
import { cdkLogicalId } from '../../../src/internal/logical-id.js'
import { type CdkLib, type CdkTemplate, synthCdk } from '../../support/cdk-oracle.js'
import { checkTemplate } from '../../support/cfn-spec.js'

/** Registers the constructs a CDK test creates only to stand in for ARNs. */
export interface StandIns {
  /** A Lambda function (inline code) whose ARN the builder gets as `Fn::GetAtt`. */
  fn(id: string): cdk.aws_lambda.Function
  /** An IAM role. */
  role(id: string, service?: string): cdk.aws_iam.Role
  /** A KMS key. */
  key(id: string): cdk.aws_kms.Key
}

/** `{ 'Fn::GetAtt': [<logical id of the stand-in's L1>, 'Arn'] }` for a stand-in at stack level. */
export const arnOf = (id: string): { 'Fn::GetAtt': [string, string] } => ({
  'Fn::GetAtt': [cdkLogicalId([id, 'Resource']), 'Arn'],
})

export interface ParityCase {
  /** The CDK side: build the pool (and its stand-ins) in `stack`. */
  readonly cdk: (stack: cdk.Stack, l: CdkLib, standIns: StandIns) => void
  /** The builder side. */
  readonly ours: () => UserPoolBuilder<any, any, any>
  /** Stack environment (both sides). */
  readonly env?: { account?: string; region?: string }
  /** Stack id (both sides). @default 'S' */
  readonly stackId?: string
  /** Construct path from the stack to the pool's parent (the builder's `RenderOptions.scope`). */
  readonly scope?: readonly string[]
  /** Children the CDK side creates with their own constructors (the builder's `RenderOptions.constructPaths`). */
  readonly constructPaths?: { readonly [childId: string]: readonly string[] }
}

/** Synthesizes the CDK side and drops the stand-ins (and anything created under them later). */
export function cdkResources(c: ParityCase): CdkTemplate['Resources'] {
  const drop = new Set<string>()
  const template = synthCdk(
    (stack, l) => {
      const registered: IConstruct[] = []
      const register = <T extends IConstruct>(construct: T): T => {
        registered.push(construct)
        return construct
      }
      const standIns: StandIns = {
        fn: (id) =>
          register(
            new l.lambda.Function(stack, id, {
              runtime: l.lambda.Runtime.NODEJS_20_X,
              handler: 'index.handler',
              code: l.lambda.Code.fromInline('exports.handler = async (e) => e'),
            }),
          ),
        role: (id, service = 'foo') =>
          register(new l.iam.Role(stack, id, { assumedBy: new l.iam.ServicePrincipal(service) })),
        key: (id) => register(new l.kms.Key(stack, id)),
      }
      c.cdk(stack, l, standIns)
      for (const construct of registered) {
        for (const child of construct.node.findAll()) {
          if (child instanceof l.cdk.CfnElement) drop.add(stack.resolve(child.logicalId) as string)
        }
      }
    },
    { stackId: c.stackId ?? 'S', ...(c.env ? { env: c.env } : {}) },
  )
  return Object.fromEntries(Object.entries(template.Resources).filter(([id]) => !drop.has(id)))
}

/** Renders the builder side with CDK-compatible logical IDs. */
export function ourTemplate(c: ParityCase) {
  return c.ours().toCloudFormation(renderOptions(c))
}

function renderOptions(c: ParityCase): RenderOptions {
  return {
    logicalIds: 'cdk',
    stackId: c.stackId ?? 'S',
    ...(c.env ? { env: c.env } : {}),
    ...(c.scope ? { scope: c.scope } : {}),
    ...(c.constructPaths ? { constructPaths: c.constructPaths } : {}),
  }
}

/**
 * Requires identical resources (same logical IDs, same properties, same key order), a template that
 * passes the resource-spec check, deterministic output, and a lossless JSON round trip of the definition.
 */
export function expectParity(c: ParityCase): void {
  const expected = cdkResources(c)
  const ours = ourTemplate(c)
  expect(Object.keys(ours.Resources).sort()).toEqual(Object.keys(expected).sort())
  for (const [id, resource] of Object.entries(expected)) {
    expect(ours.Resources[id], id).toEqual(resource)
    expect(JSON.stringify(ours.Resources[id]), id).toBe(JSON.stringify(resource))
  }
  expect(checkTemplate(ours)).toEqual([])
  const bytes = JSON.stringify(ours)
  expect(JSON.stringify(ourTemplate(c))).toBe(bytes)
  const again = fromDefinition(JSON.parse(JSON.stringify(c.ours().toDefinition())))
  expect(JSON.stringify(again.toCloudFormation(renderOptions(c)))).toBe(bytes)
}

/** The CDK's validation error code (`error.name`) for a construction that must fail. */
export function cdkErrorCode(build: (stack: cdk.Stack, l: CdkLib) => void): string {
  try {
    synthCdk(build)
  } catch (e) {
    return (e as Error).name
  }
  throw new Error('the CDK accepted the settings')
}
