// Part of verify.ts's chunk, loaded with import() once the schema's inputs are valid. The YAML
// parser (about 115 KB) is a chunk of its own, loaded only when there is YAML to parse: a run
// with only the url input never pays for it.
import type {
  CheckEntry,
  CheckKind,
  CommandCheck,
  HttpCheck,
  JsonAssertion,
  PrometheusCheck,
  Statistics
} from './checks.js'
import {
  ChecksError,
  DEFAULT_MAX_REDIRECTS,
  MAX_CHECKS,
  MAX_CHECKS_TEXT,
  MAX_COUNT
} from './checks.js'
import {CONDITION_EXPECTED, parseCondition} from './condition.js'
import {DURATION_EXPECTED, MAX_DURATION_MS, parseDuration} from './duration.js'
import {PATH_EXPECTED, parsePath} from './json-path.js'
import {parseStatusList, STATUS_EXPECTED, urlProblem} from './values.js'

const KINDS: readonly CheckKind[] = ['http', 'command', 'prometheus']
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const NAME = /^[A-Za-z0-9][A-Za-z0-9 ._:/@-]{0,63}$/
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$/
const STATS_FIELDS = [
  'interval',
  'count',
  'consecutive-successes',
  'failure-limit',
  'inconclusive-limit',
  'timeout'
]
const FIELDS: Record<CheckKind, string[]> = {
  http: [
    'url',
    'method',
    'headers',
    'body',
    'expect-status',
    'body-contains',
    'json',
    'max-latency-ms',
    'max-redirects'
  ],
  command: ['run'],
  prometheus: ['url', 'query', 'condition', 'headers']
}

/**
 * Parses and validates the `checks` YAML: a list of checks as DESIGN.md shows it. Every
 * problem names the entry (index and name), the field and what was expected.
 * @param text the YAML
 * @returns the entries, statistics not yet merged with the inputs' defaults
 * @throws ChecksError
 */
export async function parseChecks(text: string): Promise<CheckEntry[]> {
  if (text.length > MAX_CHECKS_TEXT)
    throw new ChecksError([`is ${text.length} characters long; at most ${MAX_CHECKS_TEXT}`])
  const {isMap, isSeq, parseDocument} = await import('../lib/yaml.js')
  const doc = parseDocument(text, {uniqueKeys: true})
  const yamlError = doc.errors[0]
  if (yamlError) {
    const at = yamlError.linePos?.[0]
    const where = at ? ` at line ${at.line}, column ${at.col}` : ''
    throw new ChecksError([
      `is not valid YAML${where}: ${(yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}; expected a YAML list of checks, each with name and kind`
    ])
  }
  if (!isSeq(doc.contents)) {
    const got =
      doc.contents === null ? 'nothing' : isMap(doc.contents) ? 'a mapping' : 'a single value'
    throw new ChecksError([
      `is ${got}, not a YAML list; expected a list of checks such as "- name: api\\n  kind: http\\n  url: https://..."`
    ])
  }
  let raw: unknown
  try {
    raw = doc.toJS({maxAliasCount: 100})
  } catch (error) {
    throw new ChecksError([`could not be read as YAML: ${(error as Error).message}`])
  }
  const list = raw as unknown[]
  if (list.length === 0) throw new ChecksError(['is an empty list; expected at least one check'])
  if (list.length > MAX_CHECKS)
    throw new ChecksError([`has ${list.length} checks; at most ${MAX_CHECKS}`])
  const problems: string[] = []
  const entries: CheckEntry[] = []
  const seen = new Map<string, number>()
  list.forEach((item, index) => {
    const entry = parseEntry(item, index, problems)
    if (!entry) return
    const first = seen.get(entry.name)
    if (first !== undefined) {
      problems.push(
        `checks[${index}] (name '${entry.name}') field 'name': the name is already used by checks[${first}]; expected a unique name`
      )
      return
    }
    seen.set(entry.name, index)
    entries.push(entry)
  })
  if (problems.length) throw new ChecksError(problems)
  return entries
}

/** Reads fields of one entry and records problems that name it. */
class Fields {
  constructor(
    private readonly data: Record<string, unknown>,
    private readonly where: string,
    private readonly problems: string[]
  ) {}

  problem(field: string, expected: string, value?: unknown): undefined {
    const got = value === undefined ? '' : ` (got ${show(value)})`
    this.problems.push(`${this.where} field '${field}': expected ${expected}${got}`)
    return undefined
  }

  raw(field: string): unknown {
    return this.data[field]
  }

  has(field: string): boolean {
    return this.data[field] !== undefined && this.data[field] !== null
  }

  text(
    field: string,
    opts: {required?: boolean; max?: number; oneLine?: boolean} = {}
  ): string | undefined {
    const v = this.data[field]
    if (v === undefined || v === null) {
      return opts.required ? this.problem(field, `a value: '${field}' is required here`) : undefined
    }
    const max = opts.max ?? 4096
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
      return this.problem(field, 'a text value', v)
    const s = String(v)
    if (s.trim() === '') return this.problem(field, 'a non-empty text value', v)
    if (s.length > max) return this.problem(field, `at most ${max} characters, not ${s.length}`)
    if (opts.oneLine && /[\r\n\0]/.test(s)) return this.problem(field, 'one line of text', v)
    return s
  }

