import { Link } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDate } from '../../../lib/dates'
import { Table } from '../../../lib/govuk/table'
import { PageTitle } from '../../../lib/page-title'
import { useAllocationQueue } from '../api/get-allocation-queue'
import type { AllocationQueueItem } from '../api/types'

const TITLE = 'Allocation queue'

export function childName(item: Pick<AllocationQueueItem, 'childName'>): string {
  return item.childName ?? 'Child not named'
}

/** The accepted referrals waiting for a practitioner, first to allocate first, each saying why it is where it is. */
export function QueuePage() {
  const { data: queue } = useAllocationQueue()
  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        Referrals the panel has accepted, waiting for a family practitioner, in the order the service allocates them.
      </p>
      {queue.length === 0 ? (
        <p className="govuk-body">No accepted referrals are waiting for a practitioner.</p>
      ) : (
        <Table<AllocationQueueItem>
          caption={`${queue.length} ${queue.length === 1 ? 'referral' : 'referrals'} waiting`}
          captionSize="s"
          rows={queue}
          rowKey={(item) => item.referralId}
          columns={[
            { header: 'Position', cell: (item) => item.position },
            {
              header: 'Child',
              cell: (item) => (
                <>
                  {childName(item)}
                  <span className="govuk-!-display-block govuk-body-s govuk-!-margin-bottom-0">{item.reference}</span>
                </>
              ),
            },
            { header: 'School', cell: (item) => item.schoolName },
            { header: 'Area', cell: (item) => item.area },
            {
              header: 'Accepted on',
              cell: (item) => <span className="app-nowrap">{formatDate(item.acceptedOn)}</span>,
            },
            { header: 'Why here', cell: (item) => item.reason },
            {
              header: 'Action',
              cell: (item) => (
                <Link className="govuk-link" to={paths.allocate(item.referralId)}>
                  Allocate <span className="govuk-visually-hidden">{childName(item)}</span>
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  )
}
