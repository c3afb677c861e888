import type { ReactNode } from 'react'
import { formatDate, formatDateTime } from '../../../lib/dates'
import { SummaryCard } from '../../../lib/govuk/summary-card'
import { SummaryList, type SummaryRow } from '../../../lib/govuk/summary-list'
import { Tag } from '../../../lib/govuk/tag'
import type { OutcomeScale, Review } from '../api/types'
import { decisionName } from '../forms/review-form'
import { Paragraphs } from './paragraphs'
import { statusName } from './plan-words'

/** One review: its decision and what it means (the extension, the next review), who came, progress and scores. */
export function ReviewCard({
  review,
  scales,
  children,
}: {
  review: Review
  scales: OutcomeScale[]
  /** What can be done about it (a senior's decision on its extension). */
  children?: ReactNode
}) {
  return (
    <SummaryCard title={`Review held on ${formatDate(review.heldOn)}`} headingLevel={3}>
      <SummaryList rows={rows(review, scales)} />
      {children}
    </SummaryCard>
  )
}

function rows(review: Review, scales: OutcomeScale[]): SummaryRow[] {
  const rows: SummaryRow[] = [{ key: 'Decision', value: decisionName(review.decision) }]
  if (review.extensionStatus) rows.push({ key: 'Extension', value: <Extension review={review} /> })
  rows.push(
    { key: 'Next review due', value: review.nextDue ? formatDate(review.nextDue) : 'None: the reviews have ended' },
    { key: 'Attended', value: <List items={review.attendees} /> },
  )
  if (review.progress.length > 0) {
    const progress = review.progress.map((action) => {
      const note = action.note ? `: ${action.note}` : ''
      return `${action.action} – ${statusName(action.status).toLowerCase()}${note}`
    })
    rows.push({ key: 'Progress', value: <List items={progress} /> })
  }
  // In the service's order of its scales; a scale this version does not know, by its code.
  const scored = Object.keys(review.scores)
  const known = scales.filter((scale) => scored.includes(scale.code))
  const scores = [
    ...known.map((scale) => `${scale.label}: ${review.scores[scale.code]} out of ${scale.maxScore}`),
    ...scored
      .filter((code) => !known.some((scale) => scale.code === code))
      .map((code) => `${code}: ${review.scores[code]}`),
  ]
  rows.push({ key: 'Scores', value: scores.length > 0 ? <List items={scores} /> : 'Not scored' })
  if (review.notes) rows.push({ key: 'Notes', value: <Paragraphs text={review.notes} /> })
  rows.push({ key: 'Recorded by', value: `${review.recordedBy} on ${formatDateTime(review.recordedAt)}` })
  return rows
}

function List({ items }: { items: string[] }) {
  return (
    <ul className="govuk-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  )
}

/** An extension waits for a senior, or a senior agreed to it or refused it (when, and why). */
function Extension({ review }: { review: Review }) {
  if (review.extensionStatus === 'AWAITING_SENIOR') return <Tag colour="yellow">Waiting for a senior’s agreement</Tag>
  const decided = review.extensionStatus === 'AGREED' ? 'Agreed' : 'Refused'
  return (
    <>
      <p className="govuk-body">
        {decided} by {review.extensionDecidedBy ?? 'a senior'} on {formatDateTime(review.extensionDecidedAt)}
      </p>
      {review.extensionNote && <Paragraphs text={review.extensionNote} />}
    </>
  )
}
