import {describe, expect, it} from '@jest/globals'
import {namespaceProblem, releaseNameProblem} from '../../../../src/lib/helm/release-name.js'

describe('releaseNameProblem (helm: lowercase DNS-1123, at most 53)', () => {
  it.each(['myapp', 'payments-api', 'a', '0', 'web.v2', 'a-b.c-d', 'x'.repeat(53)])(
    'accepts %s',
    name => {
      expect(releaseNameProblem(name)).toBeUndefined()
    }
  )

  it.each<[string, RegExp]>([
    ['app;rm -rf /', /has the character ';'/],
    ['my app', /has spaces/],
    ['MyApp', /has upper-case letters/],
    ['x'.repeat(54), /is 54 characters long; Helm release names are at most 53/],
    ['-app', /does not start and end with a letter or digit/],
    ['app-', /does not start and end/],
    ['app..x', /does not start and end/],
    ['app_1', /has the character '_'/],
    ['$(id)', /has the character '\$'/],
    ['app\n', /has spaces/]
  ])('rejects %j', (name, message) => {
    expect(releaseNameProblem(name)).toMatch(message)
    expect(releaseNameProblem(name)).toMatch(/e\.g\. payments-api|at most 53/)
  })
})

describe('namespaceProblem (DNS-1123 label)', () => {
  it.each(['prod', 'kube-system', 'a1'])('accepts %s', ns =>
    expect(namespaceProblem(ns)).toBeUndefined()
  )
  it.each(['Prod', 'a.b', 'x'.repeat(64), 'a b', '-a'])('rejects %j', ns =>
    expect(namespaceProblem(ns)).toMatch(/expected a Kubernetes namespace/)
  )
})
