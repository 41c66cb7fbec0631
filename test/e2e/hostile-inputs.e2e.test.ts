import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {readdirSync, readFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {createHelmStandin, standinRevisions, type HelmStandin} from '../../sandbox/helm/standin.js'
import {errors, ROOT, runDist} from '../../sandbox/runner.js'
import {declaredInputs, type DeclaredInput} from '../../src/lib/action-manifest.js'
import {WITHOUT_GITHUB} from '../../src/cli/actions.js'

// The hostile-input corpus (issue 6): every input of every action in actions/*/action.yml gets
// every hostile value, through its bundle as the runner runs it. Expected: exit 1, exactly one
// `::error::` that names the input, and nothing done outside (no GitHub request, no helm
// command). Actions added later are covered as soon as their action.yml and dist exist; give
// their required inputs a valid value in BASE.

/** Valid values for required inputs (and what an action needs to get as far as its inputs). */
const BASE: Record<string, Record<string, string>> = {
  'identify-lkg-tag': {token: 'ghs_hostile_corpus_token', repository: 'octo-org/payments-api'},
  'helm-rollback': {release: 'payments', namespace: 'prod'},
  'freeze-merges': {token: 'ghs_hostile_corpus_token', repository: 'octo-org/payments-api'},
  'record-evidence': {
    token: 'ghs_hostile_corpus_token',
    repository: 'octo-org/payments-api',
    stage: 'declared'
  }
}
/** For a required input of an action not in BASE. */
const FALLBACK = 'payments'

type Kind = 'empty' | 'huge' | 'newlines' | 'leading-dash' | 'wrong-type'

function hostile(kind: Kind, input: DeclaredInput): string {
  switch (kind) {
    case 'empty':
      return ''
    case 'huge':
      return 'a'.repeat(100_000)
    case 'newlines':
      return 'v1.0.0\nv2.0.0\r\n--dry-run=false'
    case 'leading-dash':
      return '--help'
    case 'wrong-type':
      // A boolean gets a word, a number gets a word, anything else gets a JSON object.
      return input.boolean ? 'yes please' : /^\d+$/.test(input.default ?? '') ? 'ten' : '{"a": [1]}'
  }
}

/**
 * Values that are legitimately valid for an input, so the action goes on (and is tested
 * elsewhere). Generic rules first: an empty optional input takes its default, and a list
 * input takes newlines by definition.
 */
function allowed(action: string, input: DeclaredInput, kind: Kind): string | undefined {
  if (kind === 'empty' && !input.required && input.name !== 'tag-pattern')
    return 'empty means the default'
  if (kind === 'newlines' && input.list) return 'a newline-separated list'
  if (WITHOUT_GITHUB.has(action) && (input.name === 'token' || input.name === 'repository'))
    return `never read: ${action} does not call GitHub`
  return ALLOWED[`${action}/${input.name}`]?.[kind] ?? ALLOWED[`*/${input.name}`]?.[kind]
}

/** Free text shown to people (an issue, a comment), never an argument: any word is fine. */
const freeText = (what: string, multiline = false): Partial<Record<Kind, string>> => ({
  'leading-dash': `${what} is free text; it is shown, never passed as an argument`,
  'wrong-type': `${what} is free text`,
  ...(multiline ? {newlines: `${what} is markdown over several lines`} : {})
})

const ALLOWED: Record<string, Partial<Record<Kind, string>>> = {
  'migrate-down/migrations-dir': {'wrong-type': 'a directory may be named {"a": [1]}'},
  'migrate-down/backup-path': {'wrong-type': 'a file may be named {"a": [1]}'},
  'migrate-down/command': {
    'wrong-type': "the user's own command line; its words go to the program as argv"
  },
  '*/evidence-dir': {
    'leading-dash': 'a directory named --help is a path like any other; it never reaches argv',
    'wrong-type': 'a directory may be named {"a": [1]}'
  },
  'helm-rollback/to-app-version': {
    'leading-dash': 'app_version is free text in Chart.yaml; it is compared, never passed to helm'
  },
  'helm-rollback/kube-context': {
    'leading-dash': 'kubeconfig context names are free; passed as --kube-context=<value>',
    'wrong-type': 'kubeconfig context names are free'
  },
  'identify-lkg-tag/environment': {
    'leading-dash': 'GitHub allows environment names starting with -',
    'wrong-type': 'GitHub environment names may hold braces and spaces'
  },
  'freeze-merges/reason': freeText('the freeze reason'),
  'freeze-merges/incident': freeText('an incident id or URL'),
  'freeze-merges/exempt-label': {
    'leading-dash': 'GitHub allows a label named --help',
    'wrong-type': 'GitHub allows a label named {"a": [1]}'
  },
  'freeze-merges/check-name': {
    'leading-dash': 'a commit status context may be named --help',
    'wrong-type': 'a commit status context may be named {"a": [1]}'
  },
  'record-evidence/title': freeText('the incident title'),
  'record-evidence/who': freeText('who leads the rollback'),
  'record-evidence/in-progress': freeText('in-progress', true),
  'record-evidence/risks': freeText('risks', true),
  'record-evidence/verified-by': freeText('verified-by', true),
  'record-evidence/frozen': freeText('frozen', true),
  'record-evidence/follow-ups': freeText('follow-ups', true),
  'record-evidence/environment': {
    'leading-dash': 'GitHub allows environment names starting with -',
    'wrong-type': 'GitHub environment names may hold braces and spaces'
  },
  'identify-lkg-tag/required-checks': {
    'leading-dash': 'a check may be named --help',
    'wrong-type': 'a check may be named {"a": [1]}'
  }
}

const KINDS: Kind[] = ['empty', 'huge', 'newlines', 'leading-dash', 'wrong-type']
const actions = readdirSync(join(ROOT, 'actions')).sort()

let server: Server
let requests = 0
let helm: HelmStandin
beforeAll(async () => {
  // Any request at all is a failure of the test: inputs are checked before the first one.
  server = createServer((_req, res) => {
    requests++
    res.writeHead(500, {'content-type': 'application/json'}).end('{"message":"corpus"}')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  helm = createHelmStandin({
    releases: [
      {
        name: 'payments',
        namespace: 'prod',
        revisions: standinRevisions('payments', [
          ['superseded', '1.0.0'],
          ['deployed', '1.1.0']
        ])
      }
    ]
  })
})
afterAll(async () => {
  helm.cleanup()
  await new Promise(resolve => server.close(resolve))
})

const cases = actions.flatMap(action => {
  const inputs = declaredInputs(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8'))
  return inputs.flatMap(input =>
    KINDS.filter(kind => !allowed(action, input, kind)).map(
      kind => [action, input.name, kind, input, inputs] as const
    )
  )
})

describe('hostile inputs through every action bundle', () => {
  it('covers every action', () => {
    expect(new Set(cases.map(c => c[0]))).toEqual(new Set(actions))
  })

  it.each(cases)('%s: %s = <%s>', async (action, name, kind, input, inputs) => {
    const base: Record<string, string> = {}
    for (const other of inputs) {
      const value = BASE[action]?.[other.name] ?? (other.required ? FALLBACK : undefined)
      if (value !== undefined) base[other.name] = value
    }
    const before = {requests, helm: helm.invocations().length}
    const run = await runDist(action, {
      inputs: {...base, [name]: hostile(kind, input)},
      env: {
        ...helm.env,
        GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      }
    })
    const found = errors(run)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(`'${name}'`)
    expect(found[0]).not.toMatch(new RegExp(`^${action} failed:`))
    expect(run.exitCode).toBe(1)
    expect(requests).toBe(before.requests)
    expect(helm.invocations().length).toBe(before.helm)
    // A huge value is quoted shortened, never whole.
    expect(found[0]?.length ?? 0).toBeLessThan(2000)
  })
})
