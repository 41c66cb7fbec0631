import {describe, expect, it} from '@jest/globals'
import {chooseTarget} from '../../../src/helm-rollback/target.js'
import {verifyRollback} from '../../../src/helm-rollback/verify.js'
import {rev} from '../lib/helm/fixtures.js'

const before = [
  rev(1, 'superseded', '1.0.0'),
  rev(2, 'deployed', '1.1.0'),
  rev(3, 'failed', '1.2.0')
]
const plan = chooseTarget(before, {by: 'previous-good'}, {release: 'r', allowPending: false})
const history = (...tail: ReturnType<typeof rev>[]) => [...before, ...tail]

describe('verifyRollback (one helm history call after the rollback)', () => {
  it('accepts the new revision deployed with the target app_version', () => {
    const created = rev(4, 'deployed', '1.1.0', {description: 'Rollback to 2'})
    expect(verifyRollback(plan, history(created))).toEqual({created, problem: undefined})
  })

  it.each([
    ['no new revision', [], /no new revision: the latest is still 3 \(failed\)/],
    [
      'the new revision failed',
      [rev(4, 'failed', '1.1.0', {description: 'Release "r" failed: context deadline exceeded'})],
      /the new revision 4 is failed \("Release "r" failed: context deadline exceeded"\), not deployed/
    ],
    [
      'still pending',
      [rev(4, 'pending-rollback', '1.1.0', {description: 'Rollback to 2'})],
      /the new revision 4 is pending-rollback \("Rollback to 2"\), not deployed/
    ],
    [
      'wrong app version',
      [rev(4, 'deployed', '1.2.0')],
      /runs app_version '1\.2\.0', not '1\.1\.0' of revision 2/
    ],
    [
      'another operation ran meanwhile',
      [rev(4, 'superseded', '1.1.0'), rev(5, 'deployed', '1.3.0')],
      /revision 5 \(deployed\) is newer than the one this rollback created \(4\): another helm operation/
    ]
  ])('flags %s', (_name, tail, problem) => {
    expect(verifyRollback(plan, history(...tail)).problem).toMatch(problem)
  })
})
