// The repository itself.
import {json, type Routes} from '../http.js'
import {repository} from '../shapes.js'
import {defaultBranch} from './git-data.js'

export const repoRoutes: Routes = {
  'repos/get': {
    needs: 'metadata:read',
    handle: async ctx => json(200, repository(ctx, await defaultBranch(ctx)))
  }
}
