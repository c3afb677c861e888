// The names file the log scan reads: everyone a referral names, so a leak of any of them fails `make test`.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { referralFor } from '../lib/families.mjs'
import { writeNames } from '../lib/people.mjs'

const school = { urn: '100001', yearGroups: [0, 6] }

test('the names file lists the child, each brother and sister and each carer, once, one a line', () => {
  const request = referralFor(school, '2025-03-03', { siblings: 2 })
  const file = join(mkdtempSync(join(tmpdir(), 'demo-names-')), 'names.txt')
  writeNames(file, [request, request])
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n')
  for (const child of [request.child, ...request.siblings]) {
    assert.ok(lines.includes(`${child.firstName} ${child.lastName}`), `${child.firstName} in ${lines}`)
  }
  for (const carer of request.carers) assert.ok(lines.includes(carer.name), `${carer.name} in ${lines}`)
  assert.equal(new Set(lines).size, lines.length, 'each name once')
})
