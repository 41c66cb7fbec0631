export const id = 393;
export const ids = [393];
export const modules = {

/***/ 7393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notify: () => (/* binding */ notify)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 20 modules
var utils = __webpack_require__(5250);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/log.ts
var log = __webpack_require__(1025);
;// CONCATENATED MODULE: ./src/lib/github.ts





/** How many times one request is tried again after a rate limit or a server fault. */
const MAX_RETRIES = 3;
/**
 * A bare 429 (no secondary-limit text, no exhausted primary quota) is not handled by the
 * throttling plugin, and plugin-retry would ignore its `retry-after`. This small plugin waits
 * exactly what GitHub asked for and tries again.
 */
function retryAfter(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        for (let attempt = 0;; attempt++) {
            try {
                return await request(options);
            }
            catch (error) {
                const wait = bareRateLimitWait(error);
                if (wait === undefined || attempt >= MAX_RETRIES)
                    throw error;
                log/* logger */.vF.warning(`GitHub answered 429 for ${options.method} ${options.url}; retrying after ${wait} s as it asked`);
                await new Promise(resolve => setTimeout(resolve, wait * 1000));
            }
        }
    });
}
function bareRateLimitWait(error) {
    const e = error;
    if (e.status !== 429)
        return undefined;
    if (/\bsecondary rate\b/i.test(e.message ?? ''))
        return undefined;
    const headers = e.response?.headers ?? {};
    if (headers['x-ratelimit-remaining'] === '0')
        return undefined;
    const seconds = Number(headers['retry-after']);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds : 1;
}
const Client = utils/* GitHub */.gq.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, retryAfter);
/**
 * The one GitHub client of rollback-kit: proxy- and GHES-aware (from @actions/github), with
 * retries for server faults and honoured rate limits. Octokit's own error log goes to
 * warnings: a 502 that a retry then fixes is not a red error in the user's log.
 */
function createGitHubClient({ token, baseUrl }) {
    const options = (0,utils/* getOctokitOptions */.EG)(token, {
        baseUrl: baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        log: {
            debug: (message) => log/* logger */.vF.debug(message),
            info: (message) => log/* logger */.vF.debug(message),
            warn: (message) => log/* logger */.vF.warning(message),
            error: (message) => log/* logger */.vF.warning(message)
        },
        // 403 and 429 are the throttling plugin's (and ours); never retry the user's own mistakes.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: MAX_RETRIES },
        throttle: {
            onRateLimit: (after, o, _k, count) => rateLimited('rate limit', after, o, count),
            onSecondaryRateLimit: (after, o, _k, count) => rateLimited('secondary rate limit', after, o, count)
        }
    });
    return new Client(options);
}
function rateLimited(kind, after, options, count) {
    if (count >= MAX_RETRIES)
        return false;
    log/* logger */.vF.warning(`GitHub ${kind} hit for ${options.method} ${options.url}; retrying after ${after} s`);
    return true;
}
/**
 * Turns an Octokit failure into a message a user can act on: what we were doing, GitHub's own
 * words and, for 401/403/404, which token or permission would work.
 */
function gitHubError(error, doing, repository) {
    const e = error;
    if (typeof e.status !== 'number' && !Array.isArray(e.errors))
        return error;
    const said = (0,errors/* errorMessage */.gJ)(error);
    const needed = e.response?.headers?.['x-accepted-github-permissions'];
    const hint = needed ? ` The endpoint needs the token permission(s): ${needed}.` : '';
    switch (e.status) {
        case 401:
            return new errors/* UserError */.yo(`${doing}: GitHub rejected the token (401: ${said}). Check the 'token' input: pass \${{ github.token }} or a valid token.`);
        case 403:
            return new errors/* UserError */.yo(`${doing}: forbidden (403: ${said}).${hint}`);
        case 404:
            return new errors/* UserError */.yo(`${doing}: not found (404: ${said}).${hint} Check that 'repository'${repository ? ` ('${repository}')` : ''} exists and the token can read it.`);
        default:
            return new errors/* UserError */.yo(`${doing}: GitHub answered ${e.status ?? 'with errors'}: ${said}`);
    }
}

;// CONCATENATED MODULE: ./src/record-evidence/deployments.ts
// Deployment statuses: the bad release's deployment becomes `failure` (never `inactive`, which
// identify-lkg-tag reads as "superseded after success" and would pick the bad release again);
// the restored release is recorded as a new deployment with `success`.


