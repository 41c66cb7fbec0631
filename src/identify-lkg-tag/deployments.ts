/** A deployment to an environment with its statuses, in no particular order. */
export interface DeploymentRecord {
  sha: string
  ref: string | undefined
  createdAt: Date
  statuses: {state: string; createdAt: Date}[]
}

/** A copy, newest first by time: GitHub documents no list order for either. */
function newestFirst<T extends {createdAt: Date}>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
}

/**
 * Whether a deployment's newest status by time is success. GitHub marks a superseded
 * deployment `INACTIVE`, so a success followed by inactive still counts as having deployed
 * successfully; a later failure or error does not.
 */
export function deployedSuccessfully(deployment: DeploymentRecord): boolean {
  const latest = newestFirst(deployment.statuses).find(status => status.state !== 'INACTIVE')
  return latest?.state === 'SUCCESS'
}

/** The newest deployment by creation time, whatever its state. */
export function newestDeployment(
  deployments: readonly DeploymentRecord[]
): DeploymentRecord | undefined {
  return newestFirst(deployments)[0]
}

/** Why a commit does not qualify by its deployments to `environment`, or undefined when it does. */
export function deploymentRejection(
  sha: string,
  environment: string,
  deployments: readonly DeploymentRecord[]
): string | undefined {
  const mine = deployments.filter(d => d.sha === sha)
  if (mine.length === 0) return `never deployed to ${environment}`
  if (mine.some(deployedSuccessfully)) return undefined
  const last = newestFirst(newestDeployment(mine)?.statuses ?? [])[0]
  return `no successful deployment to ${environment} (latest status: ${last ? last.state.toLowerCase() : 'none'})`
}
