/** One schema object: kind and qualified name as the key, its definition as the value. */
export type Schema = Map<string, string>

export interface SchemaDifference {
  object: string
  /** In the database migrated to to-ref. */
  expected?: string
  /** In the database after the down migrations ran. */
  actual?: string
}

type Query = (text: string) => Promise<Record<string, unknown>[]>

const USER_SCHEMAS = `NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND %s NOT LIKE 'pg_temp%' AND %s NOT LIKE 'pg_toast_temp%'`
const userSchema = (column: string) => `${column} ${USER_SCHEMAS.replaceAll('%s', column)}`

/**
 * Tables, columns (type, nullability, default), indexes, constraints and enum types of every
 * user schema, read from information_schema and pg_catalog. `skip` are the tool's own tables.
 */
export async function readSchema(query: Query, skip: readonly string[]): Promise<Schema> {
  const schema: Schema = new Map()
  const skipped = (table: string) =>
    skip.includes(table) || skip.includes(table.split('.')[1] ?? '')
  const tables = await query(
    `SELECT table_schema AS s, table_name AS t, table_type AS k FROM information_schema.tables WHERE ${userSchema('table_schema')}`
  )
  for (const r of tables) {
    const name = `${String(r.s)}.${String(r.t)}`
    if (!skipped(name)) schema.set(`table ${name}`, String(r.k).toLowerCase())
  }
  const columns = await query(
    `SELECT table_schema AS s, table_name AS t, column_name AS c, format_type(a.atttypid, a.atttypmod) AS type, is_nullable AS n, column_default AS d
       FROM information_schema.columns c
       JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
      WHERE ${userSchema('table_schema')}`
  )
  for (const r of columns) {
    const table = `${String(r.s)}.${String(r.t)}`
    if (skipped(table)) continue
    schema.set(
      `column ${table}.${String(r.c)}`,
      `${String(r.type)}${r.n === 'NO' ? ' NOT NULL' : ''}${r.d === null ? '' : ` DEFAULT ${String(r.d)}`}`
    )
  }
  const indexes = await query(
    `SELECT schemaname AS s, tablename AS t, indexname AS i, indexdef AS d FROM pg_indexes WHERE ${userSchema('schemaname')}`
  )
  for (const r of indexes) {
    const table = `${String(r.s)}.${String(r.t)}`
    if (!skipped(table)) schema.set(`index ${String(r.s)}.${String(r.i)}`, String(r.d))
  }
  const constraints = await query(
    `SELECT n.nspname AS s, cl.relname AS t, co.conname AS c, pg_get_constraintdef(co.oid) AS d
       FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE ${userSchema('n.nspname')}`
  )
  for (const r of constraints) {
    const table = `${String(r.s)}.${String(r.t)}`
    if (!skipped(table)) schema.set(`constraint ${table}.${String(r.c)}`, String(r.d))
  }
  const enums = await query(
    `SELECT n.nspname AS s, t.typname AS t, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS d
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE ${userSchema('n.nspname')} GROUP BY 1, 2`
  )
  for (const r of enums) schema.set(`type ${String(r.s)}.${String(r.t)}`, `enum (${String(r.d)})`)
  return schema
}

/** What differs, sorted: missing after the down, left over by it, or defined differently. */
export function diffSchemas(expected: Schema, actual: Schema): SchemaDifference[] {
  const keys = [...new Set([...expected.keys(), ...actual.keys()])].sort()
  return keys
    .filter(key => expected.get(key) !== actual.get(key))
    .map(key => ({object: key, expected: expected.get(key), actual: actual.get(key)}))
}

/** One line per difference, for the log, the summary and the error. */
export function describeDifference(d: SchemaDifference): string {
  if (d.expected === undefined)
    return `${d.object} is left over by the down migrations (${d.actual})`
  if (d.actual === undefined)
    return `${d.object} is missing after the down migrations (to-ref has ${d.expected})`
  return `${d.object} differs: after the down ${d.actual}, at to-ref ${d.expected}`
}
