import {describe, expect, it} from '@jest/globals'
import {declaredDefaults} from '../../../src/lib/action-manifest.js'

const yml = [
  'inputs:',
  '  token:',
  '    default: ${{ github.token }}',
  '  repository:',
  '    default: ${{ github.repository }}',
  '  evidence-dir:',
  '    default: ${{ runner.temp }}/rollback-evidence',
  '  tag-pattern:',
  '    default: v*',
  '  dry-run:',
  "    default: 'false'",
  '  current:',
  '    description: no default'
].join('\n')

describe('declaredDefaults', () => {
  it('fills the expressions it is given and leaves out the ones it cannot fill', () => {
    expect(declaredDefaults(yml, {'github.repository': 'o/r', 'runner.temp': '/t'})).toEqual({
      repository: 'o/r',
      'evidence-dir': '/t/rollback-evidence',
      'tag-pattern': 'v*',
      'dry-run': 'false'
    })
  })
  it('outside a runner keeps only literal defaults', () => {
    expect(declaredDefaults(yml)).toEqual({'tag-pattern': 'v*', 'dry-run': 'false'})
    expect(declaredDefaults('')).toEqual({})
  })
})