  integer(field: string, min: number, max: number): number | undefined {
    const v = this.data[field]
    if (v === undefined || v === null) return undefined
    const n =
      typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN
    if (!Number.isSafeInteger(n) || n < min || n > max)
      return this.problem(field, `a whole number from ${min} to ${max}`, v)
    return n
  }

  duration(field: string, min = 1): number | undefined {
    const v = this.data[field]
    if (v === undefined || v === null) return undefined
    const ms = typeof v === 'string' ? parseDuration(v) : undefined
    if (ms === undefined || ms < min || ms > MAX_DURATION_MS) {
      const range =
        ms !== undefined && ms < min
          ? ` of at least ${min}ms`
          : ms !== undefined
            ? ' of at most 24h'
            : ''
      return this.problem(field, `${DURATION_EXPECTED}${range}`, v)
    }
    return ms
  }

  url(field: string): string | undefined {
    const s = this.text(field, {required: true, max: 2048, oneLine: true})
    if (s === undefined) return undefined
    const problem = urlProblem(s)
    return problem ? this.problem(field, problem, s) : s
  }

  headers(field: string): Record<string, string> {
    const v = this.data[field]
    if (v === undefined || v === null) return {}
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.problem(
        field,
        'a mapping of header names to values, e.g. {Authorization: "Bearer ${TOKEN}"}',
        v
      )
      return {}
    }
    const out: Record<string, string> = {}
    for (const [name, value] of Object.entries(v as Record<string, unknown>)) {
      if (!HEADER_NAME.test(name)) {
        this.problem(
          `${field}.${name}`,
          'a header name of letters, digits and - (no spaces or colons)'
        )
      } else if (typeof value !== 'string' && typeof value !== 'number') {
        this.problem(`${field}.${name}`, 'a text value', value)
      } else if (/[\r\n\0]/.test(String(value))) {
        this.problem(
          `${field}.${name}`,
          'one line of text (a header value cannot hold a line break)'
        )
      } else if (String(value).length > 8192) {
        this.problem(`${field}.${name}`, 'at most 8192 characters')
      } else {
        out[name] = String(value)
      }
    }
    return out
  }
}

function parseEntry(item: unknown, index: number, problems: string[]): CheckEntry | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    problems.push(`checks[${index}]: expected a mapping with name and kind (got ${show(item)})`)
    return undefined
  }
  const data = item as Record<string, unknown>
  const rawName = data.name
  const label =
    typeof rawName === 'string' || typeof rawName === 'number'
      ? `checks[${index}] (name '${String(rawName).slice(0, 64)}')`
      : `checks[${index}]`
  const f = new Fields(data, label, problems)
  const before = problems.length
  const name = f.text('name', {required: true, max: 64, oneLine: true})
  if (name !== undefined && !NAME.test(name))
    f.problem(
      'name',
      'a name of letters, digits, spaces and . _ : / @ - (at most 64, starting with a letter or digit)',
      name
    )
  const kindValue = data.kind
  if (kindValue === undefined || kindValue === null) {
    f.problem('kind', `one of ${KINDS.join(', ')}: 'kind' is required`)
    return undefined
  }
  if (!KINDS.includes(kindValue as CheckKind)) {
    f.problem('kind', `one of ${KINDS.join(', ')}`, kindValue)
    return undefined
  }
  const kind = kindValue as CheckKind
  const known = new Set(['name', 'kind', ...STATS_FIELDS, ...FIELDS[kind]])
  for (const key of Object.keys(data)) {
    if (known.has(key)) continue
    const hint = closest(key, [...known])
    const other = KINDS.find(k => k !== kind && FIELDS[k].includes(key))
    f.problem(
      key,
      other
        ? `no '${key}' on a ${kind} check ('${key}' belongs to kind ${other})`
        : `a known field${hint ? `: did you mean '${hint}'?` : ''} (a ${kind} check has ${[...known].join(', ')})`
    )
  }
  const stats: Partial<Statistics> = {
    intervalMs: f.duration('interval', 100),
    count: f.integer('count', 1, MAX_COUNT),
    consecutiveSuccesses: f.integer('consecutive-successes', 1, MAX_COUNT),
    failureLimit: f.integer('failure-limit', 0, MAX_COUNT),
    inconclusiveLimit: f.integer('inconclusive-limit', 0, MAX_COUNT)
  }
  for (const key of Object.keys(stats) as (keyof Statistics)[])
    if (stats[key] === undefined) delete stats[key]
  const sampleTimeoutMs = f.duration('timeout', 1)
  const base = {name: name ?? '', stats, sampleTimeoutMs}
  let entry: CheckEntry | undefined
  if (kind === 'http') entry = httpEntry(f, base)
  else if (kind === 'command') entry = commandEntry(f, base)
  else entry = prometheusEntry(f, base)
  return problems.length > before ? undefined : entry
}

