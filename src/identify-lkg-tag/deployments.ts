/** A deployment to an environment with its statuses, in no particular order. */
export interface DeploymentRecord {
  sha: string
  ref: string | undefined
  createdAt: Date
  statuses: {state: string; createdAt: Date}[]
}

/**
 * The newest status of a deployment by time (GitHub does not document list order). GitHub
 * marks a superseded deployment `INACTIVE`, so a success followed by inactive still counts
 * as having deployed successfully; a later failure or error does not.
 */
export function deployedSuccessfully(deployment: DeploymentRecord): boolean {
  const ordered = [...deployment.statuses].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime()
  )
  for (const status of ordered) {
    if (status.state === 'INACTIVE') continue
    return status.state === 'SUCCESS'
  }
  return false
}

/** The newest deployment by creation time, whatever its state. */
export function newestDeployment(
  deployments: readonly DeploymentRecord[]
): DeploymentRecord | undefined {
  return [...deployments].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]
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
  const newest = newestDeployment(mine)
  const last = newest?.statuses.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]
  return `no successful deployment to ${environment} (latest status: ${last ? last.state.toLowerCase() : 'none'})`
}
