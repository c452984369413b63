import { CognitoKitError } from '../errors.js'
import type { SdkCommandName, SdkStepKind } from './sdk-request.js'

/** Something `apply()` created before it stopped. */
export interface CreatedResource {
  readonly kind: SdkStepKind
  /** The part's id in the definition. */
  readonly id: string
  readonly command: SdkCommandName
  /** The created pool id, client id, domain, group name... */
  readonly physicalId: string
}

/**
 * Thrown by `apply()` when a request fails: which step, which command, what had already been
 * created (delete the pool to undo), and the SDK's error as `cause`.
 *
 * @example
 * ```ts
 * try { await apply(pool, client) } catch (e) { if (e instanceof ProvisioningError) console.log(e.step, e.created) }
 * ```
 */
export class ProvisioningError extends CognitoKitError {
  /** Index of the failed request in `toSdkRequests()`. */
  readonly stepIndex: number
  /** The failed request, as `<kind> <id>` (`client Web`). */
  readonly step: string
  readonly command: SdkCommandName
  /** Everything created before the failure, in order. */
  readonly created: readonly CreatedResource[]
  /** True when the endpoint does not implement the operation (e.g. cognito-local and domains). */
  readonly unsupported: boolean

  constructor(args: {
    stepIndex: number
    kind: SdkStepKind
    id: string
    command: SdkCommandName
    created: readonly CreatedResource[]
    cause: unknown
  }) {
    const reason = args.cause instanceof Error ? `${args.cause.name}: ${args.cause.message}` : String(args.cause)
    const unsupported = /unsupported|not ?implemented|unknown operation|UnknownOperation/i.test(reason)
    const made =
      args.created.length === 0 ? 'nothing' : args.created.map((c) => `${c.kind} ${c.id} (${c.physicalId})`).join(', ')
    super(
      'ERR_PROVISIONING_FAILED',
      `${args.command} for ${args.kind} ${args.id} failed${unsupported ? ' (the endpoint does not support this operation)' : ''}: ${reason}. Already created: ${made}.`,
      { cause: args.cause },
    )
    this.stepIndex = args.stepIndex
    this.step = `${args.kind} ${args.id}`
    this.command = args.command
    this.created = Object.freeze([...args.created])
    this.unsupported = unsupported
  }
}
