// Usage: node tools/log-scan/scan.mjs <names-file> <log files or folders...>
// Fails (exit 1) when a person of the names file is named in a log, printing where (file:line: name) but never the
// line; exit 2 when the scan cannot be trusted (names file missing or short, a path missing, no text file).
import { readNames, ScanRefused } from './lib/names.mjs'
import { describe, scan } from './lib/scan.mjs'

const [namesFile, ...paths] = process.argv.slice(2)
if (!namesFile || paths.length === 0) {
  console.error('Usage: node scan.mjs <names-file> <log files or folders...>')
  process.exit(2)
}
try {
  const names = readNames(namesFile)
  const { hits, files, bytes } = await scan(names, paths)
  for (const hit of hits) console.log(describe(hit))
  const summary = `${names.length} names, ${files} files, ${bytes} bytes scanned`
  if (hits.length > 0) {
    console.error(`Log scan: ${hits.length} names found in the logs (${summary})`)
    process.exit(1)
  }
  console.log(`Log scan: no name found (${summary})`)
} catch (error) {
  if (!(error instanceof ScanRefused)) throw error
  console.error(`Log scan refused: ${error.message}`)
  process.exit(2)
}
