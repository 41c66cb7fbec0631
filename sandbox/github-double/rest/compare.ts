// Comparing two commits: the commits a release range holds (record-evidence reads them to find
// the pull requests a rollback reverted).
import {HttpError, htmlRepoUrl, json, paginate, repoUrl, type Routes} from '../http.js'
import {commitJson, requireCommit} from './git-data.js'

export const compareRoutes: Routes = {
  'repos/compare-commits': {
    needs: 'contents:read',
    async handle(ctx) {
      const baseRef = ctx.params.base ?? ''
      const headRef = ctx.params.head ?? ''
      const [base, head] = await Promise.all([
        requireCommit(ctx, baseRef).catch(() => undefined),
        requireCommit(ctx, headRef).catch(() => undefined)
      ])
      if (!base || !head) throw new HttpError(404, 'Not Found')
      const range = await ctx.git.compare(base, head)
      // GitHub pages the commits (oldest first) and repeats the rest of the body on every page.
      const page = paginate(ctx, range.commits, {defaultPerPage: 250, maxPerPage: 250})
      const api = repoUrl(ctx)
      const html = htmlRepoUrl(ctx)
      const status =
        range.aheadBy === 0 && range.behindBy === 0
          ? 'identical'
          : range.behindBy === 0
            ? 'ahead'
            : range.aheadBy === 0
              ? 'behind'
              : 'diverged'
      return json(
        200,
        {
          url: `${api}/compare/${baseRef}...${headRef}`,
          html_url: `${html}/compare/${baseRef}...${headRef}`,
          permalink_url: `${html}/compare/${base}...${head}`,
          diff_url: `${html}/compare/${baseRef}...${headRef}.diff`,
          patch_url: `${html}/compare/${baseRef}...${headRef}.patch`,
          base_commit: await commitJson(ctx, base),
          merge_base_commit: await commitJson(ctx, range.mergeBase ?? base),
          status,
          ahead_by: range.aheadBy,
          behind_by: range.behindBy,
          total_commits: range.commits.length,
          commits: await Promise.all(page.items.map(sha => commitJson(ctx, sha))),
          files: []
        },
        page.headers
      )
    }
  }
}
