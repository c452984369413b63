/**
 * The main job in-process against real cognito-local and the local Lambda host: the report of
 * each step, the triggers that ran, the verified claims, and that nothing is left running
 * afterwards (ports closed, cognito-local exited), after success, failure and interruption.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pools, renderOptions } from '@cognito-kit-examples/trigger-handlers'
import { afterAll, describe, expect, it } from 'vitest'
import { MainJobError } from '../src/main-job-error.js'
import type { MainJobReport } from '../src/main-job-report.js'
import { runMainJob } from '../src/run-main-job.js'
import { alive, childPids, portClosed } from './support/processes.js'

const outDir = mkdtempSync(join(tmpdir(), 'main-job-out-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

async function expectNothingLeft(report: Pick<MainJobReport, 'started'>) {
  expect(await portClosed(report.started.cognitoLocal.port)).toBe(true)
  expect(await portClosed(report.started.lambdaHost.port)).toBe(true)
  expect(await portClosed(report.started.backend.port)).toBe(true)
  expect(alive(report.started.cognitoLocal.pid)).toBe(false)
  expect(childPids()).toEqual([])
}

const STEPS = [
  'synthesize',
  'lambda-host',
  'cognito-local',
  'provision',
  'sign-up',
  'confirm',
  'sign-in',
  'verify',
  'backend',
  'shut-down',
]

describe('runMainJob', () => {
  const reports: MainJobReport[] = []

  it.each([1, 2])('run %i: provisions, signs up, confirms, signs in, verifies and stops everything', async () => {
    let childrenWhileRunning: number[] = []
    const report = await runMainJob({
      synthesize: { outDir, sources: [{ name: 'trigger-handlers', pools, renderOptions }] },
      onStep: (step) => {
        if (step.id === 'cognito-local') childrenWhileRunning = childPids()
      },
    })
    reports.push(report)
    // The process check below does see cognito-local while it runs.
    expect(childrenWhileRunning).toContain(report.started.cognitoLocal.pid)
    expect(report.steps.map((s) => s.id)).toEqual(STEPS)

    // Synthesis wrote the app pool's template.
    expect(report.templates).toEqual(['example-app.json'])
    const template = JSON.parse(readFileSync(join(outDir, 'example-app.json'), 'utf8'))
    expect(Object.values(template.Resources).map((r) => (r as { Type: string }).Type)).toContain(
      'AWS::Cognito::UserPool',
    )

    // The handlers ran through cognito-local, in this order, without failures.
    expect(report.triggers.map((t) => [t.functionName, t.triggerSource, t.ok])).toEqual([
      ['example-app-pre-sign-up', 'PreSignUp_SignUp', true],
      ['example-app-custom-message', 'CustomMessage_SignUp', true],
      ['example-app-post-confirmation', 'PostConfirmation_ConfirmSignUp', true],
      ['example-app-pre-token-generation', 'TokenGeneration_Authentication', true],
    ])

    // The verified tokens carry what the handlers did.
    expect(report.addedIdTokenClaims).toEqual({ tenant: 'acme', plan: 'free' })
    expect(report.idTokenClaims).toMatchObject({
      token_use: 'id',
      aud: report.clientId,
      sub: report.user.sub,
      email: 'jane.doe@example.org',
      tenant: 'acme',
      plan: 'free',
      'custom:tenant': 'acme',
      'cognito:groups': ['members'],
    })
    expect(report.accessTokenClaims).toMatchObject({
      token_use: 'access',
      client_id: report.clientId,
      'cognito:groups': ['members'],
    })
    expect(report.userPoolId).toMatch(/^local_/)

    // The backend example accepts the access token, and refuses it where a scope is needed.
    expect(report.backend).toEqual([
      { path: '/me', status: 200 },
      { path: '/orders', status: 403 },
    ])

    // The readable report.
    const text = (id: string) => report.steps.find((s) => s.id === id)?.lines.join('\n') ?? ''
    expect(text('sign-up')).toMatch(
      /cognito-local emailed jane\.doe@example\.org: "Welcome to Example App: confirm your email", code \d{6}/,
    )
    expect(text('sign-up')).toContain(
      'example-app-pre-sign-up (PreSignUp_SignUp), example-app-custom-message (CustomMessage_SignUp)',
    )
    expect(text('confirm')).toContain("the user's groups: members")
    expect(text('sign-in')).toContain('the handler adds tenant=acme, plan=free, suppresses custom:plan')
    expect(text('verify')).toContain('ID token ✓')
    expect(text('verify')).toContain('access token ✓')
    expect(text('shut-down')).toMatch(/cognito-local stopped \(pid \d+ exited, port \d+ closed\)/)
    expect(text('shut-down')).toMatch(/lambda host stopped \(port \d+ closed\)/)
    expect(text('shut-down')).toMatch(/backend stopped \(port \d+ closed\)/)
    expect(text('backend')).toContain('GET /orders → 403 Bearer realm="orders-api", error="insufficient_scope"')
    for (const step of report.steps) expect(step.durationMs).toBeGreaterThanOrEqual(0)

    await expectNothingLeft(report)
  })

  it('gets fresh ports, a fresh cognito-local and a fresh pool on the second run', () => {
    const [first, second] = reports
    expect(first && second).toBeTruthy()
    expect(second?.started.cognitoLocal.pid).not.toBe(first?.started.cognitoLocal.pid)
    expect(second?.user.sub).not.toBe(first?.user.sub)
  })

  it('skips synthesis when not asked for it', async () => {
    const report = await runMainJob()
    expect(report.steps.map((s) => s.id)).toEqual(STEPS.slice(1))
    await expectNothingLeft(report)
  })
})

describe('runMainJob when something goes wrong', () => {
  it('fails at the step that failed, with the cause, after stopping everything', async () => {
    const seen: number[] = []
    const error = await runMainJob({
      user: { email: 'spam@mailinator.com', password: 'correct-horse-battery-9', tenant: 'acme' },
      onStep: (step) => {
        if (step.id === 'cognito-local') seen.push(Number(/pid (\d+)/.exec(step.lines[0] ?? '')?.[1]))
      },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MainJobError)
    const e = error as MainJobError
    expect(e.code).toBe('ERR_MAIN_JOB_STEP_FAILED')
    expect(e.step).toBe('sign-up')
    expect(e.message).toContain('UserLambdaValidationException')
    expect(e.message).toContain('Sign-up is not possible with an address at mailinator.com')
    expect(e.completed.map((s) => s.id)).toEqual(['lambda-host', 'cognito-local', 'provision'])
    expect(seen).toHaveLength(1)
    expect(alive(seen[0] as number)).toBe(false)
    expect(childPids()).toEqual([])
  })

  it('stops everything when interrupted, and says where it was', async () => {
    const controller = new AbortController()
    let ports: number[] = []
    const error = await runMainJob({
      signal: controller.signal,
      onStep: (step) => {
        if (step.id === 'lambda-host') ports = [Number(/127\.0\.0\.1:(\d+)/.exec(step.lines[0] ?? '')?.[1])]
        if (step.id === 'provision') controller.abort(new Error('test abort'))
      },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MainJobError)
    expect(error).toMatchObject({ code: 'ERR_MAIN_JOB_INTERRUPTED', step: 'sign-up' })
    expect((error as Error).message).toBe('interrupted before "sign-up" (test abort)')
    expect(ports).toHaveLength(1)
    expect(await portClosed(ports[0] as number)).toBe(true)
    expect(childPids()).toEqual([])
  })

  it('stops cognito-local that is still starting when interrupted', async () => {
    const controller = new AbortController()
    const logged: string[] = []
    const error = await runMainJob({
      signal: controller.signal,
      cognitoLocalLog: (line) => logged.push(line),
      onStep: (step) => {
        // cognito-local takes most of a second to start: abort in the middle of it.
        if (step.id === 'lambda-host') setTimeout(() => controller.abort(new Error('test abort')), 100)
      },
    }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'ERR_MAIN_JOB_INTERRUPTED', step: 'cognito-local' })
    expect((error as Error).message).toBe('interrupted during "cognito-local" (test abort)')
    expect((error as MainJobError).completed.map((s) => s.id)).toEqual(['lambda-host'])
    expect(childPids()).toEqual([])
  })

  it('does not start anything when already interrupted', async () => {
    const error = await runMainJob({ signal: AbortSignal.abort() }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'ERR_MAIN_JOB_INTERRUPTED', completed: [] })
    expect(existsSync(outDir)).toBe(true)
  })
})
