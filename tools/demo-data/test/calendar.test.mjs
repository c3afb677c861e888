// The days the demo's events fall on: working days skip England's bank holidays, schools close in August.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addWorkingDays, ageOn, isSchoolDay, isWorkingDay } from '../lib/calendar.mjs'

test('five working days after Christmas Eve 2025 skip the bank holidays and the weekend', () => {
  assert.equal(addWorkingDays('2025-12-24', 5), '2026-01-05')
})

test('no school is open in August or at weekends', () => {
  assert.equal(isSchoolDay('2025-08-12'), false)
  assert.equal(isSchoolDay('2025-11-15'), false)
  assert.equal(isSchoolDay('2025-11-14'), true)
  assert.equal(isWorkingDay('2025-08-25'), false)
})

test('a child is a year older on their birthday, not before', () => {
  assert.equal(ageOn('2016-03-14', '2025-03-13'), 8)
  assert.equal(ageOn('2016-03-14', '2025-03-14'), 9)
})
