import {describe, expect, it} from '@jest/globals'
import {
  deployedSuccessfully,
  deploymentRejection,
  newestDeployment,
  type DeploymentRecord
} from '../../../src/identify-lkg-tag/deployments.js'

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 12, minute))
const deployment = (
  sha: string,
  minute: number,
  ...statuses: [string, number][]
): DeploymentRecord => ({
  sha,
  ref: undefined,
  createdAt: at(minute),
  // Deliberately out of time order: the API does not promise one.
  statuses: statuses.map(([state, m]) => ({state, createdAt: at(m)})).reverse()
})

describe('deployments', () => {
  it('takes the latest status by time, not list order', () => {
    expect(deployedSuccessfully(deployment('a', 0, ['IN_PROGRESS', 1], ['SUCCESS', 2]))).toBe(true)
    expect(deployedSuccessfully(deployment('a', 0, ['SUCCESS', 1], ['FAILURE', 3]))).toBe(false)
  })
  it('counts a success later marked inactive (superseded) as deployed', () => {
    expect(deployedSuccessfully(deployment('a', 0, ['SUCCESS', 1], ['INACTIVE', 9]))).toBe(true)
    expect(deployedSuccessfully(deployment('a', 0, ['FAILURE', 1], ['INACTIVE', 9]))).toBe(false)
  })
  it('explains why a commit does not qualify', () => {
    const all = [deployment('a', 0, ['FAILURE', 1]), deployment('b', 5, ['SUCCESS', 6])]
    expect(deploymentRejection('a', 'production', all)).toBe(
      'no successful deployment to production (latest status: failure)'
    )
    expect(deploymentRejection('c', 'production', all)).toBe('never deployed to production')
    expect(deploymentRejection('b', 'production', all)).toBeUndefined()
  })
  it('finds the newest deployment by creation time', () => {
    expect(
      newestDeployment([deployment('old', 1), deployment('new', 9), deployment('mid', 5)])?.sha
    ).toBe('new')
  })
})

describe('deployments are read, never reordered', () => {
  it('leaves the caller’s status order as it was', () => {
    const d: DeploymentRecord = {
      sha: 'a',
      ref: undefined,
      createdAt: at(0),
      statuses: [
        {state: 'IN_PROGRESS', createdAt: at(1)},
        {state: 'FAILURE', createdAt: at(2)}
      ]
    }
    const before = d.statuses.map(s => s.state)
    deploymentRejection('a', 'production', [d])
    expect(d.statuses.map(s => s.state)).toEqual(before)
  })
})
