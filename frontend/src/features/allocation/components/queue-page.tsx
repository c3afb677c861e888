import { Link, useSearchParams } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDate } from '../../../lib/dates'
import { Pagination } from '../../../lib/govuk/pagination'
import { Table } from '../../../lib/govuk/table'
import { PageTitle } from '../../../lib/page-title'
import { useAllocationQueue } from '../api/get-allocation-queue'
import type { AllocationQueueItem } from '../api/types'

const TITLE = 'Allocation queue'
const PAGE_SIZE = 50

export function childName(item: Pick<AllocationQueueItem, 'childName'>): string {
  return item.childName ?? 'Child not named'
}

/**
 * The accepted referrals waiting for a practitioner, first to allocate first, each saying why it is where it is,
 * 50 to a page (the page in the address: `?page=2`).
 */
export function QueuePage() {
  const [params] = useSearchParams()
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1)
  const { data: queue } = useAllocationQueue({ page: page - 1, size: PAGE_SIZE })
  const pageCount = Math.ceil(queue.total / queue.size)
  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        Referrals the panel has accepted, waiting for a family practitioner, in the order the service allocates them.
      </p>
      {queue.total === 0 ? (
        <p className="govuk-body">No accepted referrals are waiting for a practitioner.</p>
      ) : (
        <>
          <Table<AllocationQueueItem>
            caption={`${queue.total} ${queue.total === 1 ? 'referral' : 'referrals'} waiting${pageCount > 1 ? `, page ${page} of ${pageCount}` : ''}`}
            captionSize="s"
            rows={queue.items}
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
          <Pagination current={page} count={pageCount} href={(to) => `${paths.allocationQueue}?page=${to}`} />
        </>
      )}
    </>
  )
}
