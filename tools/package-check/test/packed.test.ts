/**
 * The published packages as users get them: `pnpm pack` each one (workspace ranges resolved),
 * lint the tarball with publint --strict and @arethetypeswrong/cli, then install the tarballs into
 * a throwaway project (dependencies linked from this workspace, so nothing is downloaded) and load
 * every subpath export from ESM, CJS and TypeScript (moduleResolution node16 and bundler). One
 * misuse must fail to compile.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const bin = (name: string) => join(root, 'node_modules', '.bin', name)
const PACKAGES = ['builder', 'runtime', 'triggers'] as const
type Pkg = (typeof PACKAGES)[number]

interface Manifest {
  name: string
  exports: Record<string, unknown>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
  bin?: string | Record<string, string>
}

let work: string
let project: string
const tarballs = {} as Record<Pkg, string>
const manifests = {} as Record<Pkg, Manifest>

function run(cmd: string, args: string[], cwd: string): { status: number; out: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } })
  return { status: r.status ?? 1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` }
}

/** Subpaths with code (`./package.json` and similar data entries left out). */
function codeSubpaths(m: Manifest): string[] {
  return Object.keys(m.exports).filter((k) => !k.endsWith('.json'))
}

const specifier = (m: Manifest, subpath: string) => (subpath === '.' ? m.name : `${m.name}/${subpath.slice(2)}`)

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cognito-kit-pack-'))
  for (const pkg of PACKAGES) {
    const dir = join(root, 'packages', pkg)
    if (!existsSync(join(dir, 'dist'))) throw new Error(`packages/${pkg}/dist is missing: run npm run build first`)
    const out = execFileSync(bin('pnpm'), ['pack', '--pack-destination', work], { cwd: dir, encoding: 'utf8' })
    const file = out
      .trim()
      .split('\n')
      .map((l) => l.trim())
      .reverse()
      .find((l) => l.endsWith('.tgz'))
    if (!file) throw new Error(`pnpm pack printed no tarball for ${pkg}:\n${out}`)
    tarballs[pkg] = file.startsWith('/') ? file : join(work, file)
  }

  // The throwaway project: tarballs extracted into node_modules, their dependencies linked from
  // the workspace (offline), TypeScript from the workspace.
  project = join(work, 'consumer')
  mkdirSync(join(project, 'node_modules', '@cognito-kit'), { recursive: true })
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
  for (const pkg of PACKAGES) {
    const dest = join(project, 'node_modules', '@cognito-kit', pkg)
    mkdirSync(dest, { recursive: true })
    execFileSync('tar', ['-xzf', tarballs[pkg], '-C', dest, '--strip-components=1'])
    manifests[pkg] = JSON.parse(readFileSync(join(dest, 'package.json'), 'utf8')) as Manifest
  }
  const linked = new Set<string>()
  for (const pkg of PACKAGES) {
    const m = manifests[pkg]
    const deps = { ...m.dependencies, ...m.peerDependencies }
    for (const dep of Object.keys(deps)) {
      if (dep.startsWith('@cognito-kit/') || linked.has(dep)) continue
      const from = join(root, 'packages', pkg, 'node_modules', dep)
      if (!existsSync(from)) {
        if (m.peerDependenciesMeta?.[dep]?.optional) continue
        throw new Error(`${m.name} depends on ${dep}, which is not installed in packages/${pkg}`)
      }
      const to = join(project, 'node_modules', dep)
      mkdirSync(dirname(to), { recursive: true })
      symlinkSync(realpathSync(from), to, 'dir')
      linked.add(dep)
    }
  }
  for (const types of ['@types/node']) {
    const to = join(project, 'node_modules', types)
    mkdirSync(dirname(to), { recursive: true })
    symlinkSync(realpathSync(join(root, 'node_modules', types)), to, 'dir')
  }
}, 120_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe.each(PACKAGES)('@cognito-kit/%s as packed', (pkg) => {
  it('passes publint --strict', () => {
    const r = run(bin('publint'), ['run', tarballs[pkg], '--strict'], root)
    expect(r.out, r.out).not.toMatch(/error|warning/i)
    expect(r.status, r.out).toBe(0)
  })

  it('passes @arethetypeswrong/cli (node16 and bundler resolution)', () => {
    const r = run(bin('attw'), [tarballs[pkg], '--profile', 'node16', '--format', 'ascii', '--no-emoji'], root)
    expect(r.status, r.out).toBe(0)
  })

  it('publishes ESM + CJS + .d.ts for every subpath, types first, sideEffects false', () => {
    const m = manifests[pkg] as Manifest & { sideEffects?: unknown }
    expect(m.sideEffects).toBe(false)
    for (const subpath of codeSubpaths(m)) {
      const entry = m.exports[subpath] as Record<string, unknown>
      const conditions = Object.keys(entry).filter((c) => c !== '@cognito-kit/source')
      expect(conditions, subpath).toContain('import')
      expect(conditions, subpath).toContain('require')
      for (const c of ['import', 'require']) {
        const target = entry[c] as Record<string, string> | string
        expect(typeof target === 'object' && Object.keys(target)[0] === 'types', `${subpath} ${c}: types first`).toBe(
          true,
        )
      }
    }
  })

  it('loads every subpath from ESM and from CJS', () => {
    const m = manifests[pkg]
    const specs = codeSubpaths(m).map((s) => specifier(m, s))
    const esm = join(project, `load-${pkg}.mjs`)
    writeFileSync(
      esm,
      `const specs = ${JSON.stringify(specs)}\nfor (const s of specs) { const mod = await import(s); if (Object.keys(mod).length === 0) throw new Error(s + ' has no exports'); console.log(s, Object.keys(mod).length) }\n`,
    )
    const cjs = join(project, `load-${pkg}.cjs`)
    writeFileSync(
      cjs,
      `const specs = ${JSON.stringify(specs)}\nfor (const s of specs) { const mod = require(s); if (Object.keys(mod).length === 0) throw new Error(s + ' has no exports'); console.log(s, Object.keys(mod).length) }\n`,
    )
    for (const file of [esm, cjs]) {
      const r = run(process.execPath, [file], project)
      expect(r.status, r.out).toBe(0)
      expect(r.out.trim().split('\n').length).toBeGreaterThanOrEqual(specs.length)
    }
  })
})