/** GitHub's limit for a deployment status description. */
const DESCRIPTION_LIMIT = 140;
function describe(text) {
    return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}
async function commitOf(client, repository, ref, input) {
    try {
        const { data } = await client.rest.repos.getCommit({ ...repository, ref });
        return data.sha;
    }
    catch (error) {
        const status = error.status;
        if (status === 404 || status === 422)
            throw new errors/* UserError */.yo(`Input '${input}' has the value '${ref}': no such commit, tag or branch in ${repository.owner}/${repository.repo}. Pass the release tag or sha.`);
        throw gitHubError(error, `Resolving ${input} '${ref}'`, `${repository.owner}/${repository.repo}`);
    }
}
async function latestState(client, repository, deployment) {
    const { data } = await client.rest.repos.listDeploymentStatuses({
        ...repository,
        deployment_id: deployment,
        per_page: 100
    });
    // The order is not documented: take the newest by id.
    return [...data].sort((a, b) => b.id - a.id)[0]?.state;
}
/** Marks the newest deployment of `ref` to the environment as `failure`. */
async function markBad(client, repository, ref, target) {
    const repo = `${repository.owner}/${repository.repo}`;
    try {
        const sha = await commitOf(client, repository, ref, 'range-to');
        const { data } = await client.rest.repos.listDeployments({
            ...repository,
            sha,
            environment: target.environment,
            per_page: 100
        });
        const newest = [...data].sort((a, b) => b.id - a.id)[0];
        if (!newest)
            return undefined;
        const base = { deployment: newest.id, ref: newest.ref, sha, state: 'failure' };
        if ((await latestState(client, repository, newest.id)) === 'failure')
            return { ...base, result: 'already' };
        if (target.dryRun)
            return { ...base, result: 'dry-run' };
        const { data: status } = await client.rest.repos.createDeploymentStatus({
            ...repository,
            deployment_id: newest.id,
            state: 'failure',
            description: describe(`Rolled back by rollback-kit (incident ${target.incident})`),
            ...(target.logUrl ? { log_url: target.logUrl } : {})
        });
        return { ...base, result: 'created', status: status.id };
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        throw gitHubError(error, `Marking the deployment of ${ref} to ${target.environment} as failure (the token needs deployments: write)`, repo);
    }
}
/**
 * Records the restored release as deployed: a new deployment of `ref` with a `success` status.
 * `auto_merge: false` and `required_contexts: []` because an old tag must not be merged with
 * the default branch, and must be recorded even while its checks are red.
 */
async function markRestored(client, repository, ref, target) {
    const repo = `${repository.owner}/${repository.repo}`;
    try {
        const sha = await commitOf(client, repository, ref, 'range-from');
        const { data: recent } = await client.rest.repos.listDeployments({
            ...repository,
            environment: target.environment,
            per_page: 1
        });
        const newest = recent[0];
        if (newest &&
            newest.sha === sha &&
            (await latestState(client, repository, newest.id)) === 'success')
            return { deployment: newest.id, ref: newest.ref, sha, state: 'success', result: 'already' };
        if (target.dryRun)
            return { deployment: 0, ref, sha, state: 'success', result: 'dry-run' };
        const created = await client.rest.repos.createDeployment({
            ...repository,
            ref,
            environment: target.environment,
            auto_merge: false,
            required_contexts: [],
            task: 'deploy',
            payload: { 'rollback-kit': { incident: target.incident } },
            description: describe(`Restored by rollback-kit (incident ${target.incident})`)
        });
        if (created.status !== 201 || !('id' in created.data))
            throw new errors/* UserError */.yo(`Recording the restored release ${ref} in ${target.environment}: GitHub did not create a deployment (${created.status}: ${JSON.stringify(created.data).slice(0, 200)})`);
        const deployment = created.data.id;
        const { data: status } = await client.rest.repos.createDeploymentStatus({
            ...repository,
            deployment_id: deployment,
            state: 'success',
            description: describe(`Rolled back to ${ref} by rollback-kit (incident ${target.incident})`),
            ...(target.logUrl ? { log_url: target.logUrl } : {})
        });
        return { deployment, ref, sha, state: 'success', result: 'created', status: status.id };
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        throw gitHubError(error, `Recording the restored release ${ref} in ${target.environment} (the token needs deployments: write)`, repo);
    }
}