type Base = {name: string; stats: Partial<Statistics>; sampleTimeoutMs: number | undefined}

function httpEntry(f: Fields, base: Base): CheckEntry {
  const method = (f.text('method', {max: 16, oneLine: true}) ?? 'GET').toUpperCase()
  if (!METHODS.includes(method)) f.problem('method', `one of ${METHODS.join(', ')}`, method)
  const entry: Omit<HttpCheck, 'stats' | 'sampleTimeoutMs'> = {
    name: base.name,
    kind: 'http',
    url: f.url('url') ?? '',
    method,
    headers: f.headers('headers'),
    body: f.text('body', {max: 64 * 1024}),
    expectStatus: statuses(f),
    bodyContains: f.text('body-contains', {max: 4096}),
    json: jsonAssertions(f),
    maxLatencyMs: f.integer('max-latency-ms', 1, MAX_DURATION_MS),
    maxRedirects: f.integer('max-redirects', 0, 20) ?? DEFAULT_MAX_REDIRECTS
  }
  return {...entry, stats: base.stats, sampleTimeoutMs: base.sampleTimeoutMs}
}

function commandEntry(f: Fields, base: Base): CheckEntry {
  const entry: Omit<CommandCheck, 'stats' | 'sampleTimeoutMs'> = {
    name: base.name,
    kind: 'command',
    run: f.text('run', {required: true, max: 64 * 1024}) ?? ''
  }
  if (entry.run.includes('\0')) f.problem('run', 'a script without NUL characters')
  return {...entry, stats: base.stats, sampleTimeoutMs: base.sampleTimeoutMs}
}

function prometheusEntry(f: Fields, base: Base): CheckEntry {
  const conditionText = f.text('condition', {required: true, max: 64, oneLine: true})
  const condition = conditionText === undefined ? undefined : parseCondition(conditionText)
  if (conditionText !== undefined && !condition)
    f.problem('condition', CONDITION_EXPECTED, conditionText)
  const entry: Omit<PrometheusCheck, 'stats' | 'sampleTimeoutMs'> = {
    name: base.name,
    kind: 'prometheus',
    url: f.url('url') ?? '',
    query: f.text('query', {required: true, max: 16 * 1024}) ?? '',
    condition: condition ?? {op: '==', value: 0, text: ''},
    headers: f.headers('headers')
  }
  return {...entry, stats: base.stats, sampleTimeoutMs: base.sampleTimeoutMs}
}

function statuses(f: Fields): number[] | undefined {
  if (!f.has('expect-status')) return undefined
  const found = parseStatusList(f.raw('expect-status'))
  if (!found) return f.problem('expect-status', STATUS_EXPECTED, f.raw('expect-status'))
  return found
}

function jsonAssertions(f: Fields): JsonAssertion[] {
  const v = f.raw('json')
  if (v === undefined || v === null) return []
  if (!Array.isArray(v)) {
    f.problem('json', 'a list of assertions such as [{path: $.status, equals: ok}]', v)
    return []
  }
  const out: JsonAssertion[] = []
  v.forEach((item, i) => {
    const field = `json[${i}]`
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      f.problem(field, 'a mapping with path and one of equals, exists, lt, gt', item)
      return
    }
    const a = item as Record<string, unknown>
    const unknown = Object.keys(a).filter(
      k => !['path', 'equals', 'exists', 'lt', 'gt'].includes(k)
    )
    if (unknown.length) {
      f.problem(`${field}.${unknown[0]}`, 'one of path, equals, exists, lt, gt')
      return
    }
    if (typeof a.path !== 'string' || !parsePath(a.path)) {
      f.problem(`${field}.path`, PATH_EXPECTED, a.path)
      return
    }
    const tests = ['equals', 'exists', 'lt', 'gt'].filter(k => k in a)
    if (tests.length === 0) {
      f.problem(field, 'one of equals, exists, lt or gt beside path')
      return
    }
    if ('exists' in a && typeof a.exists !== 'boolean') {
      f.problem(`${field}.exists`, 'true or false', a.exists)
      return
    }
    for (const k of ['lt', 'gt'] as const) {
      if (k in a && (typeof a[k] !== 'number' || !Number.isFinite(a[k]))) {
        f.problem(`${field}.${k}`, 'a number', a[k])
        return
      }
    }
    out.push({
      path: a.path,
      ...('equals' in a ? {equals: a.equals} : {}),
      ...('exists' in a ? {exists: a.exists as boolean} : {}),
      ...('lt' in a ? {lt: a.lt as number} : {}),
      ...('gt' in a ? {gt: a.gt as number} : {})
    })
  })
  return out
}

function show(value: unknown): string {
  let text: string
  try {
    text = typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  text = text.replace(/\r?\n/g, '\\n')
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined
  let bestScore = Infinity
  for (const c of candidates) {
    const d = distance(word.toLowerCase().replace(/_/g, '-'), c)
    if (d < bestScore) {
      bestScore = d
      best = c
    }
  }
  return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined
}

function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
      prev = tmp
    }
  }
  return row[b.length] as number
}
