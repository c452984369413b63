import type { UserPoolDefinition } from '../definition/user-pool-definition.js'
import type { CloudFormationOutput, CloudFormationResource } from './cloudformation-template.js'
import type { RenderContext } from './render-context.js'

/** Resources and outputs one renderer contributes. */
export interface RenderedPart {
  readonly resources: { readonly [logicalId: string]: CloudFormationResource }
  readonly outputs?: { readonly [name: string]: CloudFormationOutput }
}

/** A pure function from the definition to a part of the template. */
export type PartRenderer = (def: UserPoolDefinition, ctx: RenderContext) => RenderedPart