// EXTERNAL MODULE: ./src/record-evidence/incident.ts
var incident = __webpack_require__(7575);
;// CONCATENATED MODULE: ./src/record-evidence/issue.ts
// The incident issue: created once, its body rewritten at every stage, and a comment per stage
// so everyone watching it is notified.

/** Creates the issue (no number) or rewrites its title and body. */
async function upsertIssue(client, repository, write) {
    const repo = `${repository.owner}/${repository.repo}`;
    try {
        if (write.number === undefined) {
            const { data } = await client.rest.issues.create({
                ...repository,
                title: write.title,
                body: write.body
            });
            return { number: data.number, url: data.html_url, created: true };
        }
        const { data } = await client.rest.issues.update({
            ...repository,
            issue_number: write.number,
            title: write.title,
            body: write.body
        });
        return { number: data.number, url: data.html_url, created: false };
    }
    catch (error) {
        throw gitHubError(error, write.number === undefined
            ? `Creating the incident issue in ${repo} (the token needs issues: write)`
            : `Updating incident issue #${write.number} in ${repo} (check the 'issue' input; the token needs issues: write)`, repo);
    }
}
/** Posts the stage's comment; closes the issue as completed when the incident is over. */
async function commentOnIssue(client, repository, number, comment, close) {
    const repo = `${repository.owner}/${repository.repo}`;
    try {
        const { data } = await client.rest.issues.createComment({
            ...repository,
            issue_number: number,
            body: comment
        });
        if (close)
            await client.rest.issues.update({
                ...repository,
                issue_number: number,
                state: 'closed',
                state_reason: 'completed'
            });
        return data.html_url;
    }
    catch (error) {
        throw gitHubError(error, `Commenting on incident issue #${number} in ${repo}`, repo);
    }
}

;// CONCATENATED MODULE: ./src/record-evidence/pull-requests.ts
// The pull requests a rollback reverted, and the notices their authors get. The range's commits
// come from one paged compare; their pull requests from GraphQL, 50 commits a query, instead of
// one REST call per commit.


