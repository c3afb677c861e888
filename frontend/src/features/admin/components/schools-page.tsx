import { useState, type FormEvent } from 'react'
import { useSearchParams } from 'react-router'
import { ApiError } from '../../../lib/api/api-error'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { Details } from '../../../lib/govuk/details'
import { ErrorSummary, type ErrorItem } from '../../../lib/govuk/error-summary'
import { FileUpload } from '../../../lib/govuk/file-upload'
import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import { Pagination } from '../../../lib/govuk/pagination'
import { PageTitle } from '../../../lib/page-title'
import { useSchools } from '../api/get-schools'
import { useImportSchools } from '../api/import-schools'
import type { SchoolImportResult } from '../api/types'
import {
  importProblem,
  importProblems,
  MAX_FILE_BYTES,
  TOO_LARGE,
  type ImportProblem,
} from '../forms/import-problems'
import { pagedCaption } from '../forms/paged-caption'
import { IMPORT_COLUMNS } from '../forms/school-names'
import { adminPaths } from '../paths'
import { ImportProblemsTable } from './import-problems-table'
import { SchoolsTable } from './schools-table'

const PAGE_SIZE = 50
const TITLE = 'Schools'

const NO_ERRORS: ErrorItem[] = []

type ImportAnswers = { file: FileList | undefined }

/** The schools by name, a page at a time (`?page=2`), and the import of a schools file that refreshes them. */
export function SchoolsPage() {
  const [params] = useSearchParams()
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1)
  const schools = useSchools(page - 1, PAGE_SIZE)
  const importer = useImportSchools()
  const [imported, setImported] = useState<SchoolImportResult>()
  // A new form (and file input) after each import: a file input cannot be emptied by setting its value.
  const [formKey, setFormKey] = useState(0)
  const [problems, setProblems] = useState<{ list: ImportProblem[]; detail: string | undefined }>()
  // useApiForm keeps a failed try's errors until the next failure: an import that worked hides them.
  const [settled, setSettled] = useState<ErrorItem[]>()
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<ImportAnswers>({
    defaultValues: { file: undefined },
    toProblem: importProblem,
  })

  const save = onSubmit(async ({ file }) => {
    const chosen = file?.[0]
    if (!chosen) return
    try {
      const result = await importer.mutateAsync(chosen)
      form.reset()
      setFormKey((key) => key + 1)
      setSettled(summary)
      setImported(result)
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        setProblems({ list: importProblems(error.fieldErrors), detail: error.problem?.detail })
      }
      throw error
    }
  })

  // Each try starts afresh: the last import's outcome goes, whether this one is sent or stopped here.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    setImported(undefined)
    setProblems(undefined)
    return save(event)
  }
  const errors = summary === settled ? NO_ERRORS : summary

  if (schools.isError) throw schools.error
  const data = schools.data
  const pageCount = data ? Math.ceil(data.total / data.size) : 0
  return (
    <>
      <PageTitle>{errors.length > 0 ? `Error: ${TITLE}` : TITLE}</PageTitle>
      <BackLink to={adminPaths.home}>Back to service configuration</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          {imported && (
            <NotificationBanner success>
              <h3 className="govuk-notification-banner__heading">Schools imported</h3>
              <p className="govuk-body">{importCounts(imported)}</p>
            </NotificationBanner>
          )}
          <span className="govuk-caption-l">Service configuration</span>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <h2 className="govuk-heading-m">Import schools</h2>
          <form noValidate onSubmit={submit} key={formKey}>
            <FileUpload
              id="file"
              label="Upload a schools file"
              labelSize="s"
              hint={
                <>
                  A CSV file with a header row of {IMPORT_COLUMNS.map((column) => column.name).join(', ')} (in any
                  order), then one school per row. A school already listed is changed to its row. If any row has a
                  problem, nothing is imported.
                </>
              }
              accept=".csv,text/csv"
              error={errorFor('file')}
              {...form.register('file', {
                validate: {
                  chosen: (files) => (files?.length ?? 0) > 0 || 'Select a CSV file',
                  csv: (files) => !files?.[0] || /\.csv$/i.test(files[0].name) || 'The selected file must be a CSV',
                  size: (files) => !files?.[0] || files[0].size <= MAX_FILE_BYTES || TOO_LARGE,
                },
              })}
            />
            <ColumnsHelp />
            <Button type="submit" disabled={busy}>
              Import schools
            </Button>
          </form>
          {problems && <ImportProblemsTable problems={problems.list} detail={problems.detail} />}
        </div>
      </div>
      {!data ? (
        <p className="govuk-body">Loading…</p>
      ) : data.items.length === 0 ? (
        <p className="govuk-body">There are no schools yet: import a schools file.</p>
      ) : (
        <>
          <SchoolsTable
            schools={data.items}
            caption={pagedCaption(data.total, ['school', 'schools'], page, pageCount)}
          />
          <Pagination current={page} count={pageCount} href={(to) => `${adminPaths.schools}?page=${to}`} />
        </>
      )}
    </>
  )
}

function ColumnsHelp() {
  return (
    <Details summary="What each column holds">
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        {IMPORT_COLUMNS.map((column) => (
          <div className="govuk-summary-list__row" key={column.name}>
            <dt className="govuk-summary-list__key">
              <code>{column.name}</code>
            </dt>
            <dd className="govuk-summary-list__value">{column.holds}</dd>
          </div>
        ))}
      </dl>
      <p className="govuk-body">
        Leave a figure empty when it is not known. For example:
        <br />
        <code>100001,Northgate Primary School,Pontefract,PRIMARY,18.5,4,9.0,6.5</code>
      </p>
    </Details>
  )
}

/** "1 school created, 2 updated and 9 unchanged." */
function importCounts({ created, updated, unchanged }: SchoolImportResult): string {
  return `${created} ${created === 1 ? 'school' : 'schools'} created, ${updated} updated and ${unchanged} unchanged.`
}
