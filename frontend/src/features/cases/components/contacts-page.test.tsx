import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { contact } from '../../../test/case-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`

describe('a case’s contacts', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('lists the contacts, latest first, in words', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(practitioner1),
      [`GET ${casePath}`]: jsonResponse(supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' })),
      [`GET ${casePath}/contacts`]: jsonResponse([
        contact({
          id: 'c0a7c7a0-0000-4000-8000-000000000002',
          date: '2026-11-27',
          type: 'CALL',
          durationMinutes: 20,
          whoSeen: undefined,
          childSeen: false,
          childSeenAlone: undefined,
          note: 'Called Jo about the school meeting.',
        }),
        contact(),
      ]),
    })
    renderRoute(`/cases/${CASE_ID}/contacts`)

    expect(await screen.findByRole('heading', { level: 2, name: 'Contacts' })).toBeVisible()
    expect(document.title).toBe('Contacts – Child1 Example – TeamAround')
    expect(
      within(screen.getByRole('navigation', { name: 'Case' })).getByRole('link', { name: 'Contacts' }),
    ).toHaveAttribute('aria-current', 'page')
    const table = screen.getByRole('table', { name: '2 contacts, latest first' })
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Date',
      'Type',
      'Duration',
      'Who was seen',
      'Child seen',
      'Note',
      'Recorded by',
    ])
    const [call, visit] = within(table).getAllByRole('row').slice(1)
    expect(within(call!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Call',
      '20 minutes',
      'Not recorded',
      'No',
      'Called Jo about the school meeting.',
      'Priya Shah',
    ])
    expect(within(visit!).getByRole('rowheader')).toHaveTextContent('26 November 2026')
    expect(within(visit!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Home visit',
      '1 hour 30 minutes',
      'Mother and child',
      'Yes, not alone',
      'Met Jo and Child1 at home.Agreed to meet the school next week.',
      'Priya Shah',
    ])
    expect(screen.getByRole('button', { name: 'Record a contact' })).toHaveAttribute(
      'href',
      `/cases/${CASE_ID}/contacts/new`,
    )
  })

  it('says when there are none yet', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(practitioner1),
      [`GET ${casePath}`]: jsonResponse(supportCase()),
      [`GET ${casePath}/contacts`]: jsonResponse([]),
    })
    renderRoute(`/cases/${CASE_ID}/contacts`)

    expect(await screen.findByText('No contacts have been recorded yet.')).toBeVisible()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('offers no new contact on a closed case', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(practitioner1),
      [`GET ${casePath}`]: jsonResponse(supportCase({ state: 'CLOSED', firstContactStatus: 'MET' })),
      [`GET ${casePath}/contacts`]: jsonResponse([contact()]),
    })
    renderRoute(`/cases/${CASE_ID}/contacts`)

    expect(await screen.findByRole('table', { name: '1 contact, latest first' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Record a contact' })).not.toBeInTheDocument()
  })
})
