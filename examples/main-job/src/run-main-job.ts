/**
 * The main job: the example app pool from `examples/trigger-handlers`, end to end and offline.
 *
 * 1. synthesize the example pools to CloudFormation (`out/`);
 * 2. start the triggers package's local Lambda host with the app's handlers;
 * 3. start cognito-local, with the triggers the pool definition wires;
 * 4. provision the pool through the builder's `apply()`;
 * 5. sign a user up (pre sign-up and custom message run; cognito-local "emails" the code);
 * 6. confirm them with the emailed code (post confirmation puts them in the `members` group);
 * 7. sign them in (pre token generation adds the app's claims to the ID token);
 * 8. verify both tokens with the runtime's verifier, through cognito-local's JWKS URL;
 * 9. call the backend example with the access token (`/me` answers, the scoped `/orders` refuses);
 * 10. stop everything it started, also when a step fails or the job is interrupted.
 *
 * @module
 */
import { createConnection } from 'node:net'
import { performance } from 'node:perf_hooks'
import {
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider'
import { apply } from '@cognito-kit/builder/sdk'
import { type LocalCognito, type LocalTriggerName, startLocalCognito } from '@cognito-kit/local-cognito'
import { CognitoJwtInvalidTokenUseError, createCognitoVerifier } from '@cognito-kit/runtime'
import {
  cognitoLocalEvents,
  type HostedFunction,
  type LambdaHost,
  startLambdaHost,
} from '@cognito-kit/triggers/lambda-host'
import { createBackendVerifier, startBackend } from '@cognito-kit-examples/backend'
import {
  APP_RENDER_OPTIONS,
  appPool,
  cognitoGroupMembership,
  customMessageHandler,
  MEMBERS_GROUP,
  postConfirmationHandler,
  preSignUpHandler,
  preTokenGenerationV1Handler,
} from '@cognito-kit-examples/trigger-handlers'
import { DeliveredMessages } from './delivered-messages.js'
import { MainJobError } from './main-job-error.js'
import type { MainJobReport, StepReport, TriggerRun } from './main-job-report.js'
import { type PoolSource, synthesizePools } from './synthesize-pools.js'

/** The user the job signs up. */
export interface MainJobUser {
  readonly email: string
  readonly password: string
  /** The workspace (`custom:tenant`); the pre sign-up handler refuses sign-ups without one. */
  readonly tenant: string
}

/** The embedded default user. */
export const DEFAULT_USER: MainJobUser = Object.freeze({
  email: 'jane.doe@example.org',
  password: 'correct-horse-battery-9',
  tenant: 'acme',
})

/** Options of {@link runMainJob}. All have embedded defaults. */
export interface MainJobOptions {
  /**
   * Write the CloudFormation of these example pools to `outDir` first (step 1).
   * @default - the app pool only, to no directory: synthesis is skipped
   */
  readonly synthesize?: { readonly outDir: string; readonly sources: readonly PoolSource[] }
  /**
   * Who signs up.
   * @default DEFAULT_USER
   */
  readonly user?: MainJobUser
  /** Stops the job (everything started is stopped, then it rejects with `ERR_MAIN_JOB_INTERRUPTED`). */
  readonly signal?: AbortSignal
  /** Called as each step finishes, for progress output. */
  readonly onStep?: (step: StepReport, index: number) => void
  /** Receives cognito-local's own log lines. @default - dropped */
  readonly cognitoLocalLog?: (line: string) => void
  /**
   * Milliseconds a step may take.
   * @default 30000
   */
  readonly stepTimeoutMs?: number
}

/** cognito-local's trigger names for the definition's trigger operations (the ones it can run). */
const LOCAL_TRIGGERS: Readonly<Record<string, LocalTriggerName>> = {
  preSignUp: 'PreSignUp',
  customMessage: 'CustomMessage',
  postConfirmation: 'PostConfirmation',
  postAuthentication: 'PostAuthentication',
  preTokenGeneration: 'PreTokenGeneration',
  userMigration: 'UserMigration',
  customEmailSender: 'CustomEmailSender',
}

const functionNameOf = (arn: unknown): string | undefined =>
  typeof arn === 'string' && arn.startsWith('arn:') ? arn.split(':')[6] : undefined

const ms = (start: number) => Math.round(performance.now() - start)

function portClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })
}

function showClaims(claims: Readonly<Record<string, unknown>>): string {
  return Object.entries(claims)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ')
}

