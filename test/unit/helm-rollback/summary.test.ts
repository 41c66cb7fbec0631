import {describe, expect, it} from '@jest/globals'
import {renderRefusal, renderSummary} from '../../../src/helm-rollback/summary.js'
import {chooseTarget} from '../../../src/helm-rollback/target.js'
import {rev} from '../lib/helm/fixtures.js'

const before = [
  rev(1, 'superseded', '1.0.0'),
  rev(2, 'deployed', '1.1.0'),
  rev(3, 'failed', '1.2.0', {updated: undefined, description: 'Upgrade "app" failed: a | b'})
]
const plan = chooseTarget(before, {by: 'previous-good'}, {release: 'r', allowPending: false})
const scope = {release: 'app', namespace: 'prod'}

describe('renderSummary', () => {
  it('marks from, to and new in the history table', () => {
    const created = rev(4, 'deployed', '1.1.0', {description: 'Rollback to 2'})
    const md = renderSummary({
      scope,
      helmVersion: 'v3.21.4',
      outcome: 'rolled-back',
      plan,
      before,
      after: [...before, created],
      created
    })
    expect(md).toContain(
      '**Rolled back** `app` in namespace `prod` from revision 3 (failed, app 1.2.0) to revision 2 (deployed, app 1.1.0); new revision 4 is deployed.'
    )
    expect(md).toContain('Why: revision 2 is the newest below the latest revision 3')
    expect(md).toContain('| revision | status | app_version | updated | description | role |')
    expect(md).toContain(
      '| 2 | deployed | 1.1.0 | 2026-08-02T10:00:00Z | Upgrade complete | **to** |'
    )
    // A zero time is an empty cell; a pipe in helm's text does not break the table.
    expect(md).toContain('| 3 | failed | 1.2.0 |  | Upgrade "app" failed: a \\| b | **from** |')
    expect(md).toContain(
      '| 4 | deployed | 1.1.0 | 2026-08-04T10:00:00Z | Rollback to 2 | **new** |'
    )
  })

  it.each([
    [
      'dry-run',
      /\*\*Dry run\*\*: would roll back .* Nothing was changed\.[\s\S]*helm's dry run said:\n\n```\nRollback was a success! Happy Helming!\n```/
    ],
    ['already-at-target', /\*\*Already at target\*\*: `app` in namespace `prod` runs revision 2/],
    [
      'failed',
      /\*\*Rollback failed\*\*: [\s\S]*helm said:\n\n```\nError: release app failed: context deadline exceeded\n```/
    ]
  ] as const)('%s', (outcome, pattern) => {
    const helmSaid =
      outcome === 'dry-run'
        ? 'Rollback was a success! Happy Helming!\n'
        : outcome === 'failed'
          ? 'Error: release app failed: context deadline exceeded'
          : undefined
    const md = renderSummary({scope, helmVersion: 'v4.2.4', outcome, plan, before, helmSaid})
    expect(md).toMatch(pattern)
    expect(md).toContain('Release history (helm v4.2.4)')
  })

  it('renderRefusal shows the reason and the history it was judged on', () => {
    const md = renderRefusal(scope, 'v3.21.4', before, 'stuck in pending-upgrade')
    expect(md).toContain('**No rollback**: stuck in pending-upgrade')
    expect(md).toContain('| 1 | superseded | 1.0.0 |')
  })
})
