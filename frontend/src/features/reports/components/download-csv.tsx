import { Button } from '../../../lib/govuk/button'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { useDownloadReport } from '../api/download-report'
import type { ReportName } from '../api/types'

const FAILED = [{ text: 'The CSV file could not be downloaded. Try again later.' }]

/** "Download CSV": the same figures as a spreadsheet, named by the API for what it holds. */
export function DownloadCsv({ name, query, what }: { name: ReportName; query: URLSearchParams; what: string }) {
  const download = useDownloadReport(name, query)
  return (
    <>
      {download.isError && <ErrorSummary errors={FAILED} />}
      <Button className="govuk-button--secondary" disabled={download.isPending} onClick={() => download.mutate()}>
        Download CSV <span className="govuk-visually-hidden">of {what}</span>
      </Button>
    </>
  )
}
