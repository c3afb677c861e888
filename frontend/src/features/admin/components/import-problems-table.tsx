import { Table } from '../../../lib/govuk/table'
import type { ImportProblem } from '../forms/import-problems'

/** The problems in a file that was not imported, in file order, as the API listed them. */
export function ImportProblemsTable({ problems, detail }: { problems: ImportProblem[]; detail: string | undefined }) {
  return (
    <>
      <h2 className="govuk-heading-m">Problems in the file</h2>
      {detail && <p className="govuk-body">{detail}</p>}
      <Table<ImportProblem & { key: string }>
        caption={`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix`}
        captionSize="s"
        rows={problems.map((problem, index) => ({ ...problem, key: String(index) }))}
        rowKey={(problem) => problem.key}
        columns={[
          { header: 'Line', cell: (problem) => problem.line ?? '' },
          { header: 'Column', cell: (problem) => problem.column ?? 'Whole line' },
          { header: 'Problem', cell: (problem) => problem.text },
        ]}
      />
    </>
  )
}
