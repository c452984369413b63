#!/usr/bin/env node
// `npm start` after install and build: build every example package that has a `build` script (the
// root build covers packages/* and tools/* only), then run the main job from examples/main-job.
// The job synthesizes the example pools into out/, runs the example app pool end to end in
// cognito-local, prints its report, and stops everything it started (also on Ctrl-C).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const examplesDir = join(root, 'examples')

const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(examplesDir, d.name, 'package.json')))
      .map((d) => d.name)
      .sort()
  : []

const built = []
for (const name of examples) {
  const pkg = JSON.parse(readFileSync(join(examplesDir, name, 'package.json'), 'utf8'))
  if (!pkg.scripts?.build) continue
  const build = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: join(examplesDir, name),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (build.status !== 0) {
    console.error(`examples/${name}: build failed${build.error ? ` (${build.error.message})` : ''}`)
    process.exit(1)
  }
  built.push(name)
}
console.log(`built examples: ${built.join(', ')}\n`)

const cli = join(examplesDir, 'main-job', 'dist', 'cli.js')
if (!existsSync(cli)) {
  console.error('examples/main-job was not built (dist/cli.js is missing)')
  process.exit(1)
}
const { main } = await import(pathToFileURL(cli).href)
process.exitCode = await main({ root })
