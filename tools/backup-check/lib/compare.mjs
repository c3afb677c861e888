// What a restore must give back, read the same way from the backed-up database and from the restored one.

/** Every table's row count, partitions one by one, as `table<TAB>count` rows. */
export const ROW_COUNTS = `
  select c.relname, (xpath('/row/n/text()',
    query_to_xml(format('select count(*) as n from %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind = 'r'
  order by c.relname`

/** The tables whose every row is compared, with the order that makes the checksum stable. */
export const CHECKED_TABLES = { referral: 'id', support_case: 'id', audit_event: 'id, at' }

/** One md5 over every row of `table` as text, in `order`. */
export const checksum = (table, order) =>
  `select count(*), md5(coalesce(string_agg(t::text, '|' order by ${order}), '')) from ${table} t`

/** The audit trail's partitions, each with its owner. */
export const AUDIT_PARTITIONS = `
  select c.relname, pg_get_userbyid(c.relowner)
  from pg_inherits i join pg_class c on c.oid = i.inhrelid
  where i.inhparent = 'audit_event'::regclass
  order by c.relname`

/** `rows` (pairs) as an object, for a comparison that names what differs. */
export const byName = (rows) => Object.fromEntries(rows.map(([name, value]) => [name, value]))
