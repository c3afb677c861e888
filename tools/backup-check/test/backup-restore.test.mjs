// A nightly backup is only worth what a restore gives back: scripts/backup.sh on the profile's service database,
// scripts/restore.sh into a scratch database, then the two compared (docs/operations.md).
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { AUDIT_PARTITIONS, byName, CHECKED_TABLES, checksum, ROW_COUNTS } from '../lib/compare.mjs'
import { query, snapshotSession } from '../lib/psql.mjs'

const { ROOT, PROFILE } = process.env
const SOURCE = 'teamaround'
const SCRATCH = 'teamaround_restore'
const run = promisify(execFile)
const dropScratch = () => query('postgres', `drop database if exists ${SCRATCH} with (force)`)

let folder
let source // what the backed-up database held at the backup's snapshot

before(async () => {
  await dropScratch() // a run that was killed may have left it
  folder = await mkdtemp(join(tmpdir(), 'teamaround-backup-'))
  const file = join(folder, 'teamaround.dump')
  const snapshot = await snapshotSession(SOURCE)
  try {
    await run(`${ROOT}/scripts/backup.sh`, [PROFILE, file, `--snapshot=${snapshot.id}`])
    source = {
      counts: byName(await snapshot.query(ROW_COUNTS)),
      partitions: byName(await snapshot.query(AUDIT_PARTITIONS)),
      checksums: await checksums(snapshot.query),
    }
  } finally {
    await snapshot.close()
  }
  await run(`${ROOT}/scripts/restore.sh`, [PROFILE, file, SCRATCH])
})

after(async () => {
  await dropScratch()
  if (folder) await rm(folder, { recursive: true, force: true })
})

async function checksums(ask) {
  const sums = {}
  for (const [table, order] of Object.entries(CHECKED_TABLES)) sums[table] = (await ask(checksum(table, order)))[0]
  return sums
}

const restored = (sql, role) => query(SCRATCH, sql, role)

test('the backup is of a service with records in it', () => {
  assert.ok(Number(source.counts.referral) > 0, `no referral in ${SOURCE} (${PROFILE}): load the demo data first`)
  assert.ok(Number(source.checksums.audit_event[0]) > 0, 'no audit row to compare')
})

test('every table has as many rows after the restore as at the backup', async () => {
  assert.deepEqual(byName(await restored(ROW_COUNTS)), source.counts)
})

test('referrals, support cases and the audit trail read the same, row for row', async () => {
  assert.deepEqual(await checksums((sql) => restored(sql)), source.checksums)
})

test('the audit trail keeps its monthly partitions, each owned by teamaround_audit', async () => {
  const partitions = byName(await restored(AUDIT_PARTITIONS))
  assert.deepEqual(partitions, source.partitions)
  assert.ok(Object.keys(partitions).length > 12, 'a year of monthly partitions at least')
  assert.deepEqual(new Set(Object.values(partitions)), new Set(['teamaround_audit']))
  assert.deepEqual(await restored(`select tableowner from pg_tables where tablename = 'audit_event'`),
    [['teamaround_audit']])
})

test('the service login may still read and add audit rows but not change them', async () => {
  const rights = await restored(`select privilege_type from information_schema.role_table_grants
    where table_name = 'audit_event' and grantee = 'teamaround_app' order by 1`)
  assert.deepEqual(rights, [['INSERT'], ['SELECT']])
  await assert.rejects(restored('update audit_event set username = username', 'teamaround_app'),
    /permission denied for table audit_event/)
  await assert.rejects(restored('delete from audit_event', 'teamaround_app'), /permission denied for table audit_event/)
})

test('the audit trail refuses changes even from the schema owner', async () => {
  await assert.rejects(restored('update audit_event set username = username', 'teamaround'),
    /audit_event is append-only/)
})

test('the service login may work on the restored records', async () => {
  const [[referrals]] = await restored('select count(*) from referral', 'teamaround_app')
  assert.equal(referrals, source.counts.referral)
})
