/** The built `cognito-kit` binary on example modules, good and bad. */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const here = dirname(fileURLToPath(import.meta.url))
const pkg = join(here, '..', '..')
const cli = join(pkg, 'dist', 'cli.js')
const fixtures = join(here, 'fixtures')

/** Newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let max = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    max = Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return max
}

let out: string

beforeAll(() => {
  // The tests run the built binary; build it when dist is missing or older than the sources.
  if (!existsSync(cli) || statSync(cli).mtimeMs < newest(join(pkg, 'src'))) {
    const build = spawnSync('npx', ['tsup'], { cwd: pkg, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`tsup failed:\n${build.stdout}\n${build.stderr}`)
  }
  out = mkdtempSync(join(tmpdir(), 'cognito-kit-cli-'))
}, 300_000)

afterAll(() => {
  rmSync(out, { recursive: true, force: true })
})

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: fixtures, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('cognito-kit synth', () => {
  it('writes one JSON template per exported pool, named after the export (the pool id for the default export)', () => {
    const dir = join(out, 'json')
    const r = run('synth', 'pools.ts', '--out', dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['Staff.json', 'shop.json'])
    expect(r.stdout).toContain('shop.json (3 resources)')
    const shop = JSON.parse(readFileSync(join(dir, 'shop.json'), 'utf8'))
    expect(Object.keys(shop.Resources)).toEqual(['Shop', 'ShopWeb', 'ShopDomain'])
    expect(shop.Outputs.WebClientId.Value).toEqual({ Ref: 'ShopWeb' })
  })

  it('writes YAML with --format yaml, and CDK logical IDs with --logical-ids cdk --stack-id', () => {
    const dir = join(out, 'yaml')
    const r = run('synth', 'pools.ts', '--format', 'yaml', '--out', dir, '--logical-ids', 'cdk', '--stack-id', 'S')
    expect(r.code).toBe(0)
    const shop = parse(readFileSync(join(dir, 'shop.yaml'), 'utf8'))
    expect(Object.keys(shop.Resources)).toEqual([
      expect.stringMatching(/^Shop[0-9A-F]{8}$/),
      expect.stringMatching(/^ShopWeb[0-9A-F]{8}$/),
      expect.stringMatching(/^ShopDomain[0-9A-F]{8}$/),
    ])
  })

  it('loads a JavaScript module exporting a definition document', () => {
    const dir = join(out, 'js')
    const r = run('synth', 'definition.mjs', '--out', dir)
    expect(r.code).toBe(0)
    const t = JSON.parse(readFileSync(join(dir, 'fromJson.json'), 'utf8'))
    expect(t.Resources.FromJsonApp.Properties.GenerateSecret).toBe(true)
  })

  it('invalid settings: every issue with its path, exit code 1, nothing written', () => {
    const dir = join(out, 'invalid')
    const r = run('synth', 'invalid.ts', '--out', dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('broken: 2 issues')
    expect(r.stderr).toContain(
      'clients.Web.oAuth.scopes: api/write: resource server api has no scope write [UndeclaredScope]',
    )
    expect(r.stderr).toContain('extras.uiCustomizations.Ui: ')
    expect(r.stderr).toContain('[UICustomizationRequiresDomain]')
    expect(existsSync(dir)).toBe(false)
  })

  it('a setting that throws while the module loads: its issues, exit code 1', () => {
    const r = run('synth', 'throws.ts')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('domains.Domain.cognitoDomain.domainPrefix')
    expect(r.stderr).toContain('[DomainPrefixCognitoDomainContain]')
  })

  it('a missing file, a module without pools, a module that does not load: exit code 2 with a clear message', () => {
    const missing = run('synth', 'nope.ts')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^error: cannot find module file nope\.ts/)
    const none = run('synth', 'no-pools.ts')
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('error: no-pools.ts exports no user pool')
    const syntaxError = join(out, 'syntax-error.ts')
    writeFileSync(syntaxError, "export const pool = userPool('P'\n")
    const broken = run('synth', syntaxError)
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain(`error: cannot load ${syntaxError}`)
  })

  it('usage errors: exit code 2 and the usage text', () => {
    for (const args of [
      [],
      ['deploy', 'pools.ts'],
      ['synth'],
      ['synth', 'pools.ts', '--format', 'xml'],
      ['synth', 'pools.ts', '--logical-ids', 'short'],
      ['synth', 'pools.ts', '--bogus'],
    ]) {
      const r = run(...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr, args.join(' ')).toContain('error: ')
    }
    const help = run('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('cognito-kit synth <module>')
  })
})

describe('cognito-kit validate', () => {
  it('prints every issue with its path and exits non-zero', () => {
    const r = run('validate', 'invalid.ts')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('fine: valid')
    expect(r.stderr).toContain('broken: 2 issues')
    expect(r.stderr).toMatch(/ {2}clients\.Web\.oAuth\.scopes: .* \[UndeclaredScope\]/)
  })
  it('exits 0 when every pool is valid', () => {
    const r = run('validate', 'pools.ts')
    expect(r.code).toBe(0)
    // Module namespaces list exports in code-unit order: default (Staff), then shop.
    expect(r.stdout.trim().split('\n')).toEqual(['Staff: valid', 'shop: valid'])
  })
})
