#!/usr/bin/env node
// Pre-token-generation V2 handler from the BUILT @cognito-kit/triggers (packages/triggers/dist)
// against a hand-written handler that builds the same response with no validation:
//   1. bundle size (esbuild, minified, platform node, ESM), as deployed to Lambda;
//   2. cold start: a fresh `node` process importing the bundle, then the first invocation
//      (the wrapper builds its schemas on first use), median of several interleaved runs;
//   3. per-invocation overhead of validating the event and the response, warm, in microseconds,
//      median of several rounds.
// Times are reported as CPU time of the measuring process (process.cpuUsage: what the work costs,
// steady when the machine is busy) and as wall time (what a caller waits, inflated under load).
// Absolute figures depend on the machine; compare the differences and ratios.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))
const dist = resolve(here, '../packages/triggers/dist')
if (!existsSync(join(dist, 'index.js'))) {
  console.error('packages/triggers/dist is missing: run npm run build first')
  process.exit(1)
}

const COLD_RUNS = 15
const ROUNDS = 7
const CALLS = 20_000

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const cpuMs = (from) => {
  const d = process.cpuUsage(from)
  return (d.user + d.system) / 1000
}

const work = mkdtempSync(join(tmpdir(), 'triggers-bench-'))
try {
  const indexPath = join(dist, 'index.js')
  const sources = {
    wrapped: `
      import { addClaims, addScopes, preTokenGeneration } from ${JSON.stringify(indexPath)}
      export const handler = preTokenGeneration.v2((event) => [
        addClaims({
          idToken: { tenant: event.request.userAttributes['custom:tenant'] ?? 'none' },
          accessToken: { tenant: event.request.userAttributes['custom:tenant'] ?? 'none', roles: ['reader'] },
        }),
        addScopes(['api/read']),
      ])
    `,
    handWritten: `
      export const handler = async (event) => {
        const tenant = event.request.userAttributes['custom:tenant'] ?? 'none'
        return {
          ...event,
          response: {
            claimsAndScopeOverrideDetails: {
              idTokenGeneration: { claimsToAddOrOverride: { tenant } },
              accessTokenGeneration: { claimsToAddOrOverride: { tenant, roles: ['reader'] }, scopesToAdd: ['api/read'] },
            },
          },
        }
      }
    `,
  }

  // 1. Bundle size.
  const bundles = {}
  const bytes = {}
  for (const [name, contents] of Object.entries(sources)) {
    const outfile = join(work, `${name}.mjs`)
    const result = await build({
      stdin: { contents, resolveDir: here, sourcefile: `${name}.mjs` },
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      metafile: true,
      logLevel: 'silent',
    })
    bundles[name] = outfile
    bytes[name] = Object.values(result.metafile.outputs)[0].bytes
  }

  // A realistic V2 event (from the built testing helpers).
  const { createEvent } = await import(pathToFileURL(join(dist, 'testing.js')).href)
  const event = createEvent('TokenGeneration_Authentication', {
    version: '2',
    request: { userAttributes: { 'custom:tenant': 'acme', name: 'Jane Roe', locale: 'en-GB' } },
  })
  const eventFile = join(work, 'event.json')
  writeFileSync(eventFile, JSON.stringify(event))

  // 2. Cold start in fresh processes: import, then the first invocation.
  const probe = join(work, 'probe.mjs')
  writeFileSync(
    probe,
    `import { readFileSync } from 'node:fs'
const event = JSON.parse(readFileSync(process.argv[3], 'utf8'))
const ms = (u) => (u.user + u.system) / 1000
const c0 = process.cpuUsage()
const t0 = performance.now()
const { handler } = await import(process.argv[2])
const t1 = performance.now()
const c1 = process.cpuUsage()
const out = await handler(event, {})
const t2 = performance.now()
const c2 = process.cpuUsage()
if (!out.response.claimsAndScopeOverrideDetails) throw new Error('no response')
process.stdout.write(JSON.stringify({ wall: t2 - t0, importWall: t1 - t0, cpu: ms(c2) - ms(c0), importCpu: ms(c1) - ms(c0) }))
`,
  )
  const cold = { wrapped: [], handWritten: [] }
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const name of i % 2 ? ['handWritten', 'wrapped'] : ['wrapped', 'handWritten']) {
      const r = spawnSync(process.execPath, [probe, pathToFileURL(bundles[name]).href, eventFile], { encoding: 'utf8' })
      if (r.status !== 0) throw new Error(`${name} probe failed: ${r.stderr}`)
      cold[name].push(JSON.parse(r.stdout))
    }
  }
  const coldMedian = (name, key) => median(cold[name].map((c) => c[key]))

  // 3. Warm per-invocation cost, in this process.
  const handlers = {}
  for (const name of Object.keys(bundles)) handlers[name] = (await import(pathToFileURL(bundles[name]).href)).handler
  const perCall = { wrapped: { cpu: [], wall: [] }, handWritten: { cpu: [], wall: [] } }
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of round % 2 ? ['handWritten', 'wrapped'] : ['wrapped', 'handWritten']) {
      const handler = handlers[name]
      for (let i = 0; i < 2_000; i++) await handler(event, {})
      globalThis.gc?.()
      const c0 = process.cpuUsage()
      const t0 = performance.now()
      for (let i = 0; i < CALLS; i++) await handler(event, {})
      perCall[name].wall.push(((performance.now() - t0) * 1000) / CALLS)
      perCall[name].cpu.push((cpuMs(c0) * 1000) / CALLS)
    }
  }
  const us = (name, key) => median(perCall[name][key])

  const kb = (n) => `${(n / 1024).toFixed(1)} kB`
  const ms = (n) => `${n.toFixed(2)} ms`
  const row = (label, a, b, fmt, unit = '') =>
    console.log(`${label.padEnd(40)}${fmt(a).padEnd(12)} ${fmt(b).padEnd(14)} +${fmt(a - b)}${unit}`)
  console.log('pre token generation V2 handler: @cognito-kit/triggers (dist) vs hand-written without validation')
  console.log(
    `node ${process.version}, load average ${loadavg()[0].toFixed(1)}, ${COLD_RUNS} cold runs each, ${ROUNDS} rounds x ${CALLS} warm calls\n`,
  )
  console.log(`${''.padEnd(40)}${'wrapped'.padEnd(12)} ${'hand-written'.padEnd(14)} difference`)
  row('bundle (esbuild, minified)', bytes.wrapped, bytes.handWritten, kb)
  row('cold import, CPU (median)', coldMedian('wrapped', 'importCpu'), coldMedian('handWritten', 'importCpu'), ms)
  row('cold start (import + 1st call), CPU', coldMedian('wrapped', 'cpu'), coldMedian('handWritten', 'cpu'), ms)
  row('cold start (import + 1st call), wall', coldMedian('wrapped', 'wall'), coldMedian('handWritten', 'wall'), ms)
  const usFmt = (n) => `${n.toFixed(2)} µs`
  row('warm invocation, CPU (median)', us('wrapped', 'cpu'), us('handWritten', 'cpu'), usFmt)
  row('warm invocation, wall (median)', us('wrapped', 'wall'), us('handWritten', 'wall'), usFmt)
  const extraCold = coldMedian('wrapped', 'cpu') - coldMedian('handWritten', 'cpu')
  const extraCall = us('wrapped', 'cpu') - us('handWritten', 'cpu')
  console.log('')
  console.log(`aim: < 10 ms extra cold start   -> ${extraCold < 10 ? 'met' : 'MISSED'} (+${ms(extraCold)} CPU)`)
  console.log(`aim: < 20 µs extra per call     -> ${extraCall < 20 ? 'met' : 'MISSED'} (+${usFmt(extraCall)} CPU)`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
