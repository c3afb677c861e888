// psql on the profile's socket (local connections are trusted there), as whichever role a check needs.
import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'

const { PG_BIN, PG_SOCKET, PG_PORT, PG_OS_USER } = process.env
if (!PG_BIN || !PG_SOCKET || !PG_PORT) {
  throw new Error('PG_BIN, PG_SOCKET and PG_PORT are unset: run the suite with tools/backup-check/run.sh <profile>')
}
const run = promisify(execFile)

function psql(role, database) {
  const command = [`${PG_BIN}/psql`, '-X', '-q', '-t', '-A', '-F', '\t', '-v', 'ON_ERROR_STOP=1',
    '-h', PG_SOCKET, '-p', PG_PORT, '-U', role, '-d', database]
  // As root, scripts/pg.sh runs the cluster as its own system user, and the socket's folder is that user's alone.
  return process.getuid() === 0 ? ['runuser', '-u', PG_OS_USER, '--', ...command] : command
}

const rows = (output) => output.split('\n').filter((line) => line !== '').map((line) => line.split('\t'))

/** Runs SQL as `role` on `database`: answers the last statement's rows, or rejects with PostgreSQL's error. */
export async function query(database, sql, role = 'postgres') {
  const [command, ...args] = psql(role, database)
  try {
    return rows((await run(command, [...args, '-c', sql])).stdout)
  } catch (error) {
    throw new Error(error.stderr?.trim() || error.message)
  }
}

const DONE = '--done--'

/**
 * A session in one repeatable-read transaction whose snapshot it exports: pg_dump --snapshot=<id> then dumps exactly
 * what this session reads, whatever the service writes meanwhile. `close()` ends the transaction.
 */
export async function snapshotSession(database) {
  const [command, ...args] = psql('postgres', database)
  const session = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] })
  let output = ''
  let waiting = null
  session.stdout.on('data', (chunk) => {
    output += chunk
    const end = output.indexOf(`${DONE}\n`)
    if (end >= 0 && waiting) {
      const answer = output.slice(0, end)
      output = output.slice(end + DONE.length + 1)
      waiting.resolve(rows(answer))
    }
  })
  session.once('exit', (code) => waiting?.reject(new Error(`psql ended (exit ${code})`)))
  const ask = (sql) => new Promise((resolve, reject) => {
    waiting = { resolve, reject }
    session.stdin.write(`${sql};\n\\echo ${DONE}\n`)
  })
  await ask('begin isolation level repeatable read')
  const [[id]] = await ask('select pg_export_snapshot()')
  return {
    id,
    query: ask,
    async close() {
      session.stdin.end('rollback;\n')
      if (session.exitCode === null) await new Promise((resolve) => session.once('exit', resolve))
    },
  }
}
