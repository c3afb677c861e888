import type { ReactNode } from 'react'

export type TableColumn<T> = { header: string; cell: (row: T) => ReactNode; numeric?: boolean }

/** The GOV.UK table: a caption, a header row and one row per item. */
export function Table<T>({
  caption,
  captionSize = 'm',
  columns,
  rows,
  rowKey,
}: {
  caption: ReactNode
  captionSize?: 'l' | 'm' | 's'
  columns: TableColumn<T>[]
  rows: T[]
  rowKey: (row: T) => string
}) {
  return (
    <table className="govuk-table">
      <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => (
            <th
              scope="col"
              key={column.header}
              className={column.numeric ? 'govuk-table__header govuk-table__header--numeric' : 'govuk-table__header'}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={rowKey(row)}>
            {columns.map((column, index) =>
              index === 0 ? (
                <th scope="row" className="govuk-table__header" key={column.header}>
                  {column.cell(row)}
                </th>
              ) : (
                <td
                  key={column.header}
                  className={column.numeric ? 'govuk-table__cell govuk-table__cell--numeric' : 'govuk-table__cell'}
                >
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
