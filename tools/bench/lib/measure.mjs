// One operation under load with autocannon: at saturation (as fast as the backend answers), then at a fixed
// moderate rate, which is what the latency figures come from.
import autocannon from 'autocannon'
import hdr from 'hdr-histogram-js'

const seconds = (name, fallback) => Number(process.env[name] ?? fallback)   // shorter for a quick trial
export const SATURATION = { seconds: seconds('BENCH_SATURATION_SECONDS', 10), connections: 8 }
// At most 50 req/s and never more than half of what the operation sustains: a fixed rate above capacity would
// measure the queue in front of the backend, not the backend.
export const FIXED = { seconds: seconds('BENCH_FIXED_SECONDS', 20), connections: 5, maxRate: 50 }
const WARM_UP = { seconds: 3, connections: 2 }

/** autocannon's request for the operation; `next()` varies path or body per request. */
function request(op, authorization) {
  const headers = { accept: op.accept ?? 'application/json' }
  if (authorization) headers.authorization = authorization
  if (op.body) headers['content-type'] = 'application/json'
  const req = { method: op.method, path: op.path ?? '/', headers, body: op.body }
  if (op.next) {
    req.setupRequest = (r) => {
      const { path, body } = op.next()
      return body ? { ...r, path, body, headers: { ...r.headers, 'content-type': 'application/json' } } : { ...r, path }
    }
  }
  if (op.onCreated) req.onResponse = (status, body) => { if (status === 201) op.onCreated(JSON.parse(body).id) }
  return req
}

/**
 * Runs autocannon once; null when the pool has nothing left (requests that use up a pool stop at `limit`). The
 * latencies go into a histogram of our own, in microseconds: autocannon's holds whole milliseconds, frees itself
 * before answering and reports no p95.
 */
async function run(backendUrl, op, authorization, { seconds, connections, rate, limit }) {
  if (limit === 0) return null
  const latencies = hdr.build({ autoResize: true, lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000,
    numberOfSignificantValueDigits: 3 })
  const load = autocannon({
    url: backendUrl,
    requests: [request(op, authorization)],
    connections: limit === undefined ? connections : Math.min(connections, limit),
    duration: seconds,
    overallRate: rate,
    maxOverallRequests: limit,
    // autocannon's correction takes 1/rate (req/s) as the interval in ms, so it would add made-up samples
    // every millisecond; below saturation the uncorrected figures are the honest ones.
    ignoreCoordinatedOmission: rate !== undefined,
    timeout: 30,
  })
  load.on('response', (client, status, bytes, ms) => {
    if (status >= 200 && status < 300) latencies.recordValue(Math.round(ms * 1000))
  })
  const result = await load
  const completed = result['2xx'] + result.non2xx
  return {
    seconds: result.duration,
    requests: completed,
    throughput: completed / result.duration,
    errors: result.errors + result.non2xx,
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
    // The histogram answers a bucket's upper edge: never more than the slowest response seen.
    p50: millis(Math.min(latencies.getValueAtPercentile(50), latencies.maxValue)),
    p95: millis(Math.min(latencies.getValueAtPercentile(95), latencies.maxValue)),
    p99: millis(Math.min(latencies.getValueAtPercentile(99), latencies.maxValue)),
    max: millis(latencies.maxValue),
  }
}

const millis = (micros) => Math.round(micros / 100) / 10

/** Requests a pool can still give after keeping `reserve` for later runs; undefined when the op has no pool. */
function limitOf(op, reserve = 0) {
  return op.pool ? Math.max(0, op.pool.remaining - reserve - SATURATION.connections) : undefined
}

/** Warm-up (unrecorded, so the JIT has compiled the path), saturation, then the fixed rate. */
export async function measure(backendUrl, op, authorization) {
  const fixedReserve = FIXED.maxRate * FIXED.seconds
  await run(backendUrl, op, authorization, { ...WARM_UP, limit: op.pool && Math.min(100, limitOf(op, fixedReserve)) })
  const saturation = await run(backendUrl, op, authorization, { ...SATURATION, limit: limitOf(op, fixedReserve) })
  const rate = Math.max(1, Math.min(FIXED.maxRate, Math.floor((saturation?.throughput ?? 2) / 2)))
  const fixed = await run(backendUrl, op, authorization, { ...FIXED, rate, limit: limitOf(op) })
  return { saturation, fixed: fixed && { ...fixed, rate } }
}
