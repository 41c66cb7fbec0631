import {describe, expect, it} from '@jest/globals'
import {isMutation, isWrite} from '../../../src/lib/github-writes.js'

describe('isWrite', () => {
  it.each([
    ['GET', '/repos/{owner}/{repo}', undefined, false],
    ['HEAD', '/repos/{owner}/{repo}', undefined, false],
    ['POST', '/repos/{owner}/{repo}/issues', undefined, true],
    ['PATCH', '/repos/{owner}/{repo}', undefined, true],
    ['PUT', '/repos/{owner}/{repo}/branches/{branch}/protection', undefined, true],
    ['DELETE', '/repos/{owner}/{repo}/git/refs/{ref}', undefined, true],
    ['POST', '/graphql', 'query { viewer { login } }', false],
    ['POST', '/graphql', '{ viewer { login } }', false],
    ['POST', '/graphql', 'mutation M { addStar(input: {}) { clientMutationId } }', true],
    ['POST', 'https://ghes.example/api/graphql', 'mutation { x }', true]
  ])('%s %s (%s) is a write: %s', (method, url, query, expected) => {
    expect(isWrite({method, url, query})).toBe(expected)
  })
})

describe('isMutation', () => {
  it.each([
    ['a query', 'query Q { repository { name } }', false],
    ['an anonymous query', '{ repository { name } }', false],
    ['a field named mutation', 'query { mutation { id } }', false],
    ['the word in a comment', '# mutation\nquery { a }', false],
    ['the word in a string', 'query { search(query: "} mutation") { a } }', false],
    ['the word in a block string', 'query { search(query: """\n} mutation x""") { a } }', false],
    ['a mutation', 'mutation M($id: ID!) { a(input: {id: $id}) { b } }', true],
    ['a mutation after a comment', '# freeze\n  mutation { a }', true],
    ['a mutation after a query', 'query A { a } mutation B { b }', true],
    ['a fragment then a mutation', 'fragment F on X { a } mutation { b { ...F } }', true],
    ['no text at all', undefined, true]
  ])('%s: %s', (_name, query, expected) => {
    expect(isMutation(query)).toBe(expected)
  })
})