const PER_PAGE = 100;
/** 5,000 commits: far beyond a release range; a longer one is reported, not read on. */
const MAX_PAGES = 50;
const BATCH = 50;
/** Every commit of `from...to`, oldest first, read 100 a page up to the bound. */
async function rangeCommits(client, repository, from, to) {
    const repo = `${repository.owner}/${repository.repo}`;
    const shas = [];
    let total = 0;
    for (let page = 1; page <= MAX_PAGES; page++) {
        let data;
        try {
            ;
            ({ data } = await client.rest.repos.compareCommitsWithBasehead({
                ...repository,
                basehead: `${from}...${to}`,
                per_page: PER_PAGE,
                page
            }));
        }
        catch (error) {
            if (error.status === 404)
                throw new errors/* UserError */.yo(`Comparing range-from '${from}' with range-to '${to}' in ${repo}: GitHub found no such commits (404). Pass tags or shas that exist in ${repo}, e.g. the known-good and the bad release tags.`);
            throw gitHubError(error, `Comparing ${from}...${to} in ${repo}`, repo);
        }
        total = data.total_commits;
        shas.push(...data.commits.map(c => c.sha));
        if (data.commits.length < PER_PAGE || shas.length >= total)
            break;
    }
    return { shas, total };
}
/** The merged pull requests whose merge commit lies in the range, oldest merge first. */
async function pullsInRange(client, repository, from, to, limit) {
    const { shas, total } = await rangeCommits(client, repository, from, to);
    const inRange = new Set(shas);
    const found = new Map();
    for (let at = 0; at < shas.length; at += BATCH) {
        const batch = shas.slice(at, at + BATCH);
        const vars = batch.map((_, i) => `$c${i}: GitObjectID!`).join(', ');
        const fields = batch
            .map((_, i) => `c${i}: object(oid: $c${i}) { ... on Commit { associatedPullRequests(first: 5) { nodes { number title url mergedAt author { login } mergeCommit { oid } } } } }`)
            .join('\n');
        const query = `query($owner: String!, $name: String!, ${vars}) { repository(owner: $owner, name: $name) { ${fields} } }`;
        const variables = { owner: repository.owner, name: repository.repo };
        batch.forEach((sha, i) => (variables[`c${i}`] = sha));
        let answer;
        try {
            answer = await client.graphql(query, variables);
        }
        catch (error) {
            throw gitHubError(error, `Finding the pull requests of ${from}...${to}`, `${repository.owner}/${repository.repo}`);
        }
        for (const commit of Object.values(answer.repository ?? {})) {
            for (const pr of commit?.associatedPullRequests?.nodes ?? []) {
                if (!pr?.mergedAt || !pr.mergeCommit || !inRange.has(pr.mergeCommit.oid))
                    continue;
                found.set(pr.number, {
                    number: pr.number,
                    title: pr.title,
                    url: pr.url,
                    author: pr.author?.login,
                    mergedAt: pr.mergedAt
                });
            }
        }
    }
    const pulls = [...found.values()].sort((a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.number - b.number);
    return {
        pulls: pulls.slice(0, limit),
        commits: shas.length,
        omitted: Math.max(0, pulls.length - limit),
        commitsNotRead: Math.max(0, total - shas.length)
    };
}
/** Comments read per pull request before giving up on finding the sticky one (20 pages). */
const MAX_COMMENT_PAGES = 20;
/**
 * One sticky notice per pull request, edited in place; plus one new comment for the outcome
 * (edits notify nobody). A failure on one pull request is reported and the rest go on.
 */
async function notifyPulls(client, repository, pulls, notice) {
    const results = [];
    for (const pull of pulls) {
        try {
            results.push(await notifyPull(client, repository, pull.number, notice));
        }
        catch (error) {
            const e = gitHubError(error, `Commenting on pull request #${pull.number}`);
            results.push({ number: pull.number, sticky: 'failed', error: e.message });
        }
    }
    return results;
}
async function notifyPull(client, repository, number, notice) {
    let sticky;
    let outcomeExists = false;
    let pages = 0;
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
        ...repository,
        issue_number: number,
        per_page: 100
    })) {
        for (const comment of page.data) {
            if (!sticky && comment.body?.includes(notice.stickyMarker))
                sticky = comment;
            if (notice.outcome && comment.body?.includes(notice.outcome.marker))
                outcomeExists = true;
        }
        if (++pages >= MAX_COMMENT_PAGES)
            break;
    }
    let result;
    if (!sticky) {
        const { data } = await client.rest.issues.createComment({
            ...repository,
            issue_number: number,
            body: notice.sticky
        });
        result = { number, url: data.html_url, sticky: 'created' };
    }
    else if (sticky.body !== notice.sticky) {
        const { data } = await client.rest.issues.updateComment({
            ...repository,
            comment_id: sticky.id,
            body: notice.sticky
        });
        result = { number, url: data.html_url, sticky: 'updated' };
    }
    else
        result = { number, url: sticky.html_url, sticky: 'unchanged' };
    if (notice.outcome) {
        if (!outcomeExists)
            await client.rest.issues.createComment({
                ...repository,
                issue_number: number,
                body: notice.outcome.body
            });
        result.outcome = outcomeExists ? 'exists' : 'created';
    }
    return result;
}

;// CONCATENATED MODULE: ./src/record-evidence/notify.ts






