import {describe, expect, it} from '@jest/globals'
import {describeDifference, diffSchemas} from '../../../src/migrate-down/schema.js'

describe('diffSchemas', () => {
  const atToRef = new Map([
    ['table public.users', 'base table'],
    ['column public.users.id', 'integer NOT NULL'],
    ['column public.users.name', 'text']
  ])

  it('is empty when every object has the same definition', () => {
    expect(diffSchemas(atToRef, new Map(atToRef))).toEqual([])
  })

  it('names what is left over, missing and defined differently, sorted', () => {
    const after = new Map(atToRef)
    after.set('index public.users_name_idx', 'CREATE INDEX users_name_idx ON public.users (name)')
    after.delete('column public.users.name')
    after.set('column public.users.id', 'bigint NOT NULL')
    const lines = diffSchemas(atToRef, after).map(describeDifference)
    expect(lines).toEqual([
      'column public.users.id differs: after the down bigint NOT NULL, at to-ref integer NOT NULL',
      'column public.users.name is missing after the down migrations (to-ref has text)',
      'index public.users_name_idx is left over by the down migrations (CREATE INDEX users_name_idx ON public.users (name))'
    ])
  })
})
