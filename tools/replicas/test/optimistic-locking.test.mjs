// Two people (or systems) change one referral through different replicas: the version travels with the record in
// the database, so the one who read before the other's change is told, and nothing of the other's change is lost.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { draft, uniqueSurname } from '../lib/referrals.mjs'
import { A, B, PARTNER_SYSTEM, expectStatus } from '../lib/service.mjs'

test('a change sent to B with the version read before A\'s change is a 409, and A\'s change stays', async () => {
  const request = draft(uniqueSurname('Locking'))
  const created = expectStatus(await A.as(PARTNER_SYSTEM).post('/api/v1/referrals', request), 201, 'on A')
  const path = `/api/v1/referrals/${created.id}`
  const { version } = expectStatus(await A.as(PARTNER_SYSTEM).get(path), 200, 'read on A')

  const fromA = { ...request, schoolActions: 'Nurture group twice a week since September.', version }
  const changed = expectStatus(await A.as(PARTNER_SYSTEM).put(path, fromA), 200, 'changed on A')
  assert.ok(changed.version > version, 'the change gives the referral a new version')
  const fromB = { ...request, schoolActions: 'Written from the copy read before A\'s change.', version }
  const stale = await B.as(PARTNER_SYSTEM).put(path, fromB)

  assert.equal(stale.status, 409)
  assert.match(stale.type, /^application\/problem\+json/)
  assert.equal(stale.body.currentVersion, changed.version)
  const kept = expectStatus(await B.as(PARTNER_SYSTEM).get(path), 200, 'read on B')
  assert.equal(kept.schoolActions, fromA.schoolActions)
  assert.equal(kept.version, changed.version)
})
