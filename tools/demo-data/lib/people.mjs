// The names of everyone the load creates, for the log scan (tools/log-scan): application logs carry ids, never
// names, and a test of `make test` fails when one of these turns up in a log.
import { writeFileSync } from 'node:fs'

/** The full names in a referral: the child, each brother and sister, each parent or carer. */
export function namesIn(request) {
  return [request.child, ...request.siblings].map((child) => `${child.firstName} ${child.lastName}`)
    .concat(request.carers.map((carer) => carer.name))
}

/** Writes (overwrites) `file` with the requests' names, each once, one a line. */
export function writeNames(file, requests) {
  const names = [...new Set(requests.flatMap(namesIn))].sort()
  writeFileSync(file, `${names.join('\n')}\n`)
  return names.length
}
