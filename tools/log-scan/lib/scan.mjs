// Scans log files and folders (recursively, text files only) line by line for the people's names.
import { createReadStream, existsSync, openSync, readSync, closeSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { matcherFor, ScanRefused } from './names.mjs'

/** How much of a file's start is read to tell text from binary: a NUL byte there means binary, as git decides. */
const SNIFF_BYTES = 8000

/**
 * Every place a name turns up in `paths`: hits as { file, line, name }, with the files and bytes scanned. A path
 * that does not exist, or no text file at all, refuses the scan: a scan of nothing must not pass.
 */
export async function scan(names, paths) {
  const files = paths.flatMap(filesUnder).filter(isText)
  if (files.length === 0) throw new ScanRefused(`no text file to scan in ${paths.join(', ')}`)
  const namesIn = matcherFor(names)
  const hits = []
  for (const file of files) await scanFile(file, namesIn, hits)
  return { hits, files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) }
}

/** A hit as it may be shown: where, and whose name, never the log line (the line itself is personal data). */
export function describe(hit) {
  return `${hit.file}:${hit.line}: ${hit.name}`
}

function filesUnder(path) {
  if (!existsSync(path)) throw new ScanRefused(`${path} not found`)
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name)
      if (entry.isDirectory()) return filesUnder(child)
      return entry.isFile() ? [child] : []
    })
}

function isText(file) {
  const start = Buffer.alloc(SNIFF_BYTES)
  const fd = openSync(file, 'r')
  try {
    return !start.subarray(0, readSync(fd, start, 0, SNIFF_BYTES, 0)).includes(0)
  } finally {
    closeSync(fd)
  }
}

/** Adds the file's hits to `hits` (a log may hold more of them than a call's arguments can). */
async function scanFile(file, namesIn, hits) {
  let line = 0
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    line++
    for (const name of namesIn(text)) hits.push({ file, line, name })
  }
}
