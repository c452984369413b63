import { cdkLogicalId } from '../internal/logical-id.js'
import type { RenderContext } from './render-context.js'

/**
 * Logical IDs of the pool's children: app clients, domains, resource servers, groups and the
 * beyond-CDK resources sit under the pool (`<pool>/<id>/Resource`), as the CDK's `pool.addClient(id)`,
 * unless `constructPaths` places the child elsewhere.
 */
export function childLogicalId(ctx: RenderContext, id: string): string {
  const path = ctx.options.logicalIds === 'cdk' ? ctx.options.constructPaths[id] : undefined
  return path === undefined ? ctx.logicalId(id, 'Resource') : cdkLogicalId([...path, 'Resource'])
}

/** The id of the pool's log-delivery configuration (one per pool). */
export const LOG_DELIVERY_ID = 'LogDelivery'

/** An output name made of an id's letters and digits and a suffix (`Web` → `WebClientId`). */
export function outputName(id: string, suffix: string): string {
  return `${id.replace(/[^A-Za-z0-9]/g, '')}${suffix}`
}
