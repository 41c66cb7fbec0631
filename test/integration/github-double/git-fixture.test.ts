// The shared git fixture: real commits, tags and branches, fast and deterministic.
import {afterEach, beforeEach, expect, it} from '@jest/globals'
import {existsSync} from 'node:fs'
import {createRepo, type GitFixture} from '../../../sandbox/git-fixture.js'

let git: GitFixture

beforeEach(async () => {
  git = await createRepo()
})

afterEach(async () => {
  await git.cleanup()
})

it('commits files through the work tree and leaves it clean', async () => {
  const first = await git.commit('add migration', {
    files: {'migrations/001_init.sql': 'create table t();'}
  })
  const second = await git.commit('drop it', {files: {'migrations/001_init.sql': null}})

  expect(await git.git(['show', '--format=', '--name-status', second])).toBe(
    'D\tmigrations/001_init.sql\n'
  )
  expect(await git.revParse('HEAD~1')).toBe(first)
  expect(await git.git(['status', '--porcelain'])).toBe('')
})

it('makes batches of commits in order, one minute apart, on top of HEAD', async () => {
  const base = await git.commit('base')
  const shas = await git.commits(['a', 'b', 'c'])

  expect(shas).toHaveLength(3)
  expect(await git.git(['rev-list', '--reverse', `${base}..HEAD`])).toBe(`${shas.join('\n')}\n`)
  const dates = (await git.git(['log', '--format=%cI', '-4'])).trim().split('\n').reverse()
  expect(dates).toEqual(
    [
      '2026-01-01T00:01:00Z',
      '2026-01-01T00:02:00Z',
      '2026-01-01T00:03:00Z',
      '2026-01-01T00:04:00Z'
    ].map(d => d.replace('Z', '+00:00'))
  )
})

it('creates, moves and deletes lightweight and annotated tags', async () => {
  const [a, b] = await git.commits(['a', 'b'])
  await git.tag('v1.0.0', a!)
  await git.tag('v1.1.0', a!, {annotated: true, message: 'Release 1.1.0'})

  expect(await git.git(['cat-file', '-t', 'v1.0.0'])).toBe('commit\n')
  expect(await git.git(['cat-file', '-t', 'v1.1.0'])).toBe('tag\n')
  expect(await git.git(['tag', '-l', '--format=%(contents)', 'v1.1.0'])).toBe('Release 1.1.0\n\n')

  // A tag of a tag, and git's own loose tag moved by the fixture.
  await git.tags([{name: 'v1.1.0-signed', sha: await git.revParse('v1.1.0'), annotated: true}])
  await git.git(['tag', 'loose', a!])
  await git.tag('loose', b!)
  expect(await git.revParse('loose')).toBe(b)
  expect(await git.revParse('v1.1.0-signed^{commit}')).toBe(a)
  // The pack and packed-refs the fixture writes are ones git itself accepts.
  expect(await git.git(['fsck', '--strict', '--no-dangling'])).toBe('')

  await git.tag('v1.0.0', b!)
  expect(await git.revParse('v1.0.0')).toBe(b)
  await git.deleteTag('v1.0.0')
  expect(await git.git(['tag', '-l'])).toBe('loose\nv1.1.0\nv1.1.0-signed\n')
})

it('creates branches without checking them out, and cleans up', async () => {
  const base = await git.commit('base')
  await git.branch('release/1.x')
  await git.checkout('release/1.x')
  const next = await git.commit('fix')

  expect(await git.revParse('refs/heads/release/1.x')).toBe(next)
  expect(await git.revParse('refs/heads/main')).toBe(base)
  const dir = git.dir
  await git.cleanup()
  expect(existsSync(dir)).toBe(false)
})
