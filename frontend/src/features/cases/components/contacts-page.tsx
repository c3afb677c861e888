import { formatDate } from '../../../lib/dates'
import { ButtonLink } from '../../../lib/govuk/button-link'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { useContacts } from '../api/get-contacts'
import type { Contact } from '../api/types'
import { contactTypeName, formatDuration } from '../forms/contact-form'
import { casePaths } from '../paths'
import { CaseFrame, useRouteCase } from './case-frame'
import { Paragraphs } from './paragraphs'

const columns: TableColumn<Contact>[] = [
  { header: 'Date', cell: (contact) => <span className="app-nowrap">{formatDate(contact.date)}</span> },
  { header: 'Type', cell: (contact) => contactTypeName(contact.type) },
  { header: 'Duration', cell: (contact) => formatDuration(contact.durationMinutes) },
  { header: 'Who was seen', cell: (contact) => contact.whoSeen ?? 'Not recorded' },
  { header: 'Child seen', cell: childSeen },
  {
    header: 'Note',
    cell: (contact) => <Paragraphs text={contact.note} className="govuk-!-margin-top-0 govuk-!-margin-bottom-2" />,
  },
  { header: 'Recorded by', cell: (contact) => contact.recordedBy },
]

/** A case's contacts with the family, latest first, and the way to record another while the case is open. */
export function ContactsPage() {
  const found = useRouteCase()
  const { data: contacts } = useContacts(found.id)
  return (
    <CaseFrame found={found} tab="contacts" title="Contacts">
      <h2 className="govuk-heading-m">Contacts</h2>
      {found.state !== 'CLOSED' && <ButtonLink to={casePaths.newContact(found.id)}>Record a contact</ButtonLink>}
      {contacts.length === 0 ? (
        <p className="govuk-body">No contacts have been recorded yet.</p>
      ) : (
        <Table<Contact>
          caption={`${contacts.length} ${contacts.length === 1 ? 'contact' : 'contacts'}, latest first`}
          captionSize="s"
          columns={columns}
          rows={contacts}
          rowKey={(contact) => contact.id}
        />
      )}
    </CaseFrame>
  )
}

function childSeen(contact: Contact): string {
  if (!contact.childSeen) return 'No'
  if (contact.childSeenAlone === true) return 'Yes, alone'
  if (contact.childSeenAlone === false) return 'Yes, not alone'
  return 'Yes'
}
