// The scan as the lead reads its verdict: where a name turns up (never the line), silence on a clean log, and no
// pass when there is nothing to scan.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const SCAN = fileURLToPath(new URL('../scan.mjs', import.meta.url))
const NAMES = ['Ava Shaw', 'Oliver Smith', 'Lee Wood', 'Maja Nowak', 'Kelly Green', 'Harry Jackson', 'Amira Khan',
  'Lola Hall', 'Leanne Turner', 'Imran Hussain', 'Zara Okafor', 'Max Brown']
const CLEAN = [
  '2026-11-20 09:00:01 INFO  [org.teamaround.referral.Referrals] (executor-thread-3) referral 4f1c submitted by 2b9e',
  '2026-11-20 09:00:02 WARN  [io.quarkus.http] max connections 200; green thread pool; com.fasterxml.jackson ok',
]

/** A folder of logs (file name -> lines) beside a names file, as make test leaves them. */
function logsWith(files, names = NAMES) {
  const dir = mkdtempSync(join(tmpdir(), 'log-scan-'))
  writeFileSync(join(dir, 'names.txt'), `${names.join('\n')}\n`)
  mkdirSync(join(dir, 'logs', 'nested'), { recursive: true })
  for (const [file, lines] of Object.entries(files)) writeFileSync(join(dir, 'logs', file), `${lines.join('\n')}\n`)
  return dir
}

function scanOf(dir, ...paths) {
  const run = spawnSync(process.execPath, [SCAN, join(dir, 'names.txt'), ...paths.map((path) => join(dir, path))],
    { encoding: 'utf8' })
  return { status: run.status, out: run.stdout, err: run.stderr }
}

test('a name planted in a log is found, and the scan says where without printing the line', () => {
  const dir = logsWith({ 'backend.log': [...CLEAN, 'INFO created child Ava Shaw, born 2016-03-14'] })
  const { status, out } = scanOf(dir, 'logs')
  assert.equal(status, 1)
  assert.equal(out.trim(), `${join(dir, 'logs', 'backend.log')}:3: Ava Shaw`)
  assert.doesNotMatch(out, /born|created/)
})

test('a clean log passes, with a summary of what was scanned', () => {
  const dir = logsWith({ 'backend.log': CLEAN, 'nested/spa.log': CLEAN })
  const { status, out } = scanOf(dir, 'logs')
  assert.equal(status, 0, out)
  assert.match(out, /no name found \(12 names, 2 files, \d+ bytes scanned\)/)
})

test('a name is found whatever its case, in a nested folder', () => {
  const { status, out } = scanOf(logsWith({ 'nested/keycloak.log': ['user OLIVER SMITH logged in'] }), 'logs')
  assert.equal(status, 1)
  assert.match(out, /nested\/keycloak\.log:1: Oliver Smith/)
})

test('a name split into fields or written surname first, or as an email address, is found', () => {
  const dir = logsWith({ 'backend.log': ['Child[firstName=Maja, lastName=Nowak]', 'Hussain, Imran',
    'sent to zara.okafor@example.com'] })
  const { out } = scanOf(dir, 'logs')
  assert.match(out, /backend\.log:1: Maja Nowak/)
  assert.match(out, /backend\.log:2: Imran Hussain/)
  assert.match(out, /backend\.log:3: Zara Okafor/)
})

test('a name inside a longer word, or its two parts far apart, is not a hit', () => {
  const dir = logsWith({ 'backend.log': ['Avary Shawcross and Ava Shaws', 'Lee said that the old wood of the yard was wet'] })
  const { status, out } = scanOf(dir, 'logs')
  assert.equal(status, 0, out)
})

test('a binary file is not read as a log', () => {
  const dir = logsWith({ 'backend.log': CLEAN })
  writeFileSync(join(dir, 'logs', 'heap.bin'), Buffer.from('\0\0Ava Shaw\0'))
  assert.equal(scanOf(dir, 'logs').status, 0)
})

test('a missing or short names file refuses the scan: a scan of nothing must not pass', () => {
  const dir = logsWith({ 'backend.log': ['Ava Shaw'] }, NAMES.slice(0, 9))
  const short = scanOf(dir, 'logs')
  assert.equal(short.status, 2)
  assert.match(short.err, /9 full names, fewer than 10/)
  const missing = spawnSync(process.execPath, [SCAN, join(dir, 'none.txt'), join(dir, 'logs')], { encoding: 'utf8' })
  assert.equal(missing.status, 2)
  assert.match(missing.stderr, /none\.txt not found/)
})

test('a log folder that does not exist, or holds no file, refuses the scan', () => {
  const dir = logsWith({})
  assert.equal(scanOf(dir, 'logs').status, 2)
  assert.equal(scanOf(dir, 'no-such-logs').status, 2)
})