function showRuns(runs: readonly TriggerRun[]): string {
  if (runs.length === 0) return 'no trigger ran'
  return runs
    .map((r) => `${r.functionName} (${r.triggerSource})${r.ok ? '' : ` failed: ${r.error ?? 'error'}`}`)
    .join(', ')
}

/**
 * Runs the main job and resolves to its report once everything it started has stopped.
 *
 * @throws {MainJobError} `ERR_MAIN_JOB_STEP_FAILED` naming the step (with the cause), or
 *   `ERR_MAIN_JOB_INTERRUPTED` when `signal` aborts; in both cases after everything was stopped.
 * @example
 * ```ts
 * const report = await runMainJob({ onStep: (step, i) => console.log(i, step.title, step.lines.join('; ')) })
 * console.log(report.addedIdTokenClaims) // { tenant: 'acme', plan: 'free' }
 * ```
 */
export async function runMainJob(options: MainJobOptions = {}): Promise<MainJobReport> {
  const user = options.user ?? DEFAULT_USER
  const timeoutMs = options.stepTimeoutMs ?? 30_000
  const jobStart = performance.now()
  const steps: StepReport[] = []
  const stops: { readonly name: string; readonly stop: () => Promise<string | undefined> }[] = []
  const messages = new DeliveredMessages()

  const interrupted = (stepId: string, phase: 'before' | 'during') =>
    new MainJobError(
      'ERR_MAIN_JOB_INTERRUPTED',
      stepId,
      `interrupted ${phase} "${stepId}"${options.signal?.reason instanceof Error ? ` (${options.signal.reason.message})` : ''}`,
      { completed: steps },
    )

  async function step<T>(id: string, title: string, work: (lines: string[]) => Promise<T>): Promise<T> {
    if (options.signal?.aborted) throw interrupted(id, 'before')
    const started = performance.now()
    const lines: string[] = []
    const running = work(lines)
    running.catch(() => undefined)
    let timer: NodeJS.Timeout | undefined
    let onAbort: (() => void) | undefined
    try {
      const result = await Promise.race([
        running,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`the step took longer than ${timeoutMs} ms`)), timeoutMs)
          onAbort = () => reject(interrupted(id, 'during'))
          options.signal?.addEventListener('abort', onAbort, { once: true })
        }),
      ])
      const report: StepReport = Object.freeze({ id, title, durationMs: ms(started), lines: Object.freeze(lines) })
      steps.push(report)
      options.onStep?.(report, steps.length)
      return result
    } catch (error) {
      if (error instanceof MainJobError) throw error
      const reason =
        error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error)
      throw new MainJobError('ERR_MAIN_JOB_STEP_FAILED', id, `step "${id}" (${title}) failed: ${reason}`, {
        cause: error,
        completed: steps,
      })
    } finally {
      clearTimeout(timer)
      if (onAbort) options.signal?.removeEventListener('abort', onAbort)
    }
  }

  /** Stops everything started so far, newest first; resolves to what it said about each. */
  async function stopAll(): Promise<string[]> {
    const said: string[] = []
    while (stops.length > 0) {
      const { name, stop } = stops.pop() as (typeof stops)[number]
      try {
        const line = await stop()
        if (line !== undefined) said.push(line)
      } catch (error) {
        said.push(`${name}: could not stop (${error instanceof Error ? error.message : String(error)})`)
      }
    }
    return said
  }

  const definition = appPool.toDefinition()
  const operations = definition.triggers.operations
  const triggerFunctions: Partial<Record<LocalTriggerName, string>> = {}
  for (const [operation, trigger] of Object.entries(operations)) {
    const local = LOCAL_TRIGGERS[operation]
    const name = functionNameOf(trigger.lambdaArn)
    if (local !== undefined && name !== undefined) triggerFunctions[local] = name
  }

  let client: CognitoIdentityProviderClient | undefined
  const handlers: Readonly<Record<string, HostedFunction>> = {
    preSignUp: preSignUpHandler as HostedFunction,
    customMessage: customMessageHandler as HostedFunction,
    // The client exists by the time cognito-local runs the trigger.
    postConfirmation: postConfirmationHandler({
      groups: {
        addUserToGroup: (pool, username, group) =>
          cognitoGroupMembership(client as CognitoIdentityProviderClient).addUserToGroup(pool, username, group),
      },
    }) as HostedFunction,
    preTokenGeneration: preTokenGenerationV1Handler as HostedFunction,
  }

  let host: LambdaHost | undefined
  const runsSince = (from: number): TriggerRun[] =>
    (host?.invocations ?? []).slice(from).map((i) => ({
      functionName: i.functionName,
      triggerSource: String((i.event as { triggerSource?: unknown } | null)?.triggerSource ?? '?'),
      ok: i.outcome.ok,
      ...(i.outcome.ok ? {} : { error: i.outcome.errorMessage }),
    }))

  try {
    let templates: readonly string[] = []
    if (options.synthesize !== undefined) {
      const { outDir, sources } = options.synthesize
      templates = await step('synthesize', 'synthesize the example pools to CloudFormation', async (lines) => {
        const result = synthesizePools(outDir, sources)
        const bySource = new Map<string, number>()
        for (const s of result.summary) bySource.set(s.source, (bySource.get(s.source) ?? 0) + 1)
        const n = result.summary.length
        lines.push(
          `${n} template${n === 1 ? '' : 's'} in ${outDir}: ${[...bySource].map(([s, k]) => `${k} from ${s}`).join(', ')}`,
        )
        const app = result.summary.find((s) => s.file === 'example-app.json')
        if (app !== undefined) {
          const counts = new Map<string, number>()
          for (const r of app.resources) counts.set(r, (counts.get(r) ?? 0) + 1)
          lines.push(
            `example-app.json: ${[...counts].map(([type, n]) => (n > 1 ? `${n} × ${type}` : type)).join(', ')}`,
          )
        }
        return result.files
      })
    }

    host = await step('lambda-host', 'start the local Lambda host with the app’s handlers', async (lines) => {
      const functions: Record<string, HostedFunction> = {}
      for (const [operation, trigger] of Object.entries(operations)) {
        const name = functionNameOf(trigger.lambdaArn)
        const handler = handlers[operation]
        if (name === undefined || handler === undefined) {
          throw new Error(`the app pool wires ${operation}, for which the job has no handler`)
        }
        functions[name] = handler
      }
      const pending = startLambdaHost({ functions, adaptEvent: cognitoLocalEvents })
      stops.push({
        name: 'lambda host',
        stop: async () => {
          const started = await pending.catch(() => undefined)
          if (started === undefined) return undefined
          await started.stop()
          return `lambda host stopped (port ${started.port} ${(await portClosed(started.port)) ? 'closed' : 'STILL OPEN'})`
        },
      })
      const started = await pending
      lines.push(`${started.url} serves ${Object.keys(functions).join(', ')}`)
      return started
    })

    const cognito = await step('cognito-local', 'start cognito-local with the pool’s triggers', async (lines) => {
      const pending = startLocalCognito({
        lambdaEndpoint: (host as LambdaHost).url,
        triggers: triggerFunctions,
        log: (line) => {
          messages.push(line)
          options.cognitoLocalLog?.(line)
        },
      })
      stops.push({
        name: 'cognito-local',
        stop: async () => {
          const started = await pending.catch(() => undefined)
          if (started === undefined) return undefined
          await started.stop()
          const gone = (() => {
            try {
              process.kill(started.pid, 0)
              return false
            } catch {
              return true
            }
          })()
          return `cognito-local stopped (pid ${started.pid} ${gone ? 'exited' : 'STILL RUNNING'}, port ${started.port} ${(await portClosed(started.port)) ? 'closed' : 'STILL OPEN'})`
        },
      })
      const started: LocalCognito = await pending
      client = new CognitoIdentityProviderClient({ ...started.clientConfig, maxAttempts: 1 })
      stops.push({
        name: 'SDK client',
        stop: async () => {
          client?.destroy()
          return undefined
        },
      })
      lines.push(`${started.endpoint} (pid ${started.pid})`)
      lines.push(
        `triggers: ${Object.entries(triggerFunctions)
          .map(([trigger, fn]) => `${trigger} → ${fn}`)
          .join(', ')}`,
      )
      return started
    })
    const sdk = client as CognitoIdentityProviderClient

    const provisioned = await step('provision', 'provision the app pool with apply()', async (lines) => {
      const result = await apply(appPool, sdk, APP_RENDER_OPTIONS)
      lines.unshift(`${result.created.map((c) => `${c.command} ${c.id} → ${c.physicalId}`).join(', ')}`)
      return result
    })
    const userPoolId = provisioned.userPoolId
    const clientId = provisioned.clients.web.clientId

    const signedUp = await step('sign-up', `sign ${user.email} up`, async (lines) => {
      const from = host?.invocations.length ?? 0
      const skip = messages.all.length
      const answer = await sdk.send(
        new SignUpCommand({
          ClientId: clientId,
          Username: user.email,
          Password: user.password,
          UserAttributes: [
            { Name: 'email', Value: user.email },
            { Name: 'custom:tenant', Value: user.tenant },
          ],
        }),
      )
      const runs = runsSince(from)
      const message = await messages.waitFor(user.email, 5000, skip)
      if (message.code === undefined) throw new Error('the delivered message carries no code')
      lines.push(`SignUp → sub ${answer.UserSub}, ${answer.UserConfirmed ? 'confirmed' : 'not confirmed yet'}`)
      lines.push(`ran ${showRuns(runs)}`)
      lines.push(
        `cognito-local emailed ${message.destination}: "${message.emailSubject ?? '(no subject)'}", code ${message.code}`,
      )
      return { sub: answer.UserSub as string, code: message.code, runs }
    })

    await step('confirm', 'confirm the sign-up with the emailed code', async (lines) => {
      const from = host?.invocations.length ?? 0
      await sdk.send(
        new ConfirmSignUpCommand({ ClientId: clientId, Username: user.email, ConfirmationCode: signedUp.code }),
      )
      const runs = runsSince(from)
      const groups = await sdk.send(
        new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: signedUp.sub }),
      )
      const names = (groups.Groups ?? []).map((g) => g.GroupName)
      if (!names.includes(MEMBERS_GROUP)) throw new Error(`the user is not in ${MEMBERS_GROUP} after confirmation`)
      lines.push(`ConfirmSignUp with code ${signedUp.code}`)
      lines.push(`ran ${showRuns(runs)}; the user's groups: ${names.join(', ')}`)
      return { runs }
    })

    const signedIn = await step('sign-in', 'sign in with USER_PASSWORD_AUTH', async (lines) => {
      const from = host?.invocations.length ?? 0
      const answer = await sdk.send(
        new InitiateAuthCommand({
          ClientId: clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: user.email, PASSWORD: user.password },
        }),
      )
      const tokens = answer.AuthenticationResult
      if (tokens?.IdToken === undefined || tokens.AccessToken === undefined) throw new Error('no tokens in the answer')
      const runs = runsSince(from)
      const preToken = (host?.invocations ?? [])
        .slice(from)
        .find((i) => String((i.event as { triggerSource?: unknown }).triggerSource).startsWith('TokenGeneration_'))
      const overrides = (
        preToken?.outcome.ok
          ? (preToken.outcome.result as { response?: { claimsOverrideDetails?: Record<string, unknown> } }).response
              ?.claimsOverrideDetails
          : undefined
      ) as { claimsToAddOrOverride?: Record<string, unknown>; claimsToSuppress?: string[] } | undefined
      lines.push(
        `InitiateAuth → ID token ${tokens.IdToken.length} B, access token ${tokens.AccessToken.length} B, ${tokens.RefreshToken ? 'refresh token' : 'no refresh token'}${tokens.ExpiresIn === undefined ? '' : `, expires in ${tokens.ExpiresIn} s`}`,
      )
      lines.push(`ran ${showRuns(runs)}`)
      if (overrides?.claimsToAddOrOverride) {
        lines.push(
          `the handler adds ${showClaims(overrides.claimsToAddOrOverride)}${overrides.claimsToSuppress?.length ? `, suppresses ${overrides.claimsToSuppress.join(', ')}` : ''}`,
        )
      }
      return {
        idToken: tokens.IdToken,
        accessToken: tokens.AccessToken,
        added: overrides?.claimsToAddOrOverride ?? {},
        suppressed: overrides?.claimsToSuppress ?? [],
        runs,
      }
    })

    const verified = await step('verify', 'verify both tokens with the runtime verifier', async (lines) => {
      const custom = { issuer: cognito.issuer(userPoolId), jwksUri: cognito.jwksUri(userPoolId) }
      const idVerifier = createCognitoVerifier({
        userPoolId,
        tokenUse: 'id',
        clientId,
        groups: MEMBERS_GROUP,
        definition,
        unsafeCustomIssuer: custom,
      })
      const accessVerifier = createCognitoVerifier({
        userPoolId,
        tokenUse: 'access',
        clientId,
        groups: MEMBERS_GROUP,
        scope: 'aws.cognito.signin.user.admin',
        unsafeCustomIssuer: custom,
      })
      const id = await idVerifier.verify(signedIn.idToken)
      const access = await accessVerifier.verify(signedIn.accessToken)
      for (const [claim, value] of Object.entries(signedIn.added)) {
        if (id[claim] !== value) {
          throw new Error(
            `the pre-token handler added ${claim}=${String(value)}, the ID token has ${String(id[claim])}`,
          )
        }
      }
      for (const claim of signedIn.suppressed) {
        if (claim in id) throw new Error(`the pre-token handler suppressed ${claim}, the ID token still has it`)
      }
      const minutes = (exp: number) => Math.round((exp - Date.now() / 1000) / 60)
      lines.push(
        `ID token ✓ signature (JWKS ${custom.jwksUri}), iss, aud ${id.aud}, token_use id, group ${MEMBERS_GROUP}, expires in ${minutes(id.exp)} min`,
      )
      lines.push(
        `   claims added by the pre-token handler: ${showClaims(signedIn.added)}${signedIn.suppressed.length ? `; ${signedIn.suppressed.join(', ')} absent as asked` : ''}; custom:tenant=${String(id['custom:tenant'])}`,
      )
      lines.push(
        `access token ✓ client_id ${access.client_id}, scope ${access.scope ?? '(none)'}, group ${MEMBERS_GROUP}, expires in ${minutes(access.exp)} min`,
      )
      const refused = await idVerifier.verify(signedIn.accessToken).then(
        () => undefined,
        (error: unknown) => error,
      )
      if (!(refused instanceof CognitoJwtInvalidTokenUseError)) {
        throw new Error('the ID-token verifier accepted the access token')
      }
      lines.push(`the access token is refused where an ID token is expected (${refused.name})`)
      return { id, access }
    })

    const backendAnswers = await step('backend', 'call the backend example with the access token', async (lines) => {
      const pending = startBackend({
        verifier: createBackendVerifier({
          userPoolId,
          clientId,
          unsafeCustomIssuer: { issuer: cognito.issuer(userPoolId), jwksUri: cognito.jwksUri(userPoolId) },
        }),
      })
      stops.push({
        name: 'backend',
        stop: async () => {
          const started = await pending.catch(() => undefined)
          if (started === undefined) return undefined
          await started.stop()
          return `backend stopped (port ${started.port} ${(await portClosed(started.port)) ? 'closed' : 'STILL OPEN'})`
        },
      })
      const api = await pending
      const call = async (path: string) => {
        const response = await fetch(`${api.url}${path}`, {
          headers: { authorization: `Bearer ${signedIn.accessToken}` },
        })
        const body = (await response.json()) as Record<string, unknown>
        return { path, status: response.status, challenge: response.headers.get('www-authenticate'), body }
      }
      const me = await call('/me')
      if (me.status !== 200 || me.body.sub !== signedUp.sub) {
        throw new Error(`GET /me answered ${me.status} ${JSON.stringify(me.body)}`)
      }
      lines.push(`${api.url} GET /me → 200: sub ${String(me.body.sub)}, groups ${JSON.stringify(me.body.groups)}`)
      // cognito-local grants no resource-server scopes, so the scoped route must refuse the token.
      const orders = await call('/orders')
      if (orders.status !== 403) throw new Error(`GET /orders answered ${orders.status}, expected 403`)
      lines.push(`GET /orders → 403 ${orders.challenge ?? ''}`)
      lines.push(
        '   (cognito-local grants no resource-server scopes; the web-signin example gets orders/read from its stand-in)',
      )
      return { api: api.port, answers: [me, orders] }
    })

    const shutDown = await step('shut-down', 'stop everything the job started', async (lines) => {
      lines.push(...(await stopAll()))
      return lines
    })
    const stillRunning = shutDown.filter((l) => l.includes('STILL') || l.includes('could not stop'))
    if (stillRunning.length > 0) {
      throw new MainJobError('ERR_MAIN_JOB_STEP_FAILED', 'shut-down', `could not stop: ${stillRunning.join('; ')}`, {
        completed: steps,
      })
    }

    return Object.freeze({
      steps: Object.freeze([...steps]),
      totalMs: ms(jobStart),
      userPoolId,
      clientId,
      user: { email: user.email, sub: signedUp.sub },
      triggers: Object.freeze(runsSince(0)),
      addedIdTokenClaims: Object.freeze({ ...signedIn.added }),
      idTokenClaims: verified.id,
      accessTokenClaims: verified.access,
      started: {
        cognitoLocal: { port: cognito.port, pid: cognito.pid },
        lambdaHost: { port: (host as LambdaHost).port },
        backend: { port: backendAnswers.api },
      },
      backend: backendAnswers.answers.map(({ path, status }) => ({ path, status })),
      templates,
    })
  } finally {
    await stopAll()
  }
}
