// Every replica runs the nightly retention sweep; a PostgreSQL advisory lock (RetentionSweep.LOCK_KEY) lets one of
// them mark the records due for a senior's review, whichever JVM it is in.
import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { holdAdvisoryLock } from '../lib/advisory-lock.mjs'
import { draft, uniqueSurname } from '../lib/referrals.mjs'
import { A, B, PARTNER_SYSTEM, expectStatus } from '../lib/service.mjs'

/** RetentionSweep.LOCK_KEY in the backend. */
const SWEEP_LOCK_KEY = 0x7ea40001
const DUE_RECORDS = 3
const PAGE_SIZE = 200

const dueReferrals = []

/** What the sweep on `replica` did, asked as a senior (what the nightly job does). */
async function sweep(replica) {
  return expectStatus(await replica.as('senior1').post('/api/v1/retention/sweeps'), 200, `sweep on ${replica.name}`)
}

/** Every record marked for review and not decided yet, read through `replica`. */
async function dueReviews(replica) {
  const reviews = []
  for (let page = 0; ; page++) {
    const path = `/api/v1/retention/reviews?state=DUE&size=${PAGE_SIZE}&page=${page}`
    const { items, total } = expectStatus(await replica.as('senior1').get(path), 200, 'the due reviews')
    reviews.push(...items)
    if (items.length === 0 || reviews.length >= total) return reviews
  }
}

/**
 * A withdrawn referral of a child born 50 years ago is long past the 25th birthday: started on B with its demo
 * clock 40 years back (then the child was 10, of school age as a referral needs), then the clock is put back.
 */
async function startDueReferral() {
  const partner = B.as(PARTNER_SYSTEM)
  const bornOn = `${new Date().getFullYear() - 50}-03-14`
  const created = expectStatus(await partner.post('/api/v1/referrals', draft(uniqueSurname('Retained'),
    { dateOfBirth: bornOn })), 201, 'a referral started 40 years ago')
  expectStatus(await partner.post(`/api/v1/referrals/${created.id}/withdraw`,
    { reason: 'The family moved out of the area.' }), 200, 'withdrawn')
  return created.id
}

before(async () => {
  const fortyYearsAgo = new Date()
  fortyYearsAgo.setFullYear(fortyYearsAgo.getFullYear() - 40)
  expectStatus(await B.as('admin1').put('/api/v1/demo/clock', { at: fortyYearsAgo.toISOString() }), 200,
    'B\'s demo clock moved back')
  try {
    for (let i = 0; i < DUE_RECORDS; i++) dueReferrals.push(await startDueReferral())
  } finally {
    expectStatus(await B.as('admin1').delete('/api/v1/demo/clock'), 200, 'B\'s demo clock put back')
  }
})

test('while another database session holds the sweep\'s lock, neither replica sweeps', async () => {
  const lock = await holdAdvisoryLock(SWEEP_LOCK_KEY)
  try {
    const answers = await Promise.all([sweep(A), sweep(B)])
    assert.deepEqual(answers, [{ ran: false, marked: 0 }, { ran: false, marked: 0 }])
    const marked = (await dueReviews(A)).filter((review) => dueReferrals.includes(review.referralId))
    assert.deepEqual(marked, [], 'nothing marked while the lock was held')
  } finally {
    await lock.release()
  }
})

test('sweeps on both replicas at once mark each due record once', async () => {
  const earlier = new Set((await dueReviews(A)).map((review) => review.id))
  const answers = await Promise.all([sweep(A), sweep(B)])

  assert.ok(answers.some((answer) => answer.ran), `one of them swept: ${JSON.stringify(answers)}`)
  const due = await dueReviews(B)
  const newlyMarked = due.filter((review) => !earlier.has(review.id))
  assert.equal(answers[0].marked + answers[1].marked, newlyMarked.length, 'each newly marked record counted once')
  for (const referralId of dueReferrals) {
    const reviews = due.filter((review) => review.referralId === referralId)
    assert.equal(reviews.length, 1, `referral ${referralId} marked once`)
  }
})
