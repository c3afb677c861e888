import { describe, expect, it } from 'vitest'
import { filterValues, periodErrors, reportQuery, schoolYearStart } from './report-filters'

describe('the reports’ filters', () => {
  it.each([
    ['2027-01-19', '2026-09-01'],
    ['2026-09-01', '2026-09-01'],
    ['2026-08-31', '2025-09-01'],
  ])('on %s, the school year started on %s', (day, start) => {
    expect(schoolYearStart(day)).toBe(start)
  })

  it('takes the school year so far when the address gives no period, and the school year of the end given', () => {
    const none = filterValues(new URLSearchParams(), { breakdowns: true, today: '2027-01-19' })
    expect([none.from, none.to]).toEqual(['2026-09-01', '2027-01-19'])
    const endOnly = filterValues(new URLSearchParams('to=2026-03-31'), { breakdowns: true, today: '2027-01-19' })
    expect([endOnly.from, endOnly.to]).toEqual(['2025-09-01', '2026-03-31'])
  })

  it('leaves out a breakdown where the page has none, and every filter not set', () => {
    const values = filterValues(new URLSearchParams('by=month&areaId=&needType=SEMH&to=2027-01-19'), {
      breakdowns: false,
    })
    expect(reportQuery(values).toString()).toBe('from=2026-09-01&to=2027-01-19&needType=SEMH')
  })

  it.each([
    ['2027-02-30', '2027-03-01', ['Period from must be a real date']],
    ['2027-01-10', '2027-01-09', ['Period to must be the same as or after period from']],
    ['2024-02-29', '2027-03-01', ['The period must be 3 years or shorter']],
    ['2024-02-29', '2027-02-28', []],
    ['2027-01-10', '2027-01-10', []],
  ])('from %s to %s: %j', (from, to, errors) => {
    const values = filterValues(new URLSearchParams({ from, to }), { breakdowns: true })
    expect(periodErrors(values).map((error) => error.text)).toEqual(errors)
  })
})
