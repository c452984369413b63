/**
 * The command `npm start` runs: its output, its exit codes, and SIGINT / SIGTERM turning into a
 * clean stop (a fake process object delivers the signals, the rest is real).
 */
import { EventEmitter } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pools, renderOptions } from '@cognito-kit-examples/trigger-handlers'
import { afterAll, describe, expect, it } from 'vitest'
import { type CliProcess, loadPoolSources, main } from '../src/cli.js'

const root = mkdtempSync(join(tmpdir(), 'main-job-root-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const sources = [{ name: 'trigger-handlers', pools, renderOptions }]

function fakeProcess(): CliProcess & EventEmitter & { env: Record<string, string | undefined> } {
  return Object.assign(new EventEmitter(), { env: {} as Record<string, string | undefined> })
}

describe('main', () => {
  it('prints each step and a closing line, writes out/, and exits 0', async () => {
    const out: string[] = []
    const proc = fakeProcess()
    const code = await main({ root, process: proc, sources, print: (t) => out.push(t), printError: (t) => out.push(t) })
    expect(code).toBe(0)
    const text = out.join('\n')
    expect(text).toMatch(/^ 1\. synthesize the example pools to CloudFormation +\d+ ms$/m)
    expect(text).toMatch(/^10\. stop everything the job started +\d+ ms$/m)
    expect(text).toMatch(
      /Done in \d+\.\d s: pool local_\w+, user jane\.doe@example\.org \(.+\) signed up, confirmed, signed in; tokens verified\. Nothing left running\./,
    )
    expect(existsSync(join(root, 'out', 'example-app.json'))).toBe(true)
    // The signal listeners are gone afterwards.
    expect(proc.listenerCount('SIGINT') + proc.listenerCount('SIGTERM')).toBe(0)
    expect(proc.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED).toBe('true')
  })

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('stops cleanly on %s and exits %i', async (signal, expected) => {
    const out: string[] = []
    const proc = fakeProcess()
    const code = await main({
      root,
      process: proc,
      sources,
      print: (t) => {
        out.push(t)
        if (t.includes('start cognito-local')) proc.emit(signal)
      },
      printError: (t) => out.push(t),
    })
    expect(code).toBe(expected)
    const text = out.join('\n')
    expect(text).toContain(`${signal}: stopping what the main job started...`)
    expect(text).toContain(
      `main job interrupted before "provision" (received ${signal}); everything it started has been stopped`,
    )
    expect(text).not.toContain('Done in')
  })

  it('exits 1 with the failed step when a step fails', async () => {
    const errors: string[] = []
    const code = await main({
      root,
      process: fakeProcess(),
      sources: [
        {
          name: 'broken',
          pools: {
            'example-app': pools['example-app'] as never,
            bad: {
              toCloudFormation: () => {
                throw new Error('boom')
              },
            },
          },
        },
      ],
      print: () => undefined,
      printError: (t) => errors.push(t),
    })
    expect(code).toBe(1)
    expect(errors.join('\n')).toContain('main job FAILED: step "synthesize"')
    expect(errors.join('\n')).toContain('broken: bad: boom')
  })
})

describe('loadPoolSources', () => {
  it('imports the built examples that export pools, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'main-job-examples-'))
    try {
      const { writeFileSync } = await import('node:fs')
      for (const [name, body] of [
        [
          'alpha',
          'export const pools = { a: { toCloudFormation: () => ({ Resources: {} }) } }\nexport const renderOptions = () => ({})\n',
        ],
        ['beta', 'export const other = 1\n'],
      ] as const) {
        mkdirSync(join(dir, 'examples', name, 'dist'), { recursive: true })
        writeFileSync(join(dir, 'examples', name, 'dist', 'index.js'), body)
      }
      mkdirSync(join(dir, 'examples', 'gamma'))
      const loaded = await loadPoolSources(dir)
      expect(loaded.map((s) => s.name)).toEqual(['alpha'])
      expect(Object.keys(loaded[0]?.pools ?? {})).toEqual(['a'])
      expect(typeof loaded[0]?.renderOptions).toBe('function')
      expect(await loadPoolSources(join(dir, 'nowhere'))).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
