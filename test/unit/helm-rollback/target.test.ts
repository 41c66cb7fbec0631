import {describe, expect, it} from '@jest/globals'
import {InputError, UserError} from '../../../src/lib/errors.js'
import {chooseTarget, type TargetRequest} from '../../../src/helm-rollback/target.js'
import type {Revision} from '../../../src/lib/helm/history.js'
import {rev} from '../lib/helm/fixtures.js'

const context = {release: "release 'myapp' in namespace 'prod'", allowPending: false}
const previous: TargetRequest = {by: 'previous-good'}

describe('chooseTarget: default (newest good revision below the latest)', () => {
  it.each<[string, Revision[], number, string[]]>([
    [
      'the previous revision when it is superseded',
      [rev(1, 'superseded'), rev(2, 'superseded'), rev(3, 'deployed')],
      2,
      []
    ],
    [
      'skips a failed N-1 (helm itself would land on it)',
      [rev(1, 'superseded'), rev(2, 'deployed'), rev(3, 'failed')],
      2,
      []
    ],
    [
      'skips failed and pending revisions on the way down',
      [rev(1, 'superseded'), rev(2, 'failed'), rev(3, 'pending-upgrade'), rev(4, 'deployed')],
      1,
      ['3:pending-upgrade', '2:failed']
    ],
    [
      'a deployed revision below a failed latest one',
      [rev(4, 'superseded'), rev(5, 'deployed'), rev(6, 'failed'), rev(7, 'failed')],
      5,
      ['6:failed']
    ],
    [
      'skips uninstalled and unknown',
      [rev(1, 'superseded'), rev(2, 'uninstalled'), rev(3, 'unknown'), rev(4, 'deployed')],
      1,
      ['3:unknown', '2:uninstalled']
    ],
    [
      'skips revisions a later rollback moved away from',
      [
        rev(1, 'superseded'),
        rev(2, 'superseded'),
        rev(3, 'superseded'),
        rev(4, 'superseded', '1.2.0', {description: 'Rollback to 2'}),
        rev(5, 'deployed')
      ],
      4,
      []
    ]
  ])('%s', (_name, history, to, skipped) => {
    const plan = chooseTarget(history, previous, context)
    expect(plan.to.revision).toBe(to)
    expect(plan.action).toBe('rollback')
    expect(plan.from.revision).toBe(Math.max(...history.map(r => r.revision)))
    expect(plan.skipped.map(s => `${s.revision}:${s.reason}`)).toEqual(skipped)
    expect(plan.why).toMatch(new RegExp(`^revision ${to} is the newest below the latest revision`))
  })

  it('reads the history in any order', () => {
    const plan = chooseTarget(
      [rev(3, 'failed'), rev(1, 'superseded'), rev(2, 'deployed')],
      previous,
      context
    )
    expect([plan.from.revision, plan.to.revision]).toEqual([3, 2])
  })

  it('a re-run after a successful rollback is already at target (the bad one is passed over)', () => {
    const history = [
      rev(1, 'superseded'),
      rev(2, 'superseded'),
      rev(3, 'superseded'),
      rev(4, 'deployed', '1.2.0', {description: 'Rollback to 2'})
    ]
    const plan = chooseTarget(history, previous, context)
    expect(plan.action).toBe('already-at-target')
    expect(plan.to.revision).toBe(2)
    expect(plan.skipped).toEqual([{revision: 3, reason: 'rolled back from by revision 4'}])
    expect(plan.why).toMatch(/already a rollback to it/)
  })

  it.each<[string, Revision[], RegExp]>([
    [
      'only one revision',
      [rev(1, 'deployed')],
      /below the latest revision 1 deployed successfully \(it is the only revision\)/
    ],
    [
      'every older revision failed',
      [rev(1, 'failed'), rev(2, 'failed'), rev(3, 'deployed')],
      /below the latest revision 3 deployed successfully: 2 failed, 1 failed\. Helm keeps only the newest history-max revisions\. Pass 'revision'/
    ]
  ])('says why none qualifies: %s', (_name, history, message) => {
    expect(() => chooseTarget(history, previous, context)).toThrow(UserError)
    expect(() => chooseTarget(history, previous, context)).toThrow(message)
  })

  it('fails on an empty history', () => {
    expect(() => chooseTarget([], previous, context)).toThrow(/no revisions/)
  })
})

