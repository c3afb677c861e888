import { formatDate } from '../../../lib/dates'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import type { FeedbackQuote } from '../api/types'
import { FEEDBACK_SOURCES } from '../forms/figure-words'

const columns: TableColumn<FeedbackQuote>[] = [
  { header: 'From', cell: (quote) => FEEDBACK_SOURCES[quote.source] ?? quote.source },
  {
    header: 'Rating',
    cell: (quote) => <span className="app-nowrap">{quote.rating == null ? 'Not given' : `${quote.rating} out of 5`}</span>,
  },
  { header: 'What they said', cell: (quote) => quote.quote ?? 'No comment' },
  { header: 'Case closed on', cell: (quote) => <span className="app-nowrap">{formatDate(quote.closedOn)}</span> },
]

/** What parents, children and schools said when the cases closed in the period (never who the child is). */
export function FeedbackQuotes({ quotes }: { quotes: FeedbackQuote[] }) {
  if (quotes.length === 0) return <p className="govuk-body">No feedback was given at the closures in the period.</p>
  return (
    <Table
      caption="Feedback at closure"
      captionSize="m"
      columns={columns}
      rows={quotes}
      rowKey={(quote) => `${quote.closedOn}:${quote.source}:${quote.quote ?? ''}:${quote.rating ?? ''}`}
    />
  )
}
