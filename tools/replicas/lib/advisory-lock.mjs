// A PostgreSQL session of the test's own (psql on the profile's socket) that holds an advisory lock until released:
// neither backend's JVM knows of it, only the database does.
import { spawn } from 'node:child_process'
import { once } from 'node:events'

const { PG_BIN, PG_SOCKET, PG_PORT } = process.env

function psqlSession() {
  const psql = [`${PG_BIN}/psql`, '-X', '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1',
    '-h', PG_SOCKET, '-p', PG_PORT, '-U', 'postgres', '-d', 'teamaround']
  // As root, scripts/pg.sh runs the cluster as teamaround-pg, and the socket's folder is that user's alone.
  const [command, ...args] = process.getuid() === 0 ? ['runuser', '-u', 'teamaround-pg', '--', ...psql] : psql
  return spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] })
}

/** Takes the session-level advisory lock `key` (waiting while someone else holds it); `release()` ends the session. */
export async function holdAdvisoryLock(key) {
  const session = psqlSession()
  session.stdin.write(`select 'held' from pg_advisory_lock(${BigInt(key)});\n`)
  await new Promise((resolve, reject) => {
    session.stdout.once('data', resolve)
    session.once('error', reject)
    session.once('exit', (code) => reject(new Error(`psql ended (exit ${code}) before it held the lock`)))
  })
  return {
    async release() {
      const ended = once(session, 'exit')
      session.stdin.end()
      await ended
    },
  }
}
