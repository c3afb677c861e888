import { useState } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { Link, useParams } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDate } from '../../../lib/dates'
import { apiProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { Radios, type ChoiceItem } from '../../../lib/govuk/radios'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { Textarea } from '../../../lib/govuk/textarea'
import { PageTitle } from '../../../lib/page-title'
import { useAllocate } from '../api/allocate'
import { useAllocationQueue } from '../api/get-allocation-queue'
import { isAtCapacity, usePractitioners } from '../api/get-practitioners'
import type { AllocationQueueItem, Case, Practitioner } from '../api/types'
import {
  allocationFieldNaming,
  NO_ANSWERS,
  toAllocationRequest,
  type AllocationAnswers,
} from '../forms/allocation-form'
import { caseloadText, practitionerHint } from './capacity'
import { childName } from './queue-page'

type Props = {
  /** What happens once the case is open (the app shows it). */
  onAllocated: (allocated: Case) => Promise<void> | void
}

/** "Allocate" for one referral waiting in the queue: a practitioner, and a reason when they are at capacity. */
export function AllocatePage({ onAllocated }: Props) {
  const { referralId = '' } = useParams()
  const { data: queue } = useAllocationQueue({ referralId })
  // The referral as it was when the page opened: the form stays while its own allocation refreshes the queue.
  const [item] = useState(() => queue.items.find((candidate) => candidate.referralId === referralId))
  if (!item) return <NotWaiting />
  return <AllocationForm item={item} onAllocated={onAllocated} />
}

function AllocationForm({ item, onAllocated }: Props & { item: AllocationQueueItem }) {
  const { data: practitioners } = usePractitioners()
  const allocation = useAllocate()
  // One key for this page's allocation: a retry after a lost answer cannot allocate twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID())
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<AllocationAnswers>({
    defaultValues: NO_ANSWERS,
    toProblem: (error) => apiProblem(error, allocationFieldNaming),
  })
  const { register, watch } = form
  const name = childName(item)
  const title = `Allocate ${name}`
  const chosenId = watch('practitionerId')
  const chosen = practitioners.find((practitioner) => practitioner.id === chosenId)

  const submit = onSubmit(async (answers) => {
    const request = toAllocationRequest(item.referralId, answers, chosen)
    const allocated = await allocation.mutateAsync({ request, idempotencyKey })
    await onAllocated(allocated)
  })

  const items: ChoiceItem[] = practitioners.map((practitioner) => ({
    value: practitioner.id,
    label: practitioner.name,
    hint: practitionerHint(practitioner),
    // Only the chosen practitioner's question is on the page, so the reason has one field and one id.
    conditional:
      practitioner.id === chosenId && isAtCapacity(practitioner) ? (
        <OverrideReason
          practitioner={practitioner}
          error={errorFor('overrideReason')}
          field={register('overrideReason')}
        />
      ) : undefined,
  }))

  return (
    <>
      <PageTitle>{summary.length > 0 ? `Error: ${title}` : title}</PageTitle>
      <BackLink to={paths.allocationQueue}>Back to the allocation queue</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <span className="govuk-caption-l">Allocation queue</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <SummaryList
            rows={[
              { key: 'Reference', value: item.reference },
              { key: 'School', value: item.schoolName },
              { key: 'Accepted on', value: formatDate(item.acceptedOn) },
              { key: 'Why here', value: item.reason },
            ]}
          />
          <form noValidate onSubmit={submit}>
            {practitioners.length === 0 ? (
              <p className="govuk-body">There are no family practitioners to allocate to yet.</p>
            ) : (
              <Radios
                id="practitionerId"
                legend="Who will be the family’s practitioner?"
                legendSize="m"
                hint="The first contact with the family is due within 5 working days of allocation."
                error={errorFor('practitionerId')}
                items={items}
                selected={chosenId}
                inputProps={register('practitionerId', { required: 'Select the family’s practitioner' })}
              />
            )}
            <div className="govuk-button-group">
              <Button type="submit" disabled={busy || practitioners.length === 0}>
                Allocate
              </Button>
              <Link className="govuk-link" to={paths.allocationQueue}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  )
}

function OverrideReason({
  practitioner,
  error,
  field,
}: {
  practitioner: Practitioner
  error: string | undefined
  field: UseFormRegisterReturn<'overrideReason'>
}) {
  return (
    <Textarea
      id="overrideReason"
      label="Why allocate beyond capacity?"
      hint={`${practitioner.name} has ${caseloadText(practitioner)}. Say why this family should go to them now.`}
      error={error}
      {...field}
    />
  )
}

/** A referral not in the queue: allocated already, or not accepted. */
function NotWaiting() {
  const title = 'This referral is not waiting for allocation'
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">It may have been allocated already, or the panel has not accepted it.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.allocationQueue}>
          Go to the allocation queue
        </Link>
      </p>
    </>
  )
}
