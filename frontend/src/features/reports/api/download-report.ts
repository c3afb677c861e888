import { useMutation } from '@tanstack/react-query'
import { apiFile } from '../../../lib/api/client'
import type { ReportName } from './types'

/** The report as a spreadsheet: the API writes the same figures as CSV and names the file. */
export function downloadReport(name: ReportName, query: URLSearchParams) {
  return apiFile(`/api/v1/reports/${name}?${query.toString()}`, 'text/csv')
}

/** Fetches the CSV with the user's token (a plain link could not send it) and saves it under the API's name. */
export function useDownloadReport(name: ReportName, query: URLSearchParams) {
  return useMutation({
    mutationFn: () => downloadReport(name, query),
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName ?? `${name}.csv`),
  })
}

function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the object URL after click() returns: it is released a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
