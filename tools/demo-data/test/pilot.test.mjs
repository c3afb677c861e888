// The pilot as the programme board will read it: Wakefield's early-adopter figures, from referrals the panel can
// take on, all decided and allocated within the period.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addDays, ageOn, isSchoolDay } from '../lib/calendar.mjs'
import { PILOT, schedulePilot } from '../lib/pilot.mjs'

const schools = Array.from({ length: 16 }, (_, i) => ({
  urn: String(100001 + i * 4),
  name: `School ${i}`,
  area: 'Pontefract',
  yearGroups: [0, 6],
  vulnerability: { senPercent: 10 + i },
}))

/** A referral waits for the next fortnightly panel, or the one after a school holiday. */
const PANEL_WITHIN_DAYS = 28

function scheduled() {
  const referrals = []
  schedulePilot({ referrals: { schedule: (school, day, request, planned) => referrals.push({ school, day, request, planned }) },
    authority: { schools } })
  return referrals
}

test('the pilot refers 73 children from six schools, Northgate Primary among them', () => {
  const referrals = scheduled()
  assert.equal(referrals.length, 73)
  const from = new Set(referrals.map((referral) => referral.school.urn))
  assert.equal(from.size, 6)
  assert.ok(from.has('100001'))
})

test('38 are to be accepted and 35 signposted, all allocated by the end of the period', () => {
  const referrals = scheduled()
  assert.equal(referrals.filter((referral) => referral.planned.fate === 'ACCEPT').length, 38)
  assert.equal(referrals.filter((referral) => referral.planned.fate === 'SIGNPOST').length, 35)
  assert.ok(referrals.every((referral) => referral.planned.allocateBy === '2025-12-31'))
})

test('the 73 children have 98 brothers and sisters: 171 children including siblings', () => {
  const siblings = scheduled().reduce((sum, referral) => sum + referral.request.siblings.length, 0)
  assert.equal(PILOT.discussed + siblings, 171)
})

test('every pilot referral is sent on a school day before the last panel of 2025', () => {
  for (const { day } of scheduled()) {
    assert.ok(isSchoolDay(day), day)
    assert.ok(day >= PILOT.from && day < PILOT.lastPanel, day)
  }
})

test('every pilot child meets the eligibility rules at the next panel, and consent came first', () => {
  for (const { day, request } of scheduled()) {
    for (const panel of [day, addDays(day, PANEL_WITHIN_DAYS)]) {
      const age = ageOn(request.child.dateOfBirth, panel)
      assert.ok(age >= 5 && age <= 11, `born ${request.child.dateOfBirth}, panel on ${panel}`)
    }
    assert.equal(request.child.primaryNeed, 'SEMH')
    assert.deepEqual(request.knownTo, { earlyHelp: 'NO', socialCare: 'NO' })
    assert.equal(request.safeguardingConcern, false)
    assert.ok(request.consent.givenOn <= day)
  }
})
