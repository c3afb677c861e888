import { describe, expect, it } from 'vitest'
import { draft } from '../../../test/referral-fixtures'
import { errorText, fieldId, formName } from './field-paths'
import { resumePath, stepOfField } from './steps'
import { toUpdate } from './to-update'

describe('API field paths', () => {
  it.each([
    ['child.upn', 'child-upn'],
    ['carers[0].name', 'carers-0-name'],
    ['siblings[2].dateOfBirth', 'siblings-2-dateOfBirth-day'],
    ['consent.givenOn', 'consent-givenOn-day'],
    ['child.dateOfBirth', 'child-dateOfBirth-day'],
    ['consent', 'consent-givenBy'],
    ['carers', 'carers-0-name'],
    ['safeguardingConcern', 'safeguardingConcern'],
  ])('%s is the input %s', (field, id) => {
    expect(fieldId(field)).toBe(id)
  })

  it('names fields as react-hook-form does and finds the page that asks for them', () => {
    expect(formName('carers[1].phone')).toBe('carers.1.phone')
    expect(stepOfField('carers[1].phone')).toBe('carers')
    expect(stepOfField('schoolActions')).toBe('school-actions')
    expect(stepOfField('safeguardingConcern')).toBe('needs')
    expect(stepOfField('nonsense')).toBeUndefined()
  })

  it('puts the question in front of a message that is only a fragment', () => {
    expect(errorText({ field: 'consent.givenOn', message: 'is required to submit' })).toBe(
      'Date consent was given is required to submit',
    )
    expect(errorText({ field: 'carers[1].phone', message: 'is too long' })).toBe(
      'Parent or carer 2: phone number is too long',
    )
    expect(errorText({ field: 'child.upn', message: 'Enter a valid UPN' })).toBe('Enter a valid UPN')
    expect(errorText({ field: 'carers', message: 'at least one parent or carer is required to submit' })).toBe(
      'At least one parent or carer is required to submit',
    )
  })
})

describe('continuing a draft', () => {
  it('goes to the page after the last one answered', () => {
    expect(resumePath(draft({ child: {} }))).toBe(`/referrals/${draft().id}/child`)
    expect(resumePath(draft())).toBe(`/referrals/${draft().id}/siblings`)
    expect(resumePath(draft({ knownTo: { earlyHelp: 'NO' } }))).toBe(`/referrals/${draft().id}/consent`)
    expect(resumePath(draft({ consent: { givenBy: 'Jo' } }))).toBe(`/referrals/${draft().id}/check-answers`)
  })
})

describe('the PUT body', () => {
  it('carries only the request’s fields, this page’s answers and the version', () => {
    const referral = draft({ version: 5, child: { firstName: 'Sam', upnTemporary: true } })
    expect(toUpdate(referral, { schoolActions: 'Plan' })).toEqual({
      schoolUrn: '100001',
      child: { firstName: 'Sam' },
      siblings: [],
      carers: [],
      needs: undefined,
      education: undefined,
      schoolActions: 'Plan',
      knownTo: undefined,
      consent: undefined,
      safeguardingConcern: false,
      version: 5,
    })
  })
})
