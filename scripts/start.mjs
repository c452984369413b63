#!/usr/bin/env node
// `npm start`'s main job (until the end-to-end job exists): build every example package that has a
// `build` script, then synthesize each example pool into out/<pool>.json and say what was written.
// Plain Node ESM: it imports the examples' built output, which imports the built packages.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const examplesDir = join(root, 'examples')
const outDir = join(root, 'out')

const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(examplesDir, d.name, 'package.json')))
      .map((d) => join(examplesDir, d.name))
      .sort()
  : []

rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })

const written = new Map()
let failed = 0
for (const dir of examples) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  if (!pkg.scripts?.build) continue
  const build = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: false,
  })
  if (build.status !== 0) {
    console.error(`${pkg.name}: build failed`)
    failed++
    continue
  }
  const entry = join(dir, 'dist', 'index.js')
  if (!existsSync(entry)) continue
  const mod = await import(pathToFileURL(entry).href)
  if (!mod.pools) continue
  for (const [name, pool] of Object.entries(mod.pools)) {
    if (written.has(name)) {
      console.error(`${pkg.name}: pool name ${name} is also used by ${written.get(name)}`)
      failed++
      continue
    }
    try {
      const template = pool.toCloudFormation(mod.renderOptions ? mod.renderOptions(name) : {})
      const file = join(outDir, `${name}.json`)
      writeFileSync(file, `${JSON.stringify(template, null, 2)}\n`)
      written.set(name, pkg.name)
      const resources = Object.values(template.Resources)
      const types = [...new Set(resources.map((r) => r.Type.replace(/^AWS::/, '')))].join(', ')
      console.log(
        `wrote ${relative(root, file)}  ${resources.length} resource${resources.length === 1 ? '' : 's'} (${types})`,
      )
    } catch (error) {
      console.error(`${pkg.name}: ${name}: ${error instanceof Error ? error.message : String(error)}`)
      failed++
    }
  }
  if (mod.references) {
    const file = join(outDir, `${relative(examplesDir, dir).replaceAll('/', '-')}-references.json`)
    writeFileSync(file, `${JSON.stringify(mod.references, null, 2)}\n`)
    console.log(`wrote ${relative(root, file)}  (grant statements and imported pools)`)
  }
}

console.log(
  `\n${written.size} user pool template${written.size === 1 ? '' : 's'} written to ${relative(root, outDir)}/`,
)
if (written.size === 0 || failed > 0) process.exit(1)
