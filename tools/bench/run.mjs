// Measures each operation of the running bench backend (scripts/bench.sh starts it) and writes the figures as
// JSON to BENCH_RESULTS for report.mjs. Tokens are fetched before each operation, never while it is measured.
import { writeFile } from 'node:fs/promises'
import { measure, SATURATION, FIXED } from './lib/measure.mjs'
import { operations } from './lib/operations.mjs'
import { Tokens } from './lib/tokens.mjs'

const backendUrl = process.env.BENCH_BACKEND_URL ?? 'http://localhost:8082'
const tokens = new Tokens(process.env.BENCH_KEYCLOAK_URL ?? 'http://localhost:8182')
const fixtures = process.env.BENCH_FIXTURES ?? '.run/bench/fixtures'
const only = process.env.BENCH_ONLY?.split(',')   // e.g. BENCH_ONLY=me,referral to try a few

const measured = []
for (const op of await operations({ backendUrl, fixtures, tokens })) {
  if (only && !only.includes(op.name)) continue
  const authorization = op.user && await tokens.header(op.user)
  process.stdout.write(`  ${op.label} ... `)
  const figures = await measure(backendUrl, op, authorization)
  const { saturation, fixed } = figures
  console.log(`${saturation ? saturation.throughput.toFixed(0) : '-'} req/s; `
    + (fixed ? `p99 ${fixed.p99} ms at ${fixed.rate} req/s` : 'nothing left to use'))
  measured.push({ name: op.name, label: op.label, target: op.target, ...figures })
}
const settings = { saturation: SATURATION, fixed: FIXED }
await writeFile(process.env.BENCH_RESULTS ?? '.run/bench/results.json', JSON.stringify({ settings, measured }, null, 2))