async function notify(ctx) {
    const { inputs, report, history, timings, chains, evidence, log, attempt } = ctx;
    const repository = inputs.repository;
    const client = (ctx.github ?? (t => createGitHubClient({ token: t })))(ctx.token);
    // 1. The incident issue, so its link can go into every other notice.
    let issue;
    const commentUrls = [];
    if (inputs.issue.kind !== 'none') {
        const known = inputs.issue.kind === 'number'
            ? inputs.issue.number
            : issueFromEvidence(chains, report.incident);
        await attempt('incident issue', async () => {
            if (report.dryRun) {
                await evidence.append('incident-issue', {
                    incident: report.incident,
                    number: known,
                    'dry-run': true
                });
                if (known !== undefined)
                    issue = { number: known, url: '', created: false };
                return;
            }
            issue = await upsertIssue(client, repository, {
                number: known,
                title: report.title,
                body: (0,incident/* renderIssueBody */.Yx)(report, history, timings)
            });
            await evidence.append('incident-issue', { incident: report.incident, ...issue });
            log.info(`Incident issue #${issue.number} ${issue.created ? 'created' : 'updated'}: ${issue.url}`);
            const url = await commentOnIssue(client, repository, issue.number, (0,incident/* renderStageComment */.QW)(report), report.stage === 'complete');
            commentUrls.push(url);
            await evidence.append('incident-comment', { number: issue.number, stage: report.stage, url });
        });
    }
    // 2. The pull requests the rollback reverted.
    let pulls;
    let notices = [];
    if (inputs['pr-comment']) {
        await attempt('pull request notices', async () => {
            const found = await pullsInRange(client, repository, inputs['range-from'], inputs['range-to'], inputs['pr-limit']);
            pulls = found;
            await evidence.append('pull-requests', {
                range: `${inputs['range-from']}...${inputs['range-to']}`,
                commits: found.commits,
                numbers: found.pulls.map(p => p.number),
                omitted: found.omitted,
                'commits-not-read': found.commitsNotRead
            });
            log.info(`${found.pulls.length} merged pull request(s) in ${inputs['range-from']}...${inputs['range-to']} (${found.commits} commits)`);
            if (found.omitted)
                log.warning(`${found.omitted} more pull request(s) in the range were not commented on: pr-limit is ${inputs['pr-limit']}`);
            if (found.commitsNotRead)
                log.warning(`The range holds ${found.commitsNotRead} more commits than were read; their pull requests were not commented on`);
            if (report.dryRun)
                return;
            const issueUrl = issue?.url || undefined;
            notices = await notifyPulls(client, repository, found.pulls, {
                stickyMarker: (0,incident/* stickyMarker */.YL)(report.incident),
                sticky: (0,incident/* renderStickyComment */.HI)({ report, issueUrl }),
                outcome: isFinal(report.stage)
                    ? {
                        marker: (0,incident/* outcomeMarker */.xk)(report.incident, report.stage),
                        body: (0,incident/* renderOutcomeComment */.Oc)({ report, issueUrl })
                    }
                    : undefined
            });
            const failed = notices.filter(n => n.sticky === 'failed');
            commentUrls.push(...notices.flatMap(n => (n.url ? [n.url] : [])));
            await evidence.append('pr-notices', {
                created: notices.filter(n => n.sticky === 'created').map(n => n.number),
                updated: notices.filter(n => n.sticky === 'updated').map(n => n.number),
                unchanged: notices.filter(n => n.sticky === 'unchanged').map(n => n.number),
                outcome: notices.filter(n => n.outcome === 'created').map(n => n.number),
                failed: failed.map(n => ({ number: n.number, error: n.error }))
            });
            if (failed.length)
                throw new errors/* UserError */.yo(`${failed.length} of ${notices.length} pull request notice(s) failed, first #${failed[0]?.number}: ${failed[0]?.error}`);
        });
    }
    // 3. Deployment statuses.
    const deployments = [];
    if (inputs['deployment-status']) {
        const target = {
            environment: inputs.environment,
            logUrl: inputs['log-url'],
            dryRun: report.dryRun,
            incident: report.incident
        };
        await attempt('bad deployment status', async () => {
            const bad = await markBad(client, repository, inputs['range-to'], target);
            if (bad)
                deployments.push(bad);
            else
                log.warning(`No deployment of range-to '${inputs['range-to']}' to ${target.environment} was found; there is no deployment to mark as failure`);
            await evidence.append('deployment-failure', bad ?? { found: false, ref: inputs['range-to'] });
        });
        if (report.stage === 'complete')
            await attempt('restored deployment status', async () => {
                const restored = await markRestored(client, repository, inputs['range-from'], target);
                deployments.push(restored);
                await evidence.append('deployment-success', restored);
            });
    }
    return { issue, commentUrls, pulls, notices, deployments };
}
const isFinal = (stage) => stage === 'complete' || stage === 'failed';
/** The issue an earlier stage of this incident created, so `issue: create` creates it once. */
function issueFromEvidence(chains, incident) {
    const found = chains
        .flatMap(c => c.records)
        .filter(r => r.action === 'record-evidence' &&
        r.event === 'incident-issue' &&
        r.data?.incident === incident)
        .map(r => r.data.number)
        .filter((n) => typeof n === 'number');
    return found.at(-1);
}


/***/ })

};
