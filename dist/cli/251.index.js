export const id = 251;
export const ids = [251];
export const modules = {

/***/ 5632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION: () => (/* binding */ ACTION),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/lib/action.ts
var action = __webpack_require__(5577);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/github.ts
var github = __webpack_require__(3848);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var lib_inputs = __webpack_require__(1662);
// EXTERNAL MODULE: ./src/lib/outputs.ts
var outputs = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/lib/summary.ts
var summary = __webpack_require__(1119);
;// CONCATENATED MODULE: ./src/freeze-merges/ruleset.ts
// method: ruleset. One dedicated repository ruleset (named after check-name) with an `update`
// rule on the frozen branches: it blocks merges and pushes for everyone but its bypass actors.
// Freeze creates or enables it (one write); unfreeze deletes it, or puts back the ruleset of
// that name as it was before the freeze. Other rulesets are never touched.
/** The freeze ruleset for the branches, bypassed only by the given users. */
function freezeRuleset(name, branches, bypassIds, teamIds = []) {
    return {
        name,
        target: 'branch',
        enforcement: 'active',
        conditions: { ref_name: { include: branches.map(b => `refs/heads/${b}`), exclude: [] } },
        rules: [{ type: 'update', parameters: { update_allows_fetch_and_merge: false } }],
        bypass_actors: [
            ...bypassIds.map(id => ({ actor_id: id, actor_type: 'User', bypass_mode: 'always' })),
            ...teamIds.map(id => ({ actor_id: id, actor_type: 'Team', bypass_mode: 'always' }))
        ]
    };
}
/** Canonical text for comparing what was written with what GitHub returns. */
function rulesetKey(r) {
    const actors = [...r.bypass_actors]
        .map(a => ({
        actor_id: a.actor_id ?? null,
        actor_type: a.actor_type,
        bypass_mode: a.bypass_mode ?? 'always'
    }))
        .sort((a, b) => `${a.actor_type}${a.actor_id}`.localeCompare(`${b.actor_type}${b.actor_id}`));
    return JSON.stringify({
        name: r.name,
        target: r.target,
        enforcement: r.enforcement,
        conditions: {
            include: [...(r.conditions?.ref_name?.include ?? [])].sort(),
            exclude: [...(r.conditions?.ref_name?.exclude ?? [])].sort()
        },
        rules: r.rules,
        bypass_actors: actors
    });
}

;// CONCATENATED MODULE: ./src/freeze-merges/permission.ts
// Permission failures, turned into the missing permission and the fix. GitHub answers a token
// without the permission with 403 "Resource not accessible by integration" (Apps and the
// workflow token) or a bare 404 (user tokens without admin rights).


/** What each kind of write needs, in workflow `permissions:` terms and App terms. */
const NEEDS = {
    issues: { workflow: 'issues: write', app: 'Issues: Read and write' },
    statuses: { workflow: 'statuses: write', app: 'Commit statuses: Read and write' },
    'auto-merge': {
        workflow: 'pull-requests: write and contents: write',
        app: 'Pull requests: Read and write, Contents: Read and write'
    },
    actions: { workflow: 'actions: write', app: 'Actions: Read and write' },
    administration: { workflow: '', app: 'Administration: Read and write' },
    members: { workflow: '', app: 'Members: Read-only (organization permission)' }
};
const APP_TOKEN = 'a GitHub App token from actions/create-github-app-token (client-id + private-key secrets)';
/** A clear error for a failed request; permission problems name the permission and the fix. */
function explain(error, doing, need, repository) {
    const e = error;
    const forbidden = e.status === 403 && !/rate limit/i.test(e.message ?? '')
        ? true
        : Array.isArray(e.errors) && e.errors.some(x => x.type === 'FORBIDDEN');
    // A bare 404 on protection means "no admin rights"; GitHub's own 404 texts say what is missing.
    const adminNotFound = need === 'administration' &&
        e.status === 404 &&
        !/Branch not (protected|found)/.test(e.message ?? '');
    if (!forbidden && !adminNotFound)
        return (0,github/* gitHubError */.M)(error, doing, repository);
    const said = (e.message ?? '').split(' - ')[0];
    const { workflow, app } = NEEDS[need];
    if (need === 'administration') {
        return new errors/* UserError */.yo(`${doing}: the token may not change repository administration (${e.status}: ${said}). The workflow token (GITHUB_TOKEN) can never edit branch protection or rulesets, whatever 'permissions:' say. Pass 'admin-token': ${APP_TOKEN} with the App permission ${app}, or a fine-grained token of a repository admin with Administration: Read and write. Or use method: status-check, which works with the workflow token.`);
    }
    if (need === 'members') {
        return new errors/* UserError */.yo(`${doing}: the token may not read team membership (${e.status ?? 'GraphQL'}: ${said}). The workflow token (GITHUB_TOKEN) never can. Pass 'admin-token': ${APP_TOKEN} with the organization permission ${app}; or list logins instead of teams in 'bypass'.`);
    }
    return new errors/* UserError */.yo(`${doing}: the token lacks a permission (${e.status ?? 'GraphQL'}: ${said}). Give the job 'permissions: ${workflow}' (a workflow token from a fork pull request is read-only: run the guard on pull_request_target), or pass ${APP_TOKEN} with ${app}.`);
}

;// CONCATENATED MODULE: ./src/freeze-merges/teams.ts

/** `bypass` entries split into logins (`@` dropped) and teams (`org/team`, `@org/team`). */
function splitBypass(entries) {
    const logins = [];
    const teams = [];
    for (const entry of entries) {
        const [org, slug] = entry.replace(/^@/, '').split('/');
        if (slug && org)
            teams.push({ org, slug });
        else if (org)
            logins.push(org);
    }
    return { logins, teams };
}
class TeamDirectory {
    client;
    teams;
    repoName;
    cache = new Map();
    constructor(client, teams, repoName) {
        this.client = client;
        this.teams = teams;
        this.repoName = repoName;
    }
    /** The first bypass team the login is an active member of (`org/team`), if any. */
    async memberOf(login) {
        const key = login.toLowerCase();
        if (this.cache.has(key))
            return this.cache.get(key);
        let found;
        for (const { org, slug } of this.teams) {
            try {
                const { data } = await this.client.rest.teams.getMembershipForUserInOrg({
                    org,
                    team_slug: slug,
                    username: login
                });
                if (data.state === 'active') {
                    found = `${org}/${slug}`;
                    break;
                }
            }
            catch (error) {
                if (error.status === 404)
                    continue;
                throw explain(error, `Reading whether @${login} is in team ${org}/${slug}`, 'members', this.repoName);
            }
        }
        this.cache.set(key, found);
        return found;
    }
    /** Team ids, for ruleset bypass actors. */
    async ids() {
        const ids = [];
        for (const { org, slug } of this.teams) {
            try {
                const { data } = await this.client.rest.teams.getByName({ org, team_slug: slug });
                ids.push(data.id);
            }
            catch (error) {
                throw explain(error, `Reading team ${org}/${slug} named in 'bypass'`, 'members', this.repoName);
            }
        }
        return ids;
    }
}

;// CONCATENATED MODULE: ./src/freeze-merges/lock-plans.ts
// What the admin-token methods must write: the freeze ruleset, and the branches to lock.



/** The freeze ruleset to write, or undefined when it is already in place. */
async function rulesetPlan(s, record) {
    if (!s.rulesets) {
        throw new errors/* UserError */.yo("Input 'admin-token' is empty: method: ruleset needs a token that may edit rulesets (a GitHub App token from actions/create-github-app-token with Administration: Read and write). The workflow token never can; method: status-check works with it.");
    }
    const name = record.changes.ruleset?.name ?? record.checkName;
    const { logins } = splitBypass(s.inputs.bypass);
    const want = freezeRuleset(name, record.branches, await s.rulesets.userIds(logins), await s.teams.ids());
    const saved = record.changes.ruleset?.id;
    const existing = saved ? await s.rulesets.get(saved) : await s.rulesets.find(name);
    if (existing && rulesetKey(existing) === rulesetKey(want) && record.changes.ruleset)
        return undefined;
    return { want, existing };
}
function bodyOf(r) {
    const { name, target, enforcement, conditions, rules, bypass_actors } = r;
    return { name, target, enforcement, conditions, rules, bypass_actors };
}
/** Branches whose protection this freeze must save and lock (new ones only). */
async function protectionPlan(s, record, newBranches) {
    if (!s.protection) {
        throw new errors/* UserError */.yo("Input 'admin-token' is empty: method: branch-protection needs a token that may edit branch protection (a GitHub App token from actions/create-github-app-token with Administration: Read and write). The workflow token never can; method: status-check works with it.");
    }
    const steps = [];
    const pending = record.changes.protection.filter(p => !newBranches.includes(p.branch));
    for (const branch of newBranches)
        steps.push({ branch, before: await s.protection.read(branch) });
    // An interrupted freeze saved these but may not have locked them: lock again (same write).
    for (const p of pending) {
        const now = await s.protection.read(p.branch);
        if (!now?.put.lock_branch)
            steps.push({
                branch: p.branch,
                before: p.before ? { put: p.before, signatures: p.signatures } : null
            });
    }
    return steps;
}

;// CONCATENATED MODULE: ./src/freeze-merges/protection.ts
// Classic branch protection: GET and PUT speak different shapes (objects with `enabled` vs
// booleans, full user/team/app objects vs logins and slugs, `app_id: null` vs `-1` for "any
// source", sections absent vs null). A faithful restore maps every field; `required_signatures`
// is not part of the PUT at all and has its own endpoints.
/** Protection with every rule off: the start for a branch that had none. */
const UNPROTECTED = {
    required_status_checks: null,
    enforce_admins: false,
    required_pull_request_reviews: null,
    restrictions: null,
    required_linear_history: false,
    allow_force_pushes: false,
    allow_deletions: false,
    block_creations: false,
    required_conversation_resolution: false,
    lock_branch: false,
    allow_fork_syncing: false
};
const names = (list, key) => (list ?? []).map(entry => entry[key] ?? '').filter(Boolean);
const lists = (l) => ({
    users: names(l.users, 'login'),
    teams: names(l.teams, 'slug'),
    apps: names(l.apps, 'slug')
});
/** GET shape → PUT body plus the signatures flag. */
function toSnapshot(g) {
    const checks = g.required_status_checks;
    const reviews = g.required_pull_request_reviews;
    const on = (flag) => flag?.enabled === true;
    return {
        put: {
            required_status_checks: checks
                ? {
                    strict: checks.strict === true,
                    // Only `checks`, never `contexts` too (GitHub takes exactly one); null = any app.
                    checks: (checks.checks ?? (checks.contexts ?? []).map(context => ({ context, app_id: null }))).map(c => ({ context: c.context, app_id: c.app_id ?? -1 }))
                }
                : null,
            enforce_admins: on(g.enforce_admins),
            required_pull_request_reviews: reviews
                ? {
                    dismiss_stale_reviews: reviews.dismiss_stale_reviews === true,
                    require_code_owner_reviews: reviews.require_code_owner_reviews === true,
                    required_approving_review_count: reviews.required_approving_review_count ?? 0,
                    require_last_push_approval: reviews.require_last_push_approval === true,
                    ...(reviews.dismissal_restrictions
                        ? { dismissal_restrictions: lists(reviews.dismissal_restrictions) }
                        : {}),
                    ...(reviews.bypass_pull_request_allowances
                        ? { bypass_pull_request_allowances: lists(reviews.bypass_pull_request_allowances) }
                        : {})
                }
                : null,
            restrictions: g.restrictions ? lists(g.restrictions) : null,
            required_linear_history: on(g.required_linear_history),
            allow_force_pushes: on(g.allow_force_pushes),
            allow_deletions: on(g.allow_deletions),
            block_creations: on(g.block_creations),
            required_conversation_resolution: on(g.required_conversation_resolution),
            lock_branch: on(g.lock_branch),
            allow_fork_syncing: on(g.allow_fork_syncing)
        },
        signatures: on(g.required_signatures)
    };
}
/** `put` with `checkName` added to the required checks (any source), nothing else changed. */
function withRequiredCheck(put, checkName) {
    const base = put ?? UNPROTECTED;
    const checks = base.required_status_checks?.checks ?? [];
    if (checks.some(c => c.context === checkName))
        return base;
    return {
        ...base,
        required_status_checks: {
            strict: base.required_status_checks?.strict ?? false,
            checks: [...checks, { context: checkName, app_id: -1 }]
        }
    };
}
/** The freeze: the branch becomes read-only (no merges, no pushes); nothing else changes. */
function locked(put) {
    return { ...(put ?? UNPROTECTED), lock_branch: true };
}
/** Canonical form for comparing: order of lists does not matter to GitHub. */
function canonical(snapshot) {
    if (!snapshot)
        return 'null';
    const sortLists = (l) => l && { users: [...l.users].sort(), teams: [...l.teams].sort(), apps: [...l.apps].sort() };
    const p = snapshot.put;
    const r = p.required_pull_request_reviews;
    return JSON.stringify({
        ...p,
        required_status_checks: p.required_status_checks && {
            strict: p.required_status_checks.strict,
            checks: [...p.required_status_checks.checks].sort((a, b) => `${a.context}\u0000${a.app_id}`.localeCompare(`${b.context}\u0000${b.app_id}`))
        },
        required_pull_request_reviews: r && {
            ...r,
            dismissal_restrictions: sortLists(r.dismissal_restrictions),
            bypass_pull_request_allowances: sortLists(r.bypass_pull_request_allowances)
        },
        restrictions: sortLists(p.restrictions ?? undefined) ?? null,
        signatures: snapshot.signatures
    });
}
/** Field paths where two snapshots differ, for the error when a read-back does not match. */
function differences(want, got) {
    if (!want || !got)
        return want === got ? [] : ['(protected vs not protected)'];
    const a = JSON.parse(canonical(want));
    const b = JSON.parse(canonical(got));
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(key => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

;// CONCATENATED MODULE: ./src/freeze-merges/record.ts
const FREEZE_LABEL = 'merge-freeze';
const OPEN = '<!-- rollback-kit:freeze-record';
const CLOSE = '-->';
/** The issue body: plain words for people, then the record for the next step. */
function renderRecord(record, issueUrl) {
    const expires = record.expiresAt ? `until ${record.expiresAt}` : 'until unfrozen';
    const lines = [
        `## Merges into ${record.branches.map(b => `\`${b}\``).join(', ')} are frozen`,
        '',
        `- Reason: ${plain(record.reason) || '(none given)'}`,
        `- Frozen by @${plain(record.by)} at ${record.at}, ${expires}`,
        `- Method: \`${record.method}\`; merges need the \`${plain(record.checkName)}\` check`,
        ...record.incidents.map(i => `- Incident ${plain(i.incident) || '(none)'}: ${plain(i.reason)} (@${plain(i.by)}, ${i.at})`),
        record.complete
            ? ''
            : '- ⚠️ The freeze was not applied completely yet: run freeze again, or unfreeze.',
        '',
        '### What the freeze changed (unfreeze restores it)',
        '',
        record.changes.autoMerge.length
            ? `- Auto-merge turned off on: ${record.changes.autoMerge.map(a => `#${a.number} (${a.method.toLowerCase()})`).join(', ')}`
            : '- Auto-merge: nothing turned off',
        record.changes.cancelledRuns.length
            ? `- Workflow runs cancelled: ${record.changes.cancelledRuns.map(r => `${r.id} (${plain(r.workflow)}, was ${r.status})`).join(', ')}`
            : '- Workflow runs: none cancelled',
        record.changes.ruleset
            ? `- Ruleset '${plain(record.changes.ruleset.name)}'${record.changes.ruleset.id ? ` (id ${record.changes.ruleset.id})` : ''}: ${record.changes.ruleset.before ? `enabled (it existed, ${record.changes.ruleset.before.enforcement} before)` : 'created by the freeze'}`
            : '',
        ...record.changes.protection.map(p => `- Branch protection of \`${p.branch}\` saved (${p.before ? 'protected' : 'not protected'} before the freeze)`),
        record.exemptions.length
            ? `- Exempt pull requests: ${record.exemptions.map(e => `#${e.number} (${plain(e.why)})`).join(', ')}`
            : '',
        '',
        issueUrl ? `Unfreeze with the merge-freeze workflow, mode \`unfreeze\`.` : '',
        '',
        OPEN,
        // `>` only occurs inside JSON strings; escaping it keeps `-->` out of the comment.
        JSON.stringify(record).replace(/>/g, '\\u003e'),
        CLOSE,
        ''
    ];
    return lines.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n');
}
/** Text a person typed, safe inside one markdown list item. */
function plain(text) {
    return text.replace(/[\r\n]+/g, ' ').replace(/[<>]/g, c => (c === '<' ? '&lt;' : '&gt;'));
}
/** The record in an issue body, or undefined when the body holds none (or a damaged one). */
function parseRecord(body) {
    if (!body)
        return undefined;
    const start = body.lastIndexOf(OPEN);
    if (start < 0)
        return undefined;
    const end = body.indexOf(CLOSE, start + OPEN.length);
    if (end < 0)
        return undefined;
    try {
        const value = JSON.parse(body.slice(start + OPEN.length, end));
        return value && value.version === 1 && Array.isArray(value.branches) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** True once the freeze's expiry has passed. */
function isExpired(record, now) {
    return record.expiresAt !== null && Date.parse(record.expiresAt) <= now.getTime();
}
/** GitHub's issue body limit (65536 characters), with room for the plain-words part. */
const MAX_BODY = 65_000;

;// CONCATENATED MODULE: ./src/freeze-merges/summary.ts

function renderFreeze(repo, record, f, issue) {
    const head = f.dryRun
        ? `## Merge freeze planned (dry run): ${repo}`
        : f.already
            ? `## Already frozen: ${repo} (#${issue})`
            : `## Merges frozen: ${repo} (#${issue})`;
    const rows = [
        ['Branches', record.branches.join(', ')],
        ['Method', record.method],
        ['Reason', record.reason],
        ['Expires', record.expiresAt ?? 'never (unfreeze by hand)'],
        ['Commit statuses set', String(f.statusWrites ?? 0)],
        ['Auto-merge turned off', String(f.autoMerge ?? 0)],
        ['Workflow runs cancelled', String(f.runs ?? 0)],
        ['Exempt pull requests', record.exemptions.map(e => `#${e.number}`).join(', ') || 'none']
    ];
    const notes = [
        f.expired ? '- The previous freeze had expired; this freeze renews it.' : '',
        f.renewedBy && !f.already ? '- Already frozen: this request was added to the same freeze.' : ''
    ].filter(Boolean);
    return `${head}\n\n${(0,summary/* table */.tp)(['', ''], rows)}${notes.length ? `\n${notes.join('\n')}\n` : ''}`;
}
function renderUnfreeze(repo, record, f) {
    if (!record || !f)
        return `## Not frozen: ${repo}\n\nThere was no open freeze; nothing changed.\n`;
    const head = f.dryRun
        ? `## Unfreeze planned (dry run): ${repo} (#${f.issue})`
        : `## Merges unfrozen: ${repo} (#${f.issue})`;
    const lines = [
        `- Branches: ${record.branches.join(', ')}`,
        `- Pull requests unblocked (status set to success): ${f.statuses}`,
        f.queue ? `- Merge queue groups released: ${f.queue}` : '',
        f.protection.length ? `- Restored exactly: ${f.protection.join(', ')}` : '',
        f.autoMergeOn.length
            ? `- Auto-merge turned back on: ${f.autoMergeOn.map(n => `#${n}`).join(', ')}`
            : '',
        ...f.autoMergeSkipped.map(s => `- Auto-merge not restored on #${s.number}: ${s.why}`),
        f.expired ? '- The freeze had expired before this unfreeze.' : ''
    ].filter(Boolean);
    return `${head}\n\n${lines.join('\n')}\n`;
}
function renderGuard(repo, g) {
    const what = g.target.kind === 'pull'
        ? `#${g.target.number}`
        : g.target.kind === 'merge-group'
            ? `merge group ${g.target.sha?.slice(0, 12)}`
            : 'this deployment';
    if (g.blocked)
        return `## ⛔ Merge freeze: ${what} blocked\n\n${g.failure}\n`;
    if (g.exempt)
        return `## ✅ ${what} is exempt from the merge freeze (#${g.issue})\n\n${g.exempt}\n`;
    return `## ✅ No merge freeze for ${what} in ${repo}\n${g.expired ? `\nFreeze #${g.issue} has expired and no longer blocks.\n` : ''}`;
}
function renderStatus(repo, record, issue, expired, blocked) {
    if (!record)
        return `## Not frozen: ${repo}\n`;
    return `## ${expired ? 'Freeze expired' : 'Frozen'}: ${repo} (#${issue})\n\n${(0,summary/* table */.tp)(['', ''], [
        ['Branches', record.branches.join(', ')],
        ['Method', record.method],
        ['Reason', record.reason],
        ['Since', `${record.at} by @${record.by}`],
        ['Expires', record.expiresAt ?? 'never'],
        ['Pull requests blocked', String(blocked)],
        ['Complete', record.complete ? 'yes' : 'no: run freeze again or unfreeze']
    ])}`;
}

;// CONCATENATED MODULE: ./src/freeze-merges/exemption.ts
// Who may still merge during a freeze: pull requests with the exempt label and enough
// approving reviews, and pull requests authored by a bypass login.
/** Why the pull request is exempt, or undefined when the freeze applies to it. */
function exemption(pull, rules) {
    const author = pull.author.toLowerCase();
    if (rules.bypass.some(login => !login.includes('/') && login.replace(/^@/, '').toLowerCase() === author))
        return `author @${pull.author} is in bypass`;
    if (!pull.labels.includes(rules.label))
        return undefined;
    const approvals = (pull.approvedBy ?? []).filter(login => login.toLowerCase() !== author).length;
    if (approvals >= rules.approvals)
        return `labelled ${rules.label} with ${approvals} approving review(s) (${rules.approvals} needed)`;
    return undefined;
}
/** Why a labelled pull request is still blocked, for the guard's message. */
function missingApprovals(pull, rules) {
    if (!pull.labels.includes(rules.label))
        return undefined;
    const approvals = (pull.approvedBy ?? []).filter(login => login.toLowerCase() !== pull.author.toLowerCase()).length;
    return approvals < rules.approvals
        ? `it has the ${rules.label} label but ${approvals} of ${rules.approvals} approving reviews`
        : undefined;
}

;// CONCATENATED MODULE: ./src/freeze-merges/pulls.ts
// Open pull requests into the frozen branches, with what the freeze needs of each in ONE
// GraphQL query per 100: head commit, the current state of the freeze check on it, labels,
// author and auto-merge.

const PULL_FIELDS = `id number baseRefName headRefOid isCrossRepository
  author { login }
  labels(first: 100) { nodes { name } }
  autoMergeRequest { mergeMethod commitHeadline commitBody }
  commits(last: 1) { nodes { commit { oid status { context(name: $check) { state } } } } }`;
const LIST = `query FreezePulls($owner: String!, $name: String!, $base: String!, $check: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: OPEN, baseRefName: $base, first: 100, after: $after, orderBy: {field: CREATED_AT, direction: ASC}) {
      pageInfo { hasNextPage endCursor }
      nodes { ${PULL_FIELDS} }
    }
  }
}`;
const ONE = `query FreezePull($owner: String!, $name: String!, $number: Int!, $check: String!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      ${PULL_FIELDS}
      state
      latestOpinionatedReviews(first: 100, writersOnly: true) { nodes { state author { login } } }
    }
  }
}`;
function toPull(node) {
    const head = node.commits.nodes[0]?.commit;
    const auto = node.autoMergeRequest;
    return {
        id: node.id,
        number: node.number,
        base: node.baseRefName,
        headSha: head?.oid ?? node.headRefOid,
        fork: node.isCrossRepository,
        author: node.author?.login ?? 'ghost',
        labels: (node.labels?.nodes ?? []).map(l => l.name),
        autoMerge: auto
            ? {
                method: auto.mergeMethod,
                ...(auto.commitHeadline ? { title: auto.commitHeadline } : {}),
                ...(auto.commitBody ? { body: auto.commitBody } : {})
            }
            : null,
        check: head?.status?.context?.state ?? null
    };
}
/** Every open pull request into `branch`, oldest first. */
async function listOpenPulls(client, { owner, repo }, branch, check) {
    const pulls = [];
    let after = null;
    for (;;) {
        let data;
        try {
            data = await client.graphql(LIST, { owner, name: repo, base: branch, check, after });
        }
        catch (error) {
            throw (0,github/* gitHubError */.M)(error, `Listing open pull requests into ${branch}`, `${owner}/${repo}`);
        }
        const page = data.repository?.pullRequests;
        if (!page)
            break;
        pulls.push(...page.nodes.map(toPull));
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor)
            break;
        after = page.pageInfo.endCursor;
    }
    return pulls;
}
/** One pull request with its approving reviewers (the guard's view); undefined if missing. */
async function getPull(client, { owner, repo }, number, check) {
    let data;
    try {
        data = await client.graphql(ONE, { owner, name: repo, number, check });
    }
    catch (error) {
        throw (0,github/* gitHubError */.M)(error, `Reading pull request #${number}`, `${owner}/${repo}`);
    }
    const node = data.repository?.pullRequest;
    if (!node)
        return undefined;
    return {
        ...toPull(node),
        open: node.state === 'OPEN',
        approvedBy: node.latestOpinionatedReviews.nodes
            .filter(r => r.state === 'APPROVED' && r.author)
            .map(r => r.author?.login ?? '')
    };
}

;// CONCATENATED MODULE: ./src/freeze-merges/verdicts.ts
// Which open pull requests a freeze blocks, and which are exempt (and why).


/** Open pull requests into the branches, each with its exemption (if any). */
async function judgePulls(s, branches) {
    const rules = {
        label: s.inputs['exempt-label'],
        approvals: s.inputs['exempt-approvals'],
        bypass: s.inputs.bypass
    };
    const verdicts = [];
    for (const branch of branches) {
        const pulls = await listOpenPulls(s.client, s.repository, branch, s.inputs['check-name']);
        for (const pull of pulls) {
            let exempt = exemption(pull, rules);
            if (!exempt && s.teams.teams.length) {
                const team = await s.teams.memberOf(pull.author);
                if (team)
                    exempt = `author @${pull.author} is in bypass team ${team}`;
            }
            // Reviews are read only for the few pull requests that carry the exempt label.
            if (!exempt && pull.labels.includes(rules.label)) {
                const detail = await getPull(s.client, s.repository, pull.number, s.inputs['check-name']);
                if (detail)
                    exempt = exemption(detail, rules);
            }
            verdicts.push({ pull, exempt });
        }
    }
    return verdicts;
}

;// CONCATENATED MODULE: ./src/freeze-merges/freeze.ts
// mode: freeze. The record goes onto the freeze issue BEFORE each change it lists, so a freeze
// interrupted halfway can be run again (and completes) or unfrozen (and restores exactly).






async function freeze(s, branches) {
    const { inputs } = s;
    const now = s.now();
    const checkName = inputs['check-name'];
    const found = await s.store.find();
    if (found.ignored.length)
        s.log.warning(`Other open freeze issues ignored: ${found.ignored.map(n => `#${n}`).join(', ')}`);
    let issue = found.issue;
    const previous = issue?.record;
    if (previous && previous.method !== inputs.method) {
        throw new errors/* UserError */.yo(`Already frozen with method '${previous.method}' (#${issue?.number}); input 'method' is '${inputs.method}'. Unfreeze first, or freeze with method: ${previous.method}.`);
    }
    const expiresAt = inputs['expires-in']
        ? new Date(now.getTime() + inputs['expires-in']).toISOString()
        : null;
    const request = {
        incident: inputs.incident ?? '',
        reason: inputs.reason ?? '',
        by: s.runner.actor,
        at: now.toISOString()
    };
    const expired = previous ? isExpired(previous, now) : false;
    const record = previous
        ? structuredClone(previous)
        : {
            version: 1,
            method: inputs.method,
            branches: [],
            checkName,
            reason: request.reason,
            by: request.by,
            at: request.at,
            expiresAt,
            incidents: [],
            changes: { autoMerge: [], cancelledRuns: [], protection: [] },
            exemptions: [],
            complete: false
        };
    const newBranches = branches.filter(b => !record.branches.includes(b));
    record.branches.push(...newBranches);
    const known = record.incidents.some(i => i.incident === request.incident && i.reason === request.reason);
    if (!known)
        record.incidents.push(request);
    if (expired || (previous && inputs['expires-in']))
        record.expiresAt = expiresAt;
    const verdicts = await judgePulls(s, record.branches);
    // A ruleset or a locked branch blocks every pull request, exempt or not.
    const blocked = record.method === 'status-check' ? verdicts.filter(v => !v.exempt) : verdicts;
    // A locked branch blocks every merge itself; the status check is the status-check method's.
    const statusWrites = record.method === 'status-check'
        ? verdicts.filter(v => v.pull.check !== (v.exempt ? 'SUCCESS' : 'FAILURE'))
        : [];
    const autoMerge = inputs['disable-auto-merge']
        ? blocked.flatMap(({ pull }) => pull.autoMerge && !record.changes.autoMerge.some(a => a.number === pull.number)
            ? [{ number: pull.number, id: pull.id, ...pull.autoMerge }]
            : [])
        : [];
    // Auto-merge recorded earlier but still on (an interrupted freeze) is turned off now.
    const stillOn = record.changes.autoMerge.filter(a => blocked.some(v => v.pull.number === a.number && v.pull.autoMerge));
    const runs = inputs['cancel-workflows'].length
        ? await s.writes.activeRuns(inputs['cancel-workflows'], s.runner.runId)
        : [];
    const protect = inputs.method === 'branch-protection' ? await protectionPlan(s, record, newBranches) : [];
    const ruleset = record.method === 'ruleset' ? await rulesetPlan(s, record) : undefined;
    for (const v of record.method === 'status-check' ? verdicts.filter(v => v.exempt) : []) {
        if (!record.exemptions.some(e => e.number === v.pull.number))
            record.exemptions.push({ number: v.pull.number, why: v.exempt, at: request.at });
    }
    await s.evidence.append('freeze-plan', {
        issue: issue?.number,
        branches: record.branches,
        method: record.method,
        'status-writes': statusWrites.map(v => ({
            pr: v.pull.number,
            sha: v.pull.headSha,
            state: v.exempt ? 'success' : 'failure'
        })),
        'auto-merge-off': [...autoMerge, ...stillOn].map(a => a.number),
        'cancel-runs': runs.map(r => r.id),
        protection: protect.map(p => ({ branch: p.branch, before: p.before })),
        ruleset: ruleset && { want: ruleset.want, before: ruleset.existing },
        exemptions: verdicts.filter(v => v.exempt).map(v => ({ pr: v.pull.number, why: v.exempt })),
        'dry-run': inputs['dry-run']
    });
    const changing = !previous ||
        !previous.complete ||
        !known ||
        newBranches.length > 0 ||
        expired ||
        statusWrites.length +
            autoMerge.length +
            stillOn.length +
            runs.length +
            protect.length +
            (ruleset ? 1 : 0) >
            0;
    if (inputs['dry-run']) {
        return outcome(s, issue?.number, record, blocked.length, {
            dryRun: true,
            statusWrites: statusWrites.length,
            autoMerge: autoMerge.length + stillOn.length,
            runs: runs.length,
            expired,
            already: !changing
        });
    }
    if (!changing) {
        s.log.info(`Already frozen (#${issue?.number}); nothing to change.`);
        return outcome(s, issue?.number, record, blocked.length, { already: true });
    }
    // 1. The record, with every change about to be made, before any of them.
    record.complete = false;
    record.changes.autoMerge.push(...autoMerge);
    for (const p of protect) {
        if (!record.changes.protection.some(saved => saved.branch === p.branch))
            record.changes.protection.push({
                branch: p.branch,
                before: p.before?.put ?? null,
                signatures: p.before?.signatures ?? false
            });
    }
    if (ruleset && !record.changes.ruleset) {
        record.changes.ruleset = {
            name: ruleset.want.name,
            ...(ruleset.existing ? { id: ruleset.existing.id, before: bodyOf(ruleset.existing) } : {})
        };
    }
    issue = issue ? await s.store.save(issue, record) : await s.store.create(record);
    await s.evidence.append('freeze-recorded', { issue: issue.number, url: issue.url });
    if (expired)
        s.log.info(`The previous freeze had expired; it is renewed by this one.`);
    // 2. The changes. A new freeze that fails before changing anything is closed again, so
    // an open freeze issue never claims a freeze that did not happen.
    let changed = 0;
    let queued = 0;
    try {
        for (const p of protect) {
            await s.protection?.write(p.branch, {
                put: locked(p.before?.put ?? null),
                signatures: p.before?.signatures ?? false
            });
            changed++;
            await s.evidence.append('protection-locked', { branch: p.branch, before: p.before });
        }
        if (ruleset && record.changes.ruleset) {
            record.changes.ruleset.id = await s.rulesets?.write(ruleset.want, ruleset.existing?.id);
            changed++;
            await s.evidence.append('ruleset-active', {
                id: record.changes.ruleset.id,
                ruleset: ruleset.want
            });
        }
        const description = `Merge freeze${record.reason ? `: ${record.reason}` : ''} (#${issue.number})`;
        for (const v of statusWrites) {
            await s.writes.status(v.pull.headSha, checkName, v.exempt ? 'success' : 'failure', v.exempt ? `Exempt from the merge freeze: ${v.exempt}` : description, issue.url);
            changed++;
        }
        for (const branch of record.method === 'status-check' ? record.branches : []) {
            for (const sha of await s.writes.queueHeads(branch)) {
                await s.writes.status(sha, checkName, 'failure', description, issue.url);
                queued++;
                changed++;
            }
        }
        for (const change of [...autoMerge, ...stillOn]) {
            await s.writes.disableAutoMerge(change);
            changed++;
        }
        for (const run of runs) {
            const cancelled = await s.writes.cancelRun(run.id);
            if (cancelled)
                record.changes.cancelledRuns.push(run);
            else
                s.log.info(`Workflow run ${run.id} (${run.workflow}) finished before it could be cancelled.`);
        }
    }
    catch (error) {
        if (!previous && changed === 0) {
            await s.store
                .close(issue, record, 'The freeze failed before it changed anything: nothing is frozen.')
                .catch(() => s.log.warning(`Could not close freeze issue #${issue?.number}; close it by hand.`));
            await s.evidence.append('freeze-abandoned', { issue: issue.number });
        }
        throw error;
    }
    await s.evidence.append('freeze-applied', {
        issue: issue.number,
        'statuses-set': statusWrites.length,
        'merge-queue-groups-blocked': queued,
        'auto-merge-off': [...autoMerge, ...stillOn].map(a => a.number),
        'runs-cancelled': record.changes.cancelledRuns.map(r => r.id)
    });
    // 3. Done: the record says so.
    record.complete = true;
    await s.store.save(issue, record);
    return outcome(s, issue.number, record, blocked.length, {
        statusWrites: statusWrites.length,
        autoMerge: autoMerge.length + stillOn.length,
        runs: runs.length,
        expired,
        renewedBy: previous ? request : undefined
    });
}
function outcome(s, number, record, blocked, facts) {
    return {
        frozen: !facts.dryRun,
        freezeId: number ? String(number) : '',
        record,
        prsBlocked: blocked,
        summary: renderFreeze(s.repoName, record, facts, number)
    };
}

;// CONCATENATED MODULE: ./src/freeze-merges/guard.ts
// mode: guard. On pull_request(_target) and merge_group it sets the freeze check on the head
// commit (success unless frozen and not exempt) and fails when it blocks; in any other event
// (a deploy job: the promotion freeze) it only fails when the branches are frozen.




function targetOf(eventName, event) {
    const pr = event.pull_request;
    const number = Number(pr?.number);
    if (eventName?.startsWith('pull_request') && Number.isSafeInteger(number) && number > 0)
        return { kind: 'pull', number, base: pr?.base?.ref, sha: pr?.head?.sha };
    const group = event.merge_group;
    if (eventName === 'merge_group' && group?.head_sha)
        return {
            kind: 'merge-group',
            sha: group.head_sha,
            base: group.base_ref?.replace(/^refs\/heads\//, '')
        };
    return { kind: 'deploy' };
}
async function guard(s) {
    const checkName = s.inputs['check-name'];
    const target = targetOf(s.runner.eventName, s.runner.event);
    const { issue } = await s.store.find();
    const record = issue?.record;
    const expired = record ? isExpired(record, s.now()) : false;
    if (expired)
        s.log.info(`Freeze #${issue?.number} expired at ${record?.expiresAt}: treated as over (the next freeze or unfreeze cleans it up).`);
    const active = record && !expired ? record : undefined;
    const wanted = target.base ? [target.base] : s.inputs.branches;
    const frozenHere = active
        ? wanted.length === 0
            ? active.branches
            : wanted.filter(b => active.branches.includes(b))
        : [];
    let exempt;
    let why = '';
    if (frozenHere.length > 0 && target.kind === 'pull' && target.number) {
        const rules = {
            label: s.inputs['exempt-label'],
            approvals: s.inputs['exempt-approvals'],
            bypass: s.inputs.bypass
        };
        const pull = await getPull(s.client, s.repository, target.number, checkName);
        if (pull) {
            target.sha = pull.headSha;
            exempt = exemption(pull, rules);
            if (!exempt && s.teams.teams.length) {
                const team = await s.teams.memberOf(pull.author);
                if (team)
                    exempt = `author @${pull.author} is in bypass team ${team}`;
            }
            why = missingApprovals(pull, rules) ?? '';
        }
    }
    const blocked = frozenHere.length > 0 && !exempt;
    await s.evidence.append('guard', {
        event: s.runner.eventName,
        target,
        freeze: issue?.number,
        expired,
        blocked,
        exempt
    });
    if (target.sha && !s.inputs['dry-run']) {
        const description = blocked
            ? `Merge freeze${active?.reason ? `: ${active.reason}` : ''} (#${issue?.number})`
            : exempt
                ? `Exempt from the merge freeze: ${exempt}`
                : expired
                    ? `Freeze #${issue?.number} expired`
                    : 'No merge freeze';
        await s.writes.status(target.sha, checkName, blocked ? 'failure' : 'success', description, issue?.url);
    }
    if (exempt && issue && !s.inputs['dry-run']) {
        await s.store.comment(issue, `Pull request #${target.number} passed the freeze guard as exempt: ${exempt} (head ${target.sha?.slice(0, 12)}).`);
        await s.evidence.append('exemption', { pr: target.number, why: exempt, freeze: issue.number });
    }
    const failure = blocked
        ? `Merges into ${frozenHere.join(', ')} are frozen (#${issue?.number}${active?.reason ? `: ${active.reason}` : ''}).${target.kind === 'pull'
            ? ` Pull request #${target.number} is not exempt${why ? `: ${why}` : ''}. To merge anyway, add the '${s.inputs['exempt-label']}' label and get ${s.inputs['exempt-approvals']} approving review(s), or unfreeze.`
            : target.kind === 'merge-group'
                ? ' The merge queue group is held until the freeze is lifted.'
                : ' Promotions wait until the freeze is lifted (merge-freeze workflow, mode unfreeze).'}`
        : undefined;
    return {
        frozen: frozenHere.length > 0,
        freezeId: issue ? String(issue.number) : '',
        record,
        prsBlocked: blocked && target.kind === 'pull' ? 1 : 0,
        summary: renderGuard(s.repoName, {
            target,
            blocked,
            exempt,
            expired,
            issue: issue?.number,
            failure
        }),
        failure
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/freeze-merges/duration.ts
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const MAX_MS = 30 * UNIT_MS.d;
/** `90m`, `4h`, `1d`, `1h30m` → milliseconds; `0` → 0 (never); undefined when not a duration. */
function parseDuration(text) {
    if (text === '0')
        return 0;
    if (!/^(\d{1,6}[smhd])+$/.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)([smhd])/g))
        total += Number(amount) * UNIT_MS[unit];
    return total > 0 && total <= MAX_MS ? total : undefined;
}
/** 5400000 → `1h30m`, for messages. */
function formatDuration(ms) {
    let left = Math.round(ms / 1000);
    const parts = [];
    for (const [unit, size] of [
        ['d', 86_400],
        ['h', 3_600],
        ['m', 60],
        ['s', 1]
    ]) {
        if (left >= size) {
            parts.push(`${Math.floor(left / size)}${unit}`);
            left %= size;
        }
    }
    return parts.join('') || '0s';
}

;// CONCATENATED MODULE: ./src/freeze-merges/inputs.ts



const MODES = ['freeze', 'unfreeze', 'status', 'guard', 'setup'];
const METHODS = ['status-check', 'ruleset', 'branch-protection'];
// git check-ref-format, plus no leading dash (a branch name must never read as an option).
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?!\/)(?!.*[/.]$)[^\s~^:?*[\\\p{Cc}]{1,255}$/u;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const TEAM = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,99})$/;
const WORKFLOW_FILE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}\.ya?ml$/;
/** One line of text, at most `max` characters. */
const oneLine = (max, what, fallback) => (0,lib_inputs/* parsed */.Yz)((v, problem) => {
    if (v === undefined)
        return fallback;
    if (/[\r\n]/.test(v))
        problem(`expected ${what} on one line`);
    if (v.length > max)
        problem(`expected ${what} of at most ${max} characters`);
    return v;
});
/** A newline list where every entry must pass `check` (which returns a problem or nothing). */
const list = (check, fallback = []) => (0,lib_inputs/* parsed */.Yz)((v, problem) => {
    if (v === undefined)
        return fallback;
    const entries = v
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
    if (entries.length > 100)
        problem('expected at most 100 entries, one per line');
    for (const entry of entries) {
        const why = check(entry);
        if (why)
            problem(why);
    }
    return [...new Set(entries)];
});
/** freeze-merges' inputs; the keys are action.yml's input names. */
const inputSchema = schemas/* object */.Ikc({
    ...lib_inputs/* commonInputs */.j$,
    mode: (0,lib_inputs/* oneOf */.yL)(MODES, 'status'),
    method: (0,lib_inputs/* oneOf */.yL)(METHODS, 'status-check'),
    branches: list(b => BRANCH.test(b)
        ? undefined
        : `'${b.slice(0, 60)}' is not a branch name: expected names like main or release/1.x, one per line (empty = the default branch)`),
    reason: oneLine(500, 'a short reason'),
    incident: oneLine(200, 'an incident id or URL, e.g. INC-1234'),
    'admin-token': (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        // Never echo a token back: the message names the input only.
        if (v !== undefined && (/\s/.test(v) || v.length > 2000))
            problem('expected one token without spaces or line breaks (the value is not shown)');
        return v;
    }),
    bypass: list(entry => entry
        .replace(/^@/, '')
        .split('/')
        .every((part, i, all) => all.length <= 2 && (i === 0 ? LOGIN : TEAM).test(part))
        ? undefined
        : `'${entry.slice(0, 60)}' is not a GitHub login or team: expected logins or org/team, one per line`),
    'exempt-label': oneLine(50, 'a label name', 'freeze-exempt'),
    'exempt-approvals': (0,lib_inputs/* integer */.nd)({
        min: 0,
        max: 100,
        fallback: 2,
        expected: 'a whole number of approving reviews from 0 to 100'
    }),
    'disable-auto-merge': (0,lib_inputs/* bool */.lc)(true),
    'cancel-workflows': list(file => WORKFLOW_FILE.test(file.replace(/^\.github\/workflows\//, ''))
        ? undefined
        : `'${file.slice(0, 60)}' is not a workflow file: expected file names such as deploy.yml, one per line`),
    'expires-in': (0,lib_inputs/* parsed */.Yz)((v, problem) => {
        if (v === undefined)
            return 0;
        const ms = parseDuration(v);
        if (ms === undefined)
            problem('expected a duration such as 90m, 4h, 1d or 1h30m (0 = never expires), at most 30d');
        return ms;
    }),
    'check-name': oneLine(100, 'a check name', 'merge-freeze')
});

;// CONCATENATED MODULE: ./src/freeze-merges/protection-api.ts
// Branch protection through the admin token: read as a snapshot, write in PUT shape plus the
// separate signatures endpoint, and read back after every write.



class ProtectionApi {
    client;
    repository;
    name;
    constructor(client, repository) {
        this.client = client;
        this.repository = repository;
        this.name = `${repository.owner}/${repository.repo}`;
    }
    /** The branch's protection, or null when it has none. */
    async read(branch) {
        const { owner, repo } = this.repository;
        try {
            const { data } = await this.client.rest.repos.getBranchProtection({ owner, repo, branch });
            return toSnapshot(data);
        }
        catch (error) {
            const e = error;
            if (e.status === 404 && /Branch not protected/i.test(e.message ?? ''))
                return null;
            if (e.status === 404 && /Branch not found/i.test(e.message ?? ''))
                throw new errors/* UserError */.yo(`Branch '${branch}' does not exist in ${this.name}. Check the 'branches' input.`);
            throw explain(error, `Reading the branch protection of '${branch}'`, 'administration', this.name);
        }
    }
    /** Writes `want` (null = unprotected), reads it back, and fails loudly on any difference. */
    async write(branch, want) {
        const { owner, repo } = this.repository;
        const doing = `Writing the branch protection of '${branch}'`;
        try {
            if (want === null) {
                await this.client.rest.repos.deleteBranchProtection({ owner, repo, branch }).catch(e => {
                    // Already unprotected is what we want.
                    if (e.status !== 404)
                        throw e;
                });
            }
            else {
                await this.client.rest.repos.updateBranchProtection({
                    owner,
                    repo,
                    branch,
                    ...want.put
                });
                const current = await this.read(branch);
                if (current && current.signatures !== want.signatures) {
                    if (want.signatures)
                        await this.client.rest.repos.createCommitSignatureProtection({ owner, repo, branch });
                    else
                        await this.client.rest.repos.deleteCommitSignatureProtection({ owner, repo, branch });
                }
            }
        }
        catch (error) {
            if (error instanceof errors/* UserError */.yo)
                throw error;
            throw explain(error, doing, 'administration', this.name);
        }
        const got = await this.read(branch);
        const diff = differences(want, got);
        if (diff.length > 0) {
            throw new errors/* UserError */.yo(`${doing}: GitHub stored something else than was written (fields: ${diff.join(', ')}). Wanted ${JSON.stringify(want)}; read back ${JSON.stringify(got)}. The saved protection is in the evidence and on the freeze issue; restore it by hand if needed.`);
        }
    }
}

;// CONCATENATED MODULE: ./src/freeze-merges/ruleset-api.ts
// Repository rulesets through the admin token, each write read back.



class RulesetApi {
    client;
    repository;
    name;
    constructor(client, repository) {
        this.client = client;
        this.repository = repository;
        this.name = `${repository.owner}/${repository.repo}`;
    }
    /** The repository's own ruleset with this name, in full. */
    async find(name) {
        const { owner, repo } = this.repository;
        try {
            const list = await this.client.paginate(this.client.rest.repos.getRepoRulesets, {
                owner,
                repo,
                includes_parents: false,
                per_page: 100
            });
            const hit = list.find(r => r.name === name && r.source_type !== 'Organization');
            return hit ? await this.get(hit.id) : undefined;
        }
        catch (error) {
            if (error instanceof errors/* UserError */.yo)
                throw error;
            throw explain(error, `Reading the rulesets of ${this.name}`, 'administration', this.name);
        }
    }
    async get(id) {
        const { owner, repo } = this.repository;
        try {
            const { data } = await this.client.rest.repos.getRepoRuleset({ owner, repo, ruleset_id: id });
            return {
                id: data.id,
                name: data.name,
                target: data.target ?? 'branch',
                enforcement: data.enforcement,
                conditions: data.conditions ?? null,
                rules: (data.rules ?? []),
                bypass_actors: (data.bypass_actors ?? [])
            };
        }
        catch (error) {
            if (error.status === 404)
                return undefined;
            throw explain(error, `Reading ruleset ${id}`, 'administration', this.name);
        }
    }
    /** Creates (no id) or replaces the ruleset; returns its id after checking the read-back. */
    async write(body, id) {
        const { owner, repo } = this.repository;
        const doing = `${id ? 'Updating' : 'Creating'} the '${body.name}' ruleset`;
        let written;
        try {
            written = id
                ? (await this.client.rest.repos.updateRepoRuleset({
                    owner,
                    repo,
                    ruleset_id: id,
                    ...body
                })).data.id
                : (await this.client.rest.repos.createRepoRuleset({ owner, repo, ...body })).data.id;
        }
        catch (error) {
            throw explain(error, doing, 'administration', this.name);
        }
        const got = await this.get(written);
        if (!got || rulesetKey(got) !== rulesetKey(body)) {
            throw new errors/* UserError */.yo(`${doing}: GitHub stored something else than was written. Wanted ${rulesetKey(body)}; read back ${got ? rulesetKey(got) : 'nothing'}. The saved ruleset is in the evidence and on the freeze issue.`);
        }
        return written;
    }
    async remove(id) {
        const { owner, repo } = this.repository;
        try {
            await this.client.rest.repos.deleteRepoRuleset({ owner, repo, ruleset_id: id });
        }
        catch (error) {
            if (error.status === 404)
                return;
            throw explain(error, `Deleting ruleset ${id}`, 'administration', this.name);
        }
    }
    /** GitHub user ids for bypass logins (one GraphQL query). */
    async userIds(logins) {
        if (logins.length === 0)
            return [];
        const fields = logins.map((_, i) => `u${i}: user(login: $l${i}) { databaseId }`).join(' ');
        const params = logins.map((_, i) => `$l${i}: String!`).join(', ');
        const vars = Object.fromEntries(logins.map((login, i) => [`l${i}`, login.replace(/^@/, '')]));
        let data;
        try {
            data = await this.client.graphql(`query FreezeBypass(${params}) { ${fields} }`, vars);
        }
        catch (error) {
            throw explain(error, 'Looking up the bypass logins', 'administration', this.name);
        }
        return logins.map((login, i) => {
            const id = data[`u${i}`]?.databaseId;
            if (!id)
                throw new errors/* UserError */.yo(`Input 'bypass' names '${login}', which is not a GitHub user.`);
            return id;
        });
    }
}

;// CONCATENATED MODULE: ./src/freeze-merges/setup.ts
// mode: setup. Makes check-name a required check on each branch once, keeping every check
// already required and every other rule as it was.


async function setup(s, branches) {
    const checkName = s.inputs['check-name'];
    if (!s.protection) {
        throw new errors/* UserError */.yo(`Input 'admin-token' is empty: mode: setup edits branch protection to require '${checkName}', which the workflow token never may. Pass a GitHub App token from actions/create-github-app-token with Administration: Read and write (or a repository admin's fine-grained token), or add the check by hand (README: one-time setup).`);
    }
    const rows = [];
    for (const branch of branches) {
        const before = await s.protection.read(branch);
        const put = withRequiredCheck(before?.put ?? null, checkName);
        if (before && put === before.put) {
            rows.push(`- \`${branch}\`: '${checkName}' is already required; nothing changed`);
            continue;
        }
        await s.evidence.append('setup-plan', { branch, before, 'dry-run': s.inputs['dry-run'] });
        if (s.inputs['dry-run']) {
            rows.push(`- \`${branch}\`: would add '${checkName}' to the required checks (dry run)`);
            continue;
        }
        await s.protection.write(branch, { put, signatures: before?.signatures ?? false });
        await s.evidence.append('setup-done', { branch });
        rows.push(`- \`${branch}\`: '${checkName}' is now required${before ? '' : ' (the branch had no protection; only this check was added)'}`);
    }
    return {
        frozen: false,
        freezeId: '',
        prsBlocked: 0,
        summary: `## Merge freeze check set up\n\n${rows.join('\n')}\n\nEvery pull request now needs the '${checkName}' commit status: run the guard (freeze-guard workflow) on pull_request_target and merge_group, or nothing can merge.\n`
    };
}

;// CONCATENATED MODULE: ./src/freeze-merges/store.ts
// The freeze issue: open = frozen. It is the only store, so a later step on a fresh runner
// (or a person) finds the freeze and everything it changed.



class FreezeStore {
    client;
    repository;
    name;
    constructor(client, repository) {
        this.client = client;
        this.repository = repository;
        this.name = `${repository.owner}/${repository.repo}`;
    }
    /** The open freeze issue (the oldest with a readable record). */
    async find() {
        const { owner, repo } = this.repository;
        let issues;
        try {
            issues = await this.client.paginate(this.client.rest.issues.listForRepo, {
                owner,
                repo,
                state: 'open',
                labels: FREEZE_LABEL,
                sort: 'created',
                direction: 'asc',
                per_page: 100
            });
        }
        catch (error) {
            throw explain(error, `Looking for the open '${FREEZE_LABEL}' issue`, 'issues', this.name);
        }
        const found = [];
        const ignored = [];
        for (const issue of issues.filter(i => !i.pull_request)) {
            const record = parseRecord(issue.body);
            if (record && found.length === 0)
                found.push({ number: issue.number, url: issue.html_url, record });
            else
                ignored.push(issue.number);
        }
        return { issue: found[0], ignored };
    }
    async create(record) {
        const { owner, repo } = this.repository;
        try {
            const { data } = await this.client.rest.issues.create({
                owner,
                repo,
                title: title(record),
                body: body(record),
                labels: [FREEZE_LABEL]
            });
            return { number: data.number, url: data.html_url, record };
        }
        catch (error) {
            throw explain(error, 'Creating the freeze issue', 'issues', this.name);
        }
    }
    async save(issue, record) {
        const { owner, repo } = this.repository;
        try {
            await this.client.rest.issues.update({
                owner,
                repo,
                issue_number: issue.number,
                title: title(record),
                body: body(record, issue.url)
            });
        }
        catch (error) {
            throw explain(error, `Updating freeze issue #${issue.number}`, 'issues', this.name);
        }
        issue.record = record;
        return issue;
    }
    async close(issue, record, note) {
        const { owner, repo } = this.repository;
        try {
            await this.client.rest.issues.update({
                owner,
                repo,
                issue_number: issue.number,
                state: 'closed',
                state_reason: 'completed',
                body: `${note}\n\n${body(record, issue.url)}`
            });
        }
        catch (error) {
            throw explain(error, `Closing freeze issue #${issue.number}`, 'issues', this.name);
        }
    }
    async comment(issue, text) {
        const { owner, repo } = this.repository;
        try {
            await this.client.rest.issues.createComment({
                owner,
                repo,
                issue_number: issue.number,
                body: text
            });
        }
        catch (error) {
            throw explain(error, `Commenting on freeze issue #${issue.number}`, 'issues', this.name);
        }
    }
}
function title(record) {
    const reason = record.reason ? `: ${record.reason}` : '';
    return `Merge freeze on ${record.branches.join(', ')}${reason}`.slice(0, 250);
}
function body(record, url) {
    const text = renderRecord(record, url);
    if (text.length > MAX_BODY) {
        throw new errors/* UserError */.yo(`The freeze record is ${text.length} characters, more than a GitHub issue body holds (${MAX_BODY}); nothing more was changed. Freeze fewer branches at once, or set disable-auto-merge: false.`);
    }
    return text;
}

;// CONCATENATED MODULE: ./src/freeze-merges/unfreeze.ts
// mode: unfreeze. Restores what the record lists, then closes the issue (last, so an
// interrupted unfreeze leaves the freeze in place and can be run again).




async function unfreeze(s) {
    const found = await s.store.find();
    const issue = found.issue;
    if (!issue) {
        s.log.info(`${s.repoName} is not frozen; nothing to unfreeze.`);
        await s.evidence.append('unfreeze', { frozen: false });
        return {
            frozen: false,
            freezeId: '',
            prsBlocked: 0,
            summary: renderUnfreeze(s.repoName, undefined, undefined)
        };
    }
    const record = issue.record;
    const checkName = record.checkName;
    const facts = {
        issue: issue.number,
        expired: isExpired(record, s.now()),
        statuses: 0,
        queue: 0,
        autoMergeOn: [],
        autoMergeSkipped: [],
        protection: [],
        dryRun: s.inputs['dry-run']
    };
    const open = new Map();
    for (const branch of record.branches)
        for (const pull of await listOpenPulls(s.client, s.repository, branch, checkName))
            open.set(pull.number, pull);
    const toClear = record.method === 'status-check' ? [...open.values()].filter(p => p.check !== 'SUCCESS') : [];
    await s.evidence.append('unfreeze-plan', {
        issue: issue.number,
        record,
        'status-writes': toClear.map(p => ({ pr: p.number, sha: p.headSha })),
        'dry-run': s.inputs['dry-run']
    });
    if (s.inputs['dry-run']) {
        facts.statuses = toClear.length;
        return {
            frozen: true,
            freezeId: String(issue.number),
            record,
            prsBlocked: toClear.length,
            summary: renderUnfreeze(s.repoName, record, facts)
        };
    }
    for (const p of record.changes.protection) {
        const want = p.before ? { put: p.before, signatures: p.signatures } : null;
        await s.evidence.append('protection-restore', { branch: p.branch, want });
        if (!s.protection) {
            throw new errors/* UserError */.yo(`Input 'admin-token' is empty: freeze #${issue.number} changed the branch protection of ${record.changes.protection.map(x => `'${x.branch}'`).join(', ')}, and only a token that may edit branch protection can restore it (a GitHub App token from actions/create-github-app-token with Administration: Read and write).`);
        }
        await s.protection.write(p.branch, want);
        facts.protection.push(p.branch);
    }
    const rs = record.changes.ruleset;
    if (rs) {
        if (!s.rulesets) {
            throw new errors/* UserError */.yo(`Input 'admin-token' is empty: freeze #${issue.number} made the '${rs.name}' ruleset active, and only a token that may edit rulesets can undo it (a GitHub App token from actions/create-github-app-token with Administration: Read and write).`);
        }
        const id = rs.id ?? (await s.rulesets.find(rs.name))?.id;
        await s.evidence.append('ruleset-restore', { id, before: rs.before ?? 'delete' });
        if (id && rs.before)
            await s.rulesets.write(rs.before, id);
        else if (id)
            await s.rulesets.remove(id);
        facts.protection.push(`ruleset '${rs.name}' ${rs.before ? 'restored' : 'deleted'}`);
    }
    const description = `No merge freeze (freeze #${issue.number} lifted)`;
    for (const pull of toClear) {
        await s.writes.status(pull.headSha, checkName, 'success', description, issue.url);
        facts.statuses++;
    }
    for (const branch of record.method === 'status-check' ? record.branches : []) {
        for (const sha of await s.writes.queueHeads(branch)) {
            await s.writes.status(sha, checkName, 'success', description, issue.url);
            facts.queue++;
        }
    }
    for (const change of record.changes.autoMerge) {
        const pull = open.get(change.number);
        if (!pull) {
            facts.autoMergeSkipped.push({ number: change.number, why: 'closed or merged meanwhile' });
            continue;
        }
        if (pull.autoMerge)
            continue;
        const refused = await s.writes.enableAutoMerge(change);
        if (refused)
            facts.autoMergeSkipped.push({ number: change.number, why: refused });
        else
            facts.autoMergeOn.push(change.number);
    }
    await s.evidence.append('unfreeze-applied', {
        issue: issue.number,
        'statuses-set': facts.statuses,
        'merge-queue-groups': facts.queue,
        'auto-merge-on': facts.autoMergeOn,
        'auto-merge-skipped': facts.autoMergeSkipped,
        'protection-restored': facts.protection
    });
    const note = `Unfrozen by @${s.runner.actor} at ${s.now().toISOString()}${facts.expired ? ' (the freeze had expired)' : ''}.`;
    await s.store.close(issue, record, note);
    return {
        frozen: false,
        freezeId: String(issue.number),
        record,
        prsBlocked: 0,
        summary: renderUnfreeze(s.repoName, record, facts)
    };
}

;// CONCATENATED MODULE: ./src/freeze-merges/writes.ts


class FreezeWrites {
    client;
    repository;
    name;
    constructor(client, repository) {
        this.client = client;
        this.repository = repository;
        this.name = `${repository.owner}/${repository.repo}`;
    }
    /** Sets the freeze check on a commit: failure blocks the merge, success lets it through. */
    async status(sha, context, state, description, targetUrl) {
        const { owner, repo } = this.repository;
        try {
            await this.client.rest.repos.createCommitStatus({
                owner,
                repo,
                sha,
                state,
                context,
                // GitHub cuts descriptions at 140 characters.
                description: description.length > 140 ? `${description.slice(0, 139)}…` : description,
                ...(targetUrl ? { target_url: targetUrl } : {})
            });
        }
        catch (error) {
            throw explain(error, `Setting the '${context}' status on ${sha.slice(0, 12)}`, 'statuses', this.name);
        }
    }
    async disableAutoMerge(change) {
        const query = `mutation FreezeDisableAutoMerge($id: ID!) {
  disablePullRequestAutoMerge(input: {pullRequestId: $id}) { pullRequest { number } }
}`;
        try {
            await this.client.graphql(query, { id: change.id });
        }
        catch (error) {
            throw explain(error, `Turning off auto-merge on #${change.number}`, 'auto-merge', this.name);
        }
    }
    /** Turns auto-merge back on with the method (and commit text) it had; a message if refused. */
    async enableAutoMerge(change) {
        const query = `mutation FreezeEnableAutoMerge($id: ID!, $mergeMethod: PullRequestMergeMethod!, $title: String, $body: String) {
  enablePullRequestAutoMerge(input: {pullRequestId: $id, mergeMethod: $mergeMethod, commitHeadline: $title, commitBody: $body}) { pullRequest { number } }
}`;
        try {
            await this.client.graphql(query, {
                id: change.id,
                mergeMethod: change.method,
                title: change.title ?? null,
                body: change.body ?? null
            });
            return undefined;
        }
        catch (error) {
            const e = error;
            if (e.errors?.some(x => x.type === 'FORBIDDEN'))
                throw explain(error, `Turning auto-merge back on for #${change.number}`, 'auto-merge', this.name);
            if (Array.isArray(e.errors))
                return e.errors.map(x => x.message).join('; ');
            throw (0,github/* gitHubError */.M)(error, `Turning auto-merge back on for #${change.number}`, this.name);
        }
    }
    /** Queued and running runs of the named workflow files, oldest first, except `exceptRun`. */
    async activeRuns(files, exceptRun) {
        const { owner, repo } = this.repository;
        const wanted = new Set(files.map(f => f.replace(/^\.github\/workflows\//, '')));
        const found = [];
        for (const status of ['in_progress', 'queued', 'waiting', 'pending']) {
            let runs;
            try {
                runs = await this.client.paginate(this.client.rest.actions.listWorkflowRunsForRepo, {
                    owner,
                    repo,
                    status,
                    per_page: 100
                });
            }
            catch (error) {
                throw explain(error, `Listing ${status} workflow runs`, 'actions', this.name);
            }
            for (const run of runs) {
                // `path` is `.github/workflows/deploy.yml` (sometimes with `@ref`).
                const file = run.path.replace(/@.*$/, '').replace(/^\.github\/workflows\//, '');
                if (wanted.has(file) && run.id !== exceptRun && !found.some(f => f.id === run.id))
                    found.push({ id: run.id, workflow: file, status: run.status ?? status });
            }
        }
        return found.sort((a, b) => a.id - b.id);
    }
    /** Cancels a run; false when it finished meanwhile (GitHub answers 409). */
    async cancelRun(id) {
        const { owner, repo } = this.repository;
        try {
            await this.client.rest.actions.cancelWorkflowRun({ owner, repo, run_id: id });
            return true;
        }
        catch (error) {
            if (error.status === 409)
                return false;
            throw explain(error, `Cancelling workflow run ${id}`, 'actions', this.name);
        }
    }
    /** Heads of the merge queue's groups for a branch (`gh-readonly-queue/<branch>/...`). */
    async queueHeads(branch) {
        const { owner, repo } = this.repository;
        try {
            const { data } = await this.client.rest.git.listMatchingRefs({
                owner,
                repo,
                ref: `heads/gh-readonly-queue/${branch}/`
            });
            return data.map(ref => ref.object.sha);
        }
        catch (error) {
            if (error.status === 409)
                return [];
            throw (0,github/* gitHubError */.M)(error, `Listing merge-queue groups of ${branch}`, this.name);
        }
    }
    async defaultBranch() {
        const { owner, repo } = this.repository;
        try {
            const { data } = await this.client.rest.repos.get({ owner, repo });
            return data.default_branch;
        }
        catch (error) {
            throw (0,github/* gitHubError */.M)(error, `Reading ${this.name}`, this.name);
        }
    }
}

;// CONCATENATED MODULE: ./src/freeze-merges/main.ts




















const ACTION = 'freeze-merges';
async function run(deps = {}) {
    await (0,action/* runAction */.C)(ACTION, async (context) => freezeMerges(context, deps));
}
async function freezeMerges(context, deps) {
    // Every input is checked before the first request.
    const inputs = (0,lib_inputs/* readInputs */.Ko)(inputSchema, deps.inputs ?? lib_inputs/* runnerInputs */.ax);
    const token = (0,lib_inputs/* requireToken */.Fw)(inputs.token);
    const adminToken = inputs['admin-token'];
    const evidence = context.openEvidence(inputs['evidence-dir'], [token, adminToken]);
    const repository = inputs.repository;
    const repoName = `${repository.owner}/${repository.repo}`;
    await evidence.append('inputs', {
        ...inputs,
        token: undefined,
        'admin-token': adminToken ? '***' : undefined,
        repository: repoName
    });
    const connect = deps.github ?? (t => (0,github/* createGitHubClient */.L)({ token: t }));
    const client = connect(token);
    const admin = adminToken ? connect(adminToken) : undefined;
    const session = {
        inputs,
        repository,
        repoName,
        client,
        protection: admin ? new ProtectionApi(admin, repository) : undefined,
        rulesets: admin ? new RulesetApi(admin, repository) : undefined,
        store: new FreezeStore(client, repository),
        teams: new TeamDirectory(admin ?? client, splitBypass(inputs.bypass).teams, repoName),
        writes: new FreezeWrites(client, repository),
        evidence,
        log: context.log,
        now: deps.now ?? (() => new Date()),
        runner: {
            actor: process.env.GITHUB_ACTOR || 'rollback-kit',
            runId: Number(process.env.GITHUB_RUN_ID) || undefined,
            eventName: process.env.GITHUB_EVENT_NAME,
            event: await readEvent()
        }
    };
    const branches = async () => inputs.branches.length ? inputs.branches : [await session.writes.defaultBranch()];
    let result;
    switch (inputs.mode) {
        case 'freeze':
            result = await freeze(session, await branches());
            break;
        case 'unfreeze':
            result = await unfreeze(session);
            break;
        case 'guard':
            result = await guard(session);
            break;
        case 'setup':
            result = await setup(session, await branches());
            break;
        case 'status':
            result = await main_status(session);
            break;
    }
    // Outputs and summary first: they must be there even when the step then fails.
    await (0,summary/* writeSummary */.Sy)(result.summary);
    (0,outputs/* setOutputs */.n)({
        frozen: String(result.frozen),
        'freeze-id': result.freezeId,
        state: JSON.stringify(result.record ?? null),
        'prs-blocked': String(result.prsBlocked)
    });
    await evidence.append('result', {
        mode: inputs.mode,
        frozen: result.frozen,
        'freeze-id': result.freezeId,
        'prs-blocked': result.prsBlocked
    });
    if (result.failure)
        throw new errors/* UserError */.yo(result.failure);
}
/** mode: status. Reads only. */
async function main_status(s) {
    const { issue } = await s.store.find();
    const record = issue?.record;
    const expired = record ? isExpired(record, s.now()) : false;
    let blocked = 0;
    if (record && !expired) {
        for (const branch of record.branches) {
            const pulls = await listOpenPulls(s.client, s.repository, branch, record.checkName);
            // status-check blocks through the check; a ruleset or a locked branch blocks them all.
            blocked +=
                record.method === 'status-check'
                    ? pulls.filter(p => p.check === 'FAILURE').length
                    : pulls.length;
        }
    }
    return {
        frozen: Boolean(record) && !expired,
        freezeId: issue ? String(issue.number) : '',
        record,
        prsBlocked: blocked,
        summary: renderStatus(s.repoName, record, issue?.number, expired, blocked)
    };
}
async function readEvent() {
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        const value = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        return value && typeof value === 'object' ? value : {};
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export ActionContext */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7525);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1662);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1025);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4377);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1119);







/** What runAction hands an action's body: its name, the log and its evidence chain. */
class ActionContext {
    name;
    evidence;
    log = _log_js__WEBPACK_IMPORTED_MODULE_4__/* .logger */ .vF;
    /** What the action changed outside itself so far, in words (see `changed`). */
    changes = [];
    constructor(name) {
        this.name = name;
    }
    /**
     * Opens the evidence chain once the inputs are known. Secrets are masked in the log and
     * scrubbed from every record. runAction sets the `evidence-head` output and shows it in the
     * summary whenever the action appended a record.
     */
    openEvidence(dir, secrets = []) {
        const known = secrets.filter((s) => Boolean(s));
        for (const secret of known)
            (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$l)(secret);
        this.evidence = new _evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceWriter */ .dH({
            dir,
            // A job id is [A-Za-z0-9_-]; anything else (a hand-set GITHUB_JOB) must not leave the dir.
            chain: (process.env.GITHUB_JOB || this.name)
                .replace(/[^A-Za-z0-9._-]/g, '_')
                .replace(/^\.+/, '_'),
            action: this.name,
            secrets: known
        });
        return this.evidence;
    }
    /**
     * Call right after a change outside the action succeeded (a rollback, a freeze), e.g.
     * `rolled back release 'payments' to revision 4`. If a later step fails (evidence that
     * cannot be written), the error says this change happened instead of implying nothing did.
     */
    changed(what) {
        this.changes.push(what);
    }
}
/**
 * Runs an action's body and turns every failure into one clear error line: a UserError prints
 * its own message (the user can fix it); anything else is a bug in rollback-kit and says so,
 * with the stack in the debug log. A failure is also recorded as evidence, even one found
 * before the body opened the chain (a bad input). Evidence that cannot be written after a
 * change says the change happened.
 */
async function runAction(name, body, options = {}) {
    const context = new ActionContext(name);
    let message;
    try {
        await body(context);
    }
    catch (error) {
        message = failureMessage(name, context, error);
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo) && error instanceof Error && error.stack)
            _log_js__WEBPACK_IMPORTED_MODULE_4__/* .logger */ .vF.debug(error.stack);
        if (!(error instanceof _evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceWriteError */ .Ls)) {
            await recordFailure(context, options.inputs ?? _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .runnerInputs */ .ax, error, message);
        }
    }
    await showEvidenceHead(context);
    if (message !== undefined)
        (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .failStep */ .vy)(message);
}
function failureMessage(name, context, error) {
    const message = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo ? error.message : `${name} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
    if (context.changes.length === 0)
        return message;
    // Something changed before the failure: say so first, so nobody assumes nothing happened.
    const done = `${name} ${context.changes.join('; ')}`;
    return error instanceof _evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceWriteError */ .Ls
        ? `${done}, but could not record it as evidence: ${message}`
        : `${done}, but then failed: ${message}`;
}
async function recordFailure(context, inputs, error, message) {
    try {
        let evidence = context.evidence;
        // A bad input stops the body before it opens the chain: record it where the chain would go.
        if (!evidence && !(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz && error.input === 'evidence-dir')) {
            const dir = inputs('evidence-dir') ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultEvidenceDir */ .qp)();
            // eslint-disable-next-line no-control-regex -- a hostile value is not a place to write
            if (!/[\0-\x1f]/.test(dir) && dir.length <= 1024)
                evidence = context.openEvidence(dir);
        }
        await evidence?.append('failed', { message, kind: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo ? 'user' : 'bug' });
    }
    catch (e) {
        _log_js__WEBPACK_IMPORTED_MODULE_4__/* .logger */ .vF.debug(`could not record the failure as evidence: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
    }
}
// The head leaves the runner twice (output and summary), so deleting records from the end of
// the file can be detected with `rollback-kit evidence verify --head`.
async function showEvidenceHead(context) {
    const evidence = context.evidence;
    if (!evidence?.head)
        return;
    try {
        (0,_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutputs */ .n)({ 'evidence-head': evidence.head });
        await (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSummary */ .Sy)(`\nEvidence: ${evidence.appended} record(s) appended to \`${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(evidence.file).replace(/`/g, "'")}\`; evidence-head \`${evidence.head}\`. Check it with \`rollback-kit evidence verify <evidence-dir> --head ${evidence.head}\`.\n`);
    }
    catch (error) {
        _log_js__WEBPACK_IMPORTED_MODULE_4__/* .logger */ .vF.warning(`could not report the evidence head ${evidence.head}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ }),

/***/ 3848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   M: () => (/* binding */ gitHubError)
/* harmony export */ });
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5250);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1025);





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
                _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.warning(`GitHub answered 429 for ${options.method} ${options.url}; retrying after ${wait} s as it asked`);
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
const Client = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .GitHub */ .gq.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A, retryAfter);
/**
 * The one GitHub client of rollback-kit: proxy- and GHES-aware (from @actions/github), with
 * retries for server faults and honoured rate limits. Octokit's own error log goes to
 * warnings: a 502 that a retry then fixes is not a red error in the user's log.
 */
function createGitHubClient({ token, baseUrl }) {
    const options = (0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .getOctokitOptions */ .EG)(token, {
        baseUrl: baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        log: {
            debug: (message) => _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.debug(message),
            info: (message) => _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.debug(message),
            warn: (message) => _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.warning(message),
            error: (message) => _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.warning(message)
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
    _log_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.warning(`GitHub ${kind} hit for ${options.method} ${options.url}; retrying after ${after} s`);
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
    const said = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
    const needed = e.response?.headers?.['x-accepted-github-permissions'];
    const hint = needed ? ` The endpoint needs the token permission(s): ${needed}.` : '';
    switch (e.status) {
        case 401:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${doing}: GitHub rejected the token (401: ${said}). Check the 'token' input: pass \${{ github.token }} or a valid token.`);
        case 403:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${doing}: forbidden (403: ${said}).${hint}`);
        case 404:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${doing}: not found (404: ${said}).${hint} Check that 'repository'${repository ? ` ('${repository}')` : ''} exists and the token can read it.`);
        default:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${doing}: GitHub answered ${e.status ?? 'with errors'}: ${said}`);
    }
}


/***/ }),

/***/ 1662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ requireToken),
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Yz: () => (/* binding */ parsed),
/* harmony export */   ax: () => (/* binding */ runnerInputs),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   j$: () => (/* binding */ commonInputs),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   n8: () => (/* binding */ line),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   qp: () => (/* binding */ defaultEvidenceDir),
/* harmony export */   x3: () => (/* binding */ unused),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony export repository */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8532);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);


/** Reads an input exactly as the runner passes it: spaces become `_`, hyphens are kept. */
const runnerInputs = name => {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
    return value === '' ? undefined : value;
};
/**
 * Reads every input of an action through its one zod schema. The schema's keys are the
 * action.yml input names; an empty input is `undefined`. The first problem becomes an
 * InputError that names the input, the value and what would work. `refine` holds checks that
 * span several inputs (throw an InputError there).
 */
function readInputs(schema, source = runnerInputs, refine) {
    const raw = {};
    for (const [name, field] of Object.entries(schema.shape))
        raw[name] = field === unused ? undefined : source(name);
    const result = schema.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        const name = String(issue?.path[0] ?? '');
        // A secret input's value is never echoed back, even when it is wrong.
        const shown = /token|password|database-url/i.test(name) ? '***' : raw[name];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, shown, issue?.message ?? 'is not valid');
    }
    refine?.(result.data);
    return result.data;
}
// ---------------------------------------------------------------------------------------------
// Building blocks. Each one's message completes "Input 'x' has the value 'y': ...".
/** Reports an input problem from inside a zod transform; the message completes the sentence. */
const fail = (ctx, message) => {
    ctx.addIssue({ code: 'custom', message });
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
};
/**
 * An input an action declares for a uniform interface but never reads (helm-rollback's token):
 * readInputs does not even look at its value.
 */
const unused = zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().transform(() => undefined);
/** An optional free-text input. */
const text = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional();
/**
 * An optional one-line value: no newline or control character, at most `max` characters.
 * `what` completes "expected ..." (e.g. 'an environment name as GitHub shows it').
 */
const line = (what, max = 255) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => {
    if (v === undefined)
        return undefined;
    // eslint-disable-next-line no-control-regex -- one line of printable text
    if (/[\x00-\x1f\x7f]/.test(v))
        return fail(ctx, `expected ${what}, on one line`);
    if (v.length > max)
        return fail(ctx, `expected ${what}, at most ${max} characters`);
    return v;
});
/** A required input; `how` tells the user what to pass. */
const required = (how) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => (v === undefined ? fail(ctx, `is required: ${how}`) : v));
/** A YAML 1.2 boolean, as @actions/core's getBooleanInput accepts it. */
const bool = (fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => {
    if (v === undefined)
        return fallback;
    if (/^(true|True|TRUE)$/.test(v))
        return true;
    if (/^(false|False|FALSE)$/.test(v))
        return false;
    return fail(ctx, 'expected true or false');
});
/** A whole number in a range. */
const integer = (opts = {}) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => {
    if (v === undefined)
        return opts.fallback;
    const n = /^-?\d+$/.test(v) ? Number(v) : NaN;
    const range = opts.expected ??
        `a whole number${opts.min !== undefined ? ` from ${opts.min}` : ''}${opts.max !== undefined ? ` to ${opts.max}` : ''}`;
    if (!Number.isSafeInteger(n))
        return fail(ctx, `expected ${range}`);
    if (opts.min !== undefined && n < opts.min)
        return fail(ctx, `expected ${range}`);
    if (opts.max !== undefined && n > opts.max)
        return fail(ctx, `expected ${range}`);
    return n;
});
/**
 * An input read by a plain function: it returns the value, or calls `problem` with a message
 * that completes "Input 'x' has the value 'y': ...". Schemas built only from these building
 * blocks stay independent of how src/lib validates (the zod flavour is this file's business).
 */
const parsed = (parse) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => {
    class Problem {
        message;
        constructor(message) {
            this.message = message;
        }
    }
    try {
        return parse(v, message => {
            throw new Problem(message);
        });
    }
    catch (error) {
        if (error instanceof Problem)
            return fail(ctx, error.message);
        throw error;
    }
});
/** One of a fixed set of words. */
const oneOf = (values, fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => {
    if (v === undefined)
        return fallback;
    if (values.includes(v))
        return v;
    return fail(ctx, `expected one of ${values.join(', ')}`);
});
/** A newline-separated list (commas are not separators: names may contain them). */
const lines = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform(v => (v ?? '')
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#')));
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
/** `owner/repo`; defaults to the repository the workflow runs in. */
const repository = () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .optional()
    .transform((v, ctx) => {
    const value = v ?? process.env.GITHUB_REPOSITORY;
    if (!value)
        return fail(ctx, 'expected owner/repo (on a runner it defaults to the current repository)');
    const [owner, repo, ...rest] = value.split('/');
    if (!owner ||
        !repo ||
        rest.length > 0 ||
        !OWNER.test(owner) ||
        !NAME.test(repo) ||
        repo === '.' ||
        repo === '..') {
        return fail(ctx, "expected the form owner/repo, e.g. 'octo-org/payments-api'");
    }
    return { owner, repo };
});
/** The inputs every action has (DESIGN.md "Common inputs"). */
const commonInputs = {
    // Checked before it goes into an HTTP header: one word of printable characters.
    token: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((v, ctx) => {
        if (v === undefined)
            return undefined;
        if (!/^[\x21-\x7e]{1,2048}$/.test(v) || v.startsWith('-'))
            return fail(ctx, 'expected a GitHub token (one word of at most 2048 characters, as ${{ github.token }} or a PAT)');
        return v;
    }),
    repository: repository(),
    'dry-run': bool(false),
    'evidence-dir': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((v, ctx) => {
        if (v === undefined)
            return defaultEvidenceDir();
        // eslint-disable-next-line no-control-regex -- a path on one line, as the runner passes it
        if (/[\x00-\x1f\x7f]/.test(v))
            return fail(ctx, 'expected a directory path on one line, e.g. ${{ runner.temp }}/rollback-evidence');
        if (v.length > 1024)
            return fail(ctx, 'expected a directory path of at most 1024 characters');
        return v;
    })
};
/** Where evidence goes when `evidence-dir` is empty: the runner's temp dir, else ./rollback-evidence. */
function defaultEvidenceDir() {
    return process.env.RUNNER_TEMP
        ? `${process.env.RUNNER_TEMP}/rollback-evidence`
        : 'rollback-evidence';
}
/** The token, for actions that call GitHub; a clear error when it is missing. */
function requireToken(token) {
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('token', token, 'a GitHub token is required: in a workflow pass token: ${{ github.token }} (the default in action.yml); with the rollback-kit command pass --token or set GITHUB_TOKEN');
    }
    return token;
}


/***/ }),

/***/ 1025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   QT: () => (/* binding */ logGroup),
/* harmony export */   vF: () => (/* binding */ logger),
/* harmony export */   vy: () => (/* binding */ failStep)
/* harmony export */ });
/* unused harmony export onRunner */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);

/**
 * Whether a GitHub Actions runner reads our stdout. Outside one (the rollback-kit command on a
 * laptop) workflow commands such as `::add-mask::<token>` would print secrets and noise to a
 * terminal, so every one of them becomes plain text or nothing.
 */
function onRunner() {
    return process.env.GITHUB_ACTIONS === 'true';
}
const debugEnabled = () => process.env.RUNNER_DEBUG === '1' || process.env.ROLLBACK_KIT_DEBUG === '1';
const logger = {
    debug: message => {
        if (onRunner())
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message);
        else if (debugEnabled())
            process.stderr.write(`debug: ${message}\n`);
    },
    info: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: message => {
        if (onRunner())
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
        else
            process.stderr.write(`warning: ${message}\n`);
    }
};
/** Fails the step with one error line (`::error::` on a runner, `error: ` elsewhere). */
function failStep(message) {
    if (onRunner())
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    else {
        process.exitCode = 1;
        process.stderr.write(`error: ${message}\n`);
    }
}
/** Hides a secret in every later log line; outside a runner nothing masks, so nothing prints. */
function maskSecret(value) {
    if (value && onRunner())
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
}
/**
 * Prints lines inside a collapsible group of the log (one group per call). Outside a runner
 * (the rollback-kit command) the title is a plain line: no workflow commands there.
 */
function logGroup(title, lines) {
    const runner = process.env.GITHUB_ACTIONS === 'true';
    if (runner)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(title);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${title}:`);
    for (const line of lines)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(runner ? line : `  ${line}`);
    if (runner)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);

/** Writes every output of a step at once; values are strings, as the runner stores them. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
}


/***/ }),

/***/ 1119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Appends markdown to the job summary. Outside a runner (local runs, the CLI) there is no
 * summary file, so this is a no-op there rather than an error.
 */
async function writeSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
    return true;
}
/**
 * Escapes text for one markdown table cell: tool output (an app_version, a description) can
 * hold markdown or HTML that would otherwise render as links, images or break the table.
 */
function cell(text) {
    if (text === undefined || text === '')
        return '';
    return String(text)
        .replace(/[\\`[\]|]/g, '\\$&')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r?\n/g, ' ');
}
/** An inline code span that no backtick inside the text can close early. */
function code(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = longest > 0 || text.startsWith(' ') ? ' ' : '';
    return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}
/** A fenced code block that a ``` line inside the text cannot end (CommonMark: a longer fence). */
function codeBlock(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`{3,}|~{3,}/g)].map(m => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}\n${text.trim()}\n${fence}`;
}
/** A markdown table from a header row and data rows. */
function table(header, rows) {
    const lines = [
        `| ${header.map(cell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map(row => `| ${row.map(cell).join(' | ')} |`)
    ];
    return `${lines.join('\n')}\n`;
}


/***/ })

};
