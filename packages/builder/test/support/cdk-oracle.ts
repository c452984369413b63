/**
 * The AWS CDK (aws-cdk-lib 2.276.0) as the parity oracle: synthesizes a stack in this process and
 * returns its template without CDK metadata, ready to compare with the builder's output.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as cdk from 'aws-cdk-lib'
import * as cognito from 'aws-cdk-lib/aws-cognito'
import * as iam from 'aws-cdk-lib/aws-iam'
import * as kms from 'aws-cdk-lib/aws-kms'
import * as lambda from 'aws-cdk-lib/aws-lambda'

export const lib = { cdk, cognito, iam, kms, lambda } as const
export type CdkLib = typeof lib

export interface CdkTemplate {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; [k: string]: unknown }>
  Outputs?: Record<string, unknown>
  [k: string]: unknown
}

export interface SynthOptions {
  /** Stack id. @default 'S' */
  readonly stackId?: string
  /** Stack environment; env-agnostic when absent. */
  readonly env?: { account?: string; region?: string }
}

const outdir = mkdtempSync(join(tmpdir(), 'cdk-oracle-'))
process.once('exit', () => rmSync(outdir, { recursive: true, force: true }))

/**
 * Synthesizes `build(stack, lib)` and returns the template with CDK metadata removed
 * (`Metadata` on resources, the `CDKMetadata` resource, the bootstrap parameter and rule).
 */
export function synthCdk(build: (stack: cdk.Stack, l: CdkLib) => void, options: SynthOptions = {}): CdkTemplate {
  // The built-in "CloudFormation Validate" report is off: it lints the CDK's own output (the
  // builder's templates get the resource-spec check instead) and would triple the synth time.
  const app = new cdk.App({
    outdir,
    builtinCloudFormationValidation: false,
    context: { '@aws-cdk/core:newStyleStackSynthesis': true },
  })
  const stack = new cdk.Stack(app, options.stackId ?? 'S', options.env ? { env: options.env } : {})
  build(stack, lib)
  const json = app.synth().getStackByName(stack.stackName).template as CdkTemplate
  return stripCdkMetadata(json)
}

/** Removes what the CDK adds for itself. */
export function stripCdkMetadata(template: CdkTemplate): CdkTemplate {
  const resources: CdkTemplate['Resources'] = {}
  for (const [id, res] of Object.entries(template.Resources ?? {})) {
    if (res.Type === 'AWS::CDK::Metadata') continue
    const { Metadata: _metadata, ...rest } = res
    resources[id] = rest as CdkTemplate['Resources'][string]
  }
  const out: CdkTemplate = { Resources: resources }
  if (template.Outputs && Object.keys(template.Outputs).length > 0) out.Outputs = template.Outputs
  return out
}

/** Keeps only the resources whose type matches (e.g. drop the Lambda functions a test created). */
export function onlyTypes(template: CdkTemplate, types: (t: string) => boolean): CdkTemplate['Resources'] {
  return Object.fromEntries(Object.entries(template.Resources).filter(([, r]) => types(r.Type)))
}
