// Every REST route of the double, keyed by the operationId of GitHub's description.
// Adding a route: add the operationId to script/openapi-subset.mjs, re-run it, add the handler
// to the area's file here.
import type {Routes} from '../http.js'
import {actionRoutes} from './actions.js'
import {branchRoutes} from './branches.js'
import {checkRoutes} from './checks.js'
import {compareRoutes} from './compare.js'
import {deploymentRoutes} from './deployments.js'
import {gitRoutes} from './git.js'
import {issueRoutes} from './issues.js'
import {pullRoutes} from './pulls.js'
import {repoRoutes} from './repos.js'
import {rulesetRoutes} from './rulesets.js'
import {teamRoutes} from './teams.js'

export const routes: Routes = {
  ...repoRoutes,
  ...gitRoutes,
  ...compareRoutes,
  ...checkRoutes,
  ...deploymentRoutes,
  ...branchRoutes,
  ...rulesetRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...actionRoutes,
  ...teamRoutes
}
