// A partner system retries a referral on whichever replica the load balancer picks: the key is kept in the database,
// so the retry answers the first referral, never a second one.
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { test } from 'node:test'
import { draft, uniqueSurname } from '../lib/referrals.mjs'
import { A, B, PARTNER_SYSTEM, expectStatus } from '../lib/service.mjs'

const partnerOn = (replica) => replica.as(PARTNER_SYSTEM)

async function referralsNamed(surname) {
  return expectStatus(await partnerOn(B).get(`/api/v1/referrals?q=${surname}`), 200, 'the partner system\'s list')
}

test('a retry sent to the other replica answers the same referral, and only one exists', async () => {
  const surname = uniqueSurname('Retry')
  const key = { 'Idempotency-Key': randomUUID() }
  const first = expectStatus(await partnerOn(A).post('/api/v1/referrals', draft(surname), key), 201, 'on A')
  const retried = expectStatus(await partnerOn(B).post('/api/v1/referrals', draft(surname), key), 201, 'retried on B')

  assert.equal(retried.id, first.id)
  assert.equal(retried.reference, first.reference)
  const listed = await referralsNamed(surname)
  assert.equal(listed.total, 1)
  assert.deepEqual(listed.items.map((item) => item.id), [first.id])
})

test('the same key with another referral on the other replica is refused, and creates nothing', async () => {
  const surname = uniqueSurname('Reused')
  const other = uniqueSurname('Other')
  const key = { 'Idempotency-Key': randomUUID() }
  expectStatus(await partnerOn(A).post('/api/v1/referrals', draft(surname), key), 201, 'on A')
  const reused = await partnerOn(B).post('/api/v1/referrals', draft(other), key)

  assert.equal(reused.status, 422)
  assert.match(reused.type, /^application\/problem\+json/)
  assert.equal((await referralsNamed(other)).total, 0)
  assert.equal((await referralsNamed(surname)).total, 1)
})

test('the same request sent to both replicas at once creates one referral', async () => {
  const surname = uniqueSurname('Twice')
  const key = { 'Idempotency-Key': randomUUID() }
  const send = (replica) => partnerOn(replica).post('/api/v1/referrals', draft(surname), key)
  const answers = await Promise.all([send(A), send(B)])

  // The one that loses the race either replays the winner's referral or is told to retry (409), never makes another.
  for (const answer of answers) assert.ok([201, 409].includes(answer.status), JSON.stringify(answer.body))
  const created = answers.filter((answer) => answer.status === 201).map((answer) => answer.body.id)
  const listed = await referralsNamed(surname)
  assert.equal(listed.total, 1)
  assert.deepEqual([...new Set(created)], [listed.items[0].id])
})
