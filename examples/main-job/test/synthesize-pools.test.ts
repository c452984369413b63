import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { APP_RENDER_OPTIONS, appPool } from '@cognito-kit-examples/trigger-handlers'
import { afterAll, describe, expect, it } from 'vitest'
import { synthesizePools } from '../src/synthesize-pools.js'

const dir = mkdtempSync(join(tmpdir(), 'synth-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('synthesizePools', () => {
  it('empties the directory, writes each pool with its render options, and the references', () => {
    writeFileSync(join(dir, 'stale.json'), '{}')
    const result = synthesizePools(dir, [
      { name: 'app', pools: { 'example-app': appPool }, renderOptions: () => APP_RENDER_OPTIONS, references: { a: 1 } },
    ])
    expect(readdirSync(dir).sort()).toEqual(['app-references.json', 'example-app.json'])
    expect(result.files).toEqual(['example-app.json', 'app-references.json'])
    expect(JSON.parse(readFileSync(join(dir, 'example-app.json'), 'utf8'))).toEqual(
      appPool.toCloudFormation(APP_RENDER_OPTIONS),
    )
    expect(result.summary[0]?.resources).toContain('Cognito::UserPool')
  })

  it('lists every pool it could not write, and writes the others', () => {
    const boom = {
      toCloudFormation: () => {
        throw new Error('boom')
      },
    }
    expect(() =>
      synthesizePools(dir, [
        { name: 'one', pools: { p: appPool, q: boom } },
        { name: 'two', pools: { p: appPool } },
      ]),
    ).toThrow(/could not synthesize every pool:\n {2}- one: q: boom\n {2}- two: pool name p is also used by one/)
    expect(readdirSync(dir)).toEqual(['p.json'])
  })
})