describe('chooseTarget: pending releases', () => {
  const stuck = [
    rev(1, 'superseded'),
    rev(2, 'deployed'),
    rev(3, 'pending-upgrade', '1.3.0', {description: 'Preparing upgrade'})
  ]

  it.each(['pending-install', 'pending-upgrade', 'pending-rollback'])(
    'refuses %s with guidance unless allow-pending',
    status => {
      const history = [rev(1, 'superseded'), rev(2, 'deployed'), rev(3, status)]
      expect(() => chooseTarget(history, previous, context)).toThrow(
        new RegExp(
          `stuck in ${status} at revision 3: .*re-run with allow-pending: true; the rollback is what un-sticks`
        )
      )
    }
  )

  it('with allow-pending the rollback un-sticks it, and the reason says so', () => {
    const plan = chooseTarget(stuck, previous, {...context, allowPending: true})
    expect(plan).toMatchObject({action: 'rollback', unsticks: true})
    expect(plan.to.revision).toBe(2)
    expect(plan.why).toMatch(
      /latest revision 3 is stuck in pending-upgrade and this rollback un-sticks it/
    )
  })

  it('a pending revision is never already-at-target, even when the target is the deployed one', () => {
    const plan = chooseTarget(
      stuck,
      {by: 'revision', revision: 2},
      {...context, allowPending: true}
    )
    expect(plan.action).toBe('rollback')
  })
})

describe('chooseTarget: revision input', () => {
  const history = [rev(3, 'superseded'), rev(4, 'failed'), rev(5, 'superseded'), rev(6, 'deployed')]

  it('takes a revision that deployed successfully', () => {
    const plan = chooseTarget(history, {by: 'revision', revision: 3}, context)
    expect(plan).toMatchObject({
      action: 'rollback',
      why: 'revision 3 was asked for (revision input)'
    })
    expect(plan.to.revision).toBe(3)
  })

  it('the deployed latest revision itself is already-at-target', () => {
    const plan = chooseTarget(history, {by: 'revision', revision: 6}, context)
    expect(plan.action).toBe('already-at-target')
    expect(plan.why).toMatch(/it is the deployed revision/)
  })

  it.each<[number, RegExp]>([
    [
      4,
      /^Input 'revision' has the value '4': revision 4 has status failed, .*deployed successfully: 6 \(deployed, app 1\.6\.0\), 5 \(superseded, app 1\.5\.0\), 3 \(superseded/
    ],
    [9, /'9': the latest revision of the release 'myapp' in namespace 'prod' is 6;/],
    [1, /'1': helm keeps only the newest revisions \(history-max\) and the oldest left is 3;/]
  ])('rejects revision %s, naming the input and what would work', (revision, message) => {
    const choose = () => chooseTarget(history, {by: 'revision', revision}, context)
    expect(choose).toThrow(InputError)
    expect(choose).toThrow(message)
  })

  it('rejects a pending revision as a target', () => {
    const h = [
      rev(1, 'superseded'),
      rev(2, 'pending-upgrade'),
      rev(3, 'superseded'),
      rev(4, 'deployed')
    ]
    expect(() => chooseTarget(h, {by: 'revision', revision: 2}, context)).toThrow(
      /status pending-upgrade/
    )
  })

  it('rejects a revision missing from the middle (pruned)', () => {
    const h = [rev(1, 'superseded'), rev(3, 'deployed')]
    expect(() => chooseTarget(h, {by: 'revision', revision: 2}, {...context})).toThrow(
      /not in the history/
    )
  })
})

describe('chooseTarget: to-app-version input', () => {
  const history = [
    rev(1, 'superseded', '1.4.0'),
    rev(2, 'superseded', '1.4.1'),
    rev(3, 'superseded', '1.4.1'),
    rev(4, 'failed', '1.4.2'),
    rev(5, 'deployed', '1.5.0')
  ]

  it.each([
    ['1.4.1', 3],
    ['v1.4.1', 3],
    ['1.4.0', 1]
  ])('%s → the newest successful revision with it (%s)', (appVersion, revision) => {
    const plan = chooseTarget(history, {by: 'app-version', appVersion}, context)
    expect(plan.to.revision).toBe(revision)
    expect(plan.why).toMatch(
      /newest that deployed app_version .* successfully \(to-app-version input\)/
    )
  })

  it('matches v-prefixed app versions in the chart too', () => {
    const h = [rev(1, 'superseded', 'v2.0.0'), rev(2, 'deployed', 'v2.1.0')]
    expect(chooseTarget(h, {by: 'app-version', appVersion: '2.0.0'}, context).to.revision).toBe(1)
  })

  it('the app version deployed now is already-at-target', () => {
    const plan = chooseTarget(history, {by: 'app-version', appVersion: '1.5.0'}, context)
    expect(plan.action).toBe('already-at-target')
  })

  it.each<[string, RegExp]>([
    [
      '1.4.2',
      /^Input 'to-app-version' has the value '1\.4\.2': app_version 1\.4\.2 appears only in revisions that did not deploy successfully: 4 \(failed, app 1\.4\.2\)/
    ],
    [
      '9.9.9',
      /no revision of the release 'myapp' in namespace 'prod' has app_version 9\.9\.9 \(the history has: 1\.4\.0, 1\.4\.1, 1\.4\.2, 1\.5\.0\)/
    ]
  ])('says why %s does not qualify', (appVersion, message) => {
    expect(() => chooseTarget(history, {by: 'app-version', appVersion}, context)).toThrow(message)
  })
})