describe('a TypeScript consumer of the packed packages', () => {
  const consumer = `import { userPool, StringAttribute } from '@cognito-kit/builder'
import type { UserPoolDefinition } from '@cognito-kit/builder/definition'
import { createCognitoVerifier } from '@cognito-kit/runtime'
import { autoConfirm, parseTriggerEvent, preSignUp } from '@cognito-kit/triggers'

const pool = userPool('Pool', { customAttributes: { tenant: new StringAttribute({ maxLen: 64 }) } })
const def: UserPoolDefinition = pool.toDefinition()
export const template: { AWSTemplateFormatVersion: string } = pool.toCloudFormation()
export const verifier = createCognitoVerifier({ userPoolId: 'us-east-1_abcdefghi', tokenUse: 'access', clientId: null })
export const handler = preSignUp(async (event) => (event.request.userAttributes.email?.endsWith('@example.com') ? autoConfirm() : undefined))
export const parse = parseTriggerEvent
export const id: string = def.id
`
  const misuse = `import { createCognitoVerifier } from '@cognito-kit/runtime'
// tokenUse and clientId are required (null to skip a check on purpose): this must not compile.
export const verifier = createCognitoVerifier({ userPoolId: 'us-east-1_abcdefghi' })
`
  const tsc = (dir: string) =>
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], project)

  for (const resolution of ['node16', 'bundler'] as const) {
    const compilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      exactOptionalPropertyTypes: true,
      target: 'ES2022',
      module: resolution === 'node16' ? 'node16' : 'esnext',
      moduleResolution: resolution,
      types: ['node'],
    }
    it(`compiles a correct program (moduleResolution ${resolution}, ESM and CJS)`, () => {
      for (const flavour of ['mts', 'cts'] as const) {
        const dir = join(project, `ts-${resolution}-${flavour}`)
        mkdirSync(dir, { recursive: true })
        writeFileSync(join(dir, `index.${flavour}`), consumer)
        writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: [`index.${flavour}`] }))
        if (resolution === 'bundler' && flavour === 'cts') continue
        const r = tsc(dir)
        expect(r.status, r.out).toBe(0)
      }
    })
    it(`rejects a verifier without tokenUse/clientId (moduleResolution ${resolution})`, () => {
      const dir = join(project, `ts-${resolution}-misuse`)
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'index.mts'), misuse)
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.mts'] }))
      const r = tsc(dir)
      expect(r.status).not.toBe(0)
      expect(r.out).toMatch(/index\.mts\(3,\d+\): error TS2345|tokenUse|clientId/)
    })
  }
})
