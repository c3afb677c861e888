// The check `make test` runs last (issue 8): application logs carry ids, never names, so no demo child, brother,
// sister or carer may be named in the logs of the run. LOG_SCAN_NAMES is the demo loader's names file,
// LOG_SCAN_PATHS the logs (files or folders, colon-separated); relative to where npm was run (INIT_CWD).
import assert from 'node:assert/strict'
import { resolve } from 'node:path'
import { test } from 'node:test'
import { readNames } from '../lib/names.mjs'
import { describe, scan } from '../lib/scan.mjs'

const { LOG_SCAN_NAMES: namesFile, LOG_SCAN_PATHS: paths, INIT_CWD: base = process.cwd() } = process.env
const skip = namesFile && paths ? false
  : 'LOG_SCAN_NAMES and LOG_SCAN_PATHS are not set: make test sets them to scan its own logs'

test('no demo child, sibling or carer is named in the logs of the test run', { skip }, async (t) => {
  const names = readNames(resolve(base, namesFile))
  const { hits, files, bytes } = await scan(names, paths.split(':').filter(Boolean).map((path) => resolve(base, path)))
  t.diagnostic(`${names.length} names, ${files} files, ${bytes} bytes scanned`)
  assert.equal(hits.length, 0, `names found in the logs (file:line: name):\n${hits.map(describe).join('\n')}`)
})
