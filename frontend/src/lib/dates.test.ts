import { describe, expect, it } from 'vitest'
import { formatDateTime, toDateParts, toIsoDate } from './dates'

describe('dates', () => {
  it('turns the three fields into YYYY-MM-DD, null when blank, undefined when not a real date', () => {
    expect(toIsoDate({ day: '1', month: '6', year: '2019' })).toBe('2019-06-01')
    expect(toIsoDate({ day: '', month: ' ', year: '' })).toBeNull()
    expect(toIsoDate({ day: '29', month: '2', year: '2023' })).toBeUndefined()
    expect(toIsoDate({ day: '1', month: '6', year: '19' })).toBeUndefined()
    expect(toDateParts('2017-03-14')).toEqual({ day: '14', month: '3', year: '2017' })
  })

  it('shows instants in UK time', () => {
    expect(formatDateTime('2026-07-01T08:05:00Z')).toBe('1 July 2026 at 9:05am')
    expect(formatDateTime('2026-11-24T13:30:00Z')).toBe('24 November 2026 at 1:30pm')
  })
})
